import GeneratorCore
import OutpostRuntime

extension JSONValue {
    /// Creates the JSON value that a YAML node of an example spells.
    ///
    /// - Parameter node: A node of the parsed document.
    /// - Throws: `ExampleCatalogError` for a number that JSON cannot spell, such as `.inf`.
    init(_ node: Node) throws(ExampleCatalogError) {
        switch node.content {
        case .scalar(let scalar):
            self = try JSONValue(scalar, line: node.location.line)
        case .sequence(let elements):
            var values: [JSONValue] = []
            for element in elements {
                values.append(try JSONValue(element))
            }
            self = .array(values)
        case .mapping(let entries):
            var members: [String: JSONValue] = [:]
            for entry in entries {
                members[entry.key.scalar?.text ?? ""] = try JSONValue(entry.value)
            }
            self = .object(members)
        }
    }

    private init(_ scalar: Scalar, line: Int) throws(ExampleCatalogError) {
        switch scalar.value {
        case .null:
            self = .null
        case .bool(let value):
            self = .bool(value)
        case .string:
            self = .string(scalar.text)
        case .integer, .float:
            guard let number = JSONValue(number: scalar.text) else {
                throw ExampleCatalogError("line \(line): `\(scalar.text)` is not a JSON number")
            }
            self = number
        }
    }

    /// Reads a YAML number as JSON reads it: an integer when it fits in `Int64`, otherwise a finite double.
    private init?(number text: String) {
        if let integer = Int64(text) {
            self = .int(integer)
        } else if let double = Double(text), double.isFinite {
            self = .double(double)
        } else {
            return nil
        }
    }
}
