import Foundation

/// Adding typed parameter values, as generated methods do: each value becomes its text on the wire.
///
/// Strings, integers, Booleans and open enums are written as they are; dates in RFC 3339; arrays
/// repeat the parameter (form style with explode); objects become `name[key]=value` pairs in
/// deepObject style. Any other `Encodable` value is encoded to JSON first and read from there.
///
/// A value with no text form in its place is recorded rather than thrown, so that generated methods
/// stay free of `try` per parameter; ``RuntimeClient/send(_:_:options:)`` then fails the call with an
/// ``OutpostError`` of kind ``OutpostError/Kind/invalidRequest`` that names the operation and the value.
extension OperationInput {
    /// Sets a path parameter from a typed value.
    ///
    /// - Parameters:
    ///   - name: The parameter's name in the path template.
    ///   - value: The value; it must have exactly one text form.
    public mutating func addPath<Value: Encodable>(_ name: String, _ value: Value) {
        do {
            let texts = try ParameterText.texts(of: value)
            guard texts.count == 1, let text = texts.first else {
                throw ParameterText.Problem("a path parameter needs exactly one value")
            }
            path[name] = text
        } catch {
            record(error, of: name)
        }
    }

    /// Adds a query parameter from a typed value; nothing is added when the value is nil.
    ///
    /// - Parameters:
    ///   - name: The parameter's name as the document spells it, brackets included.
    ///   - value: The value, or nil to leave the parameter out.
    ///   - style: `.form` to repeat the name for each array element, `.deepObject` for an object's members.
    public mutating func addQuery<Value: Encodable>(
        _ name: String,
        encoding value: Value?,
        style: QueryParameter.Style = .form
    ) {
        guard let value else { return }
        do {
            switch style {
            case .form:
                let texts = try ParameterText.texts(of: value)
                query.append(QueryParameter(name: name, value: texts.count == 1 ? .string(texts[0]) : .strings(texts)))
            case .deepObject:
                let members = try ParameterText.members(of: value)
                query.append(QueryParameter(name: name, value: .object(members), style: .deepObject))
            }
        } catch {
            record(error, of: name)
        }
    }

    /// Sets a header parameter from a typed value; nothing is set when the value is nil.
    ///
    /// - Parameters:
    ///   - name: The header's name.
    ///   - value: The value, or nil to leave the header out; array elements are joined with commas.
    public mutating func addHeader<Value: Encodable>(_ name: String, encoding value: Value?) {
        guard let value else { return }
        do {
            headers[name] = try ParameterText.texts(of: value).joined(separator: ",")
        } catch {
            record(error, of: name)
        }
    }

    /// Records a parameter that could not be converted, for `send` to report.
    private mutating func record(_ error: any Error, of name: String) {
        parameterProblems.append("The parameter '\(name)' cannot be sent: \(error)")
    }
}

/// The text forms of typed parameter values.
enum ParameterText {
    /// Why a value has no text form.
    struct Problem: Error, CustomStringConvertible {
        var description: String

        init(_ description: String) {
            self.description = description
        }
    }

    /// Returns the texts of a scalar (one) or an array (one per element).
    static func texts<Value: Encodable>(of value: Value) throws -> [String] {
        if let text = directText(of: value) {
            return [text]
        }
        switch try json(of: value) {
        case .array(let elements):
            return try elements.map(scalarText)
        case let scalar:
            return [try scalarText(scalar)]
        }
    }

    /// Returns the members of an object value, sorted by key so requests are reproducible.
    static func members<Value: Encodable>(of value: Value) throws -> [QueryParameter.Member] {
        guard case .object(let members) = try json(of: value) else {
            throw Problem("a deepObject parameter needs an object value")
        }
        return try members.keys.sorted().compactMap { key in
            guard let member = members[key], !member.isNull else { return nil }
            return QueryParameter.Member(key: key, value: try scalarText(member))
        }
    }

    /// Returns the text of the common scalar types without going through JSON.
    private static func directText<Value>(of value: Value) -> String? {
        switch value {
        case let text as String: text
        case let number as any BinaryInteger: "\(number)"
        case let flag as Bool: flag ? "true" : "false"
        case let date as Date: RFC3339.formatDate(date)
        default: nil
        }
    }

    private static func json<Value: Encodable>(of value: Value) throws -> JSONValue {
        try JSONCoding.parse(JSONCoding.encode(value))
    }

    private static func scalarText(_ value: JSONValue) throws -> String {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null, .array, .object:
            throw Problem("a nested array, object or null has no text form")
        }
    }
}
