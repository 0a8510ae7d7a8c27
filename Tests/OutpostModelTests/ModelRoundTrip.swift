import Foundation
import GeneratorCore
import OutpostRuntime

/// Decodes JSON as the Swift type the SDK declares for a schema and encodes the value back, with the runtime's
/// `JSONCoding`, as the SDK reads and writes bodies.
enum ModelRoundTrip {
    /// Decodes a value as a type and returns what encoding it gives.
    ///
    /// - Parameters:
    ///   - json: The value to decode.
    ///   - type: The type as the translate stage declares it.
    /// - Returns: The encoded value, parsed back into JSON.
    /// - Throws: `ExampleCatalogError` when the type is not in the `Outpost` module, and the runtime's
    ///   `JSONCodingError` when decoding or encoding fails.
    static func run(_ json: JSONValue, as type: SwiftType) throws -> JSONValue {
        switch type {
        case .named(let name):
            return try run(json, as: try codableType(named: name))
        case .array(let element):
            let elements = try JSONCoding.decode([JSONValue].self, from: JSONCoding.encode(json))
            return .array(try elements.enumerated().map { try run($1, as: element, atIndex: $0) })
        case .dictionary(let valueType):
            let members = try JSONCoding.decode([String: JSONValue].self, from: JSONCoding.encode(json))
            return .object(try members.mapValues { try run($0, as: valueType) })
        case .optional(let wrapped):
            return json.isNull ? .null : try run(json, as: wrapped)
        case .generic:
            throw ExampleCatalogError("no round trip for a body of type \(type.source)")
        }
    }

    /// Returns the type a name denotes: a standard or runtime type, or a type generated into `Outpost`.
    ///
    /// The tests learn each example's type from the document at run time, the document being whichever one the
    /// package was built from, so the generated types cannot be named in the source; the runtime finds them by
    /// their mangled name instead (`7Outpost6TenantV` is the struct `Outpost.Tenant`; an enum ends in `O`).
    static func codableType(named name: String) throws(ExampleCatalogError) -> any (Decodable & Encodable).Type {
        if let type = standardType(named: name) {
            return type
        }
        let module = "Outpost"
        for kind in ["V", "O", "C"] {
            let mangledName = "\(module.utf8.count)\(module)\(name.utf8.count)\(name)\(kind)"
            if let type = _typeByName(mangledName) as? any (Decodable & Encodable).Type {
                return type
            }
        }
        throw ExampleCatalogError("the Outpost module has no Codable type named \(name)")
    }

    /// Runs one element of an array, naming the element in the error of a failure.
    private static func run(_ json: JSONValue, as type: SwiftType, atIndex index: Int) throws -> JSONValue {
        do {
            return try run(json, as: type)
        } catch {
            throw ExampleCatalogError("element \(index): \(error)")
        }
    }

    /// Returns a standard or runtime type that generated code spells by name.
    private static func standardType(named name: String) -> (any (Decodable & Encodable).Type)? {
        switch name {
        case "String": String.self
        case "Bool": Bool.self
        case "Int": Int.self
        case "Int32": Int32.self
        case "Int64": Int64.self
        case "Double": Double.self
        case "Float": Float.self
        case "Date": Date.self
        case "CalendarDate": CalendarDate.self
        case "JSONValue": JSONValue.self
        default: nil
        }
    }

    private static func run<Model: Decodable & Encodable>(_ json: JSONValue, as type: Model.Type) throws -> JSONValue {
        let decoded = try JSONCoding.decode(type, from: JSONCoding.encode(json))
        return try JSONCoding.parse(JSONCoding.encode(decoded))
    }
}
