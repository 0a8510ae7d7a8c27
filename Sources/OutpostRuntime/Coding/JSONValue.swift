/// A free-form JSON value, used where the API document allows any JSON (event `data`, filters, error `data`).
///
/// Numbers keep integers exact: a JSON number written without a fraction or exponent that fits in
/// `Int64` is an ``int(_:)``; every other number is a ``double(_:)``, so an integer beyond `Int64`
/// keeps only `Double` precision. Objects are dictionaries: member order is not kept, and encoding
/// writes members in ascending key order, so the same value always produces the same bytes.
///
/// Values can be written with literal syntax:
///
///     let data: JSONValue = ["user_id": "u1", "age": 42, "tags": ["a", "b"], "deleted": nil]
public enum JSONValue: Hashable, Sendable {
    /// The JSON `null` literal.
    case null

    /// A JSON `true` or `false`.
    case bool(Bool)

    /// A JSON number written as an integer that fits in `Int64`.
    case int(Int64)

    /// Any other JSON number: one with a fraction or an exponent, or an integer beyond `Int64`.
    case double(Double)

    /// A JSON string.
    case string(String)

    /// A JSON array.
    case array([JSONValue])

    /// A JSON object; member order is not kept.
    case object([String: JSONValue])
}

extension JSONValue {
    /// A Boolean value that indicates whether this value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The Boolean this value holds, or `nil` when it is not a Boolean.
    public var boolValue: Bool? {
        guard case .bool(let value) = self else { return nil }
        return value
    }

    /// The integer this value holds, or `nil` when it is not a number with an exact `Int64` value.
    ///
    /// A ``double(_:)`` with an integral value in range counts, so `2.0` reads as `2`.
    public var intValue: Int64? {
        switch self {
        case .int(let value):
            return value
        case .double(let value):
            return Int64(exactly: value)
        default:
            return nil
        }
    }

    /// The number this value holds as a `Double`, or `nil` when it is not a number.
    public var doubleValue: Double? {
        switch self {
        case .int(let value):
            return Double(value)
        case .double(let value):
            return value
        default:
            return nil
        }
    }

    /// The string this value holds, or `nil` when it is not a string.
    public var stringValue: String? {
        guard case .string(let value) = self else { return nil }
        return value
    }

    /// The elements of this array, or `nil` when it is not an array.
    public var arrayValue: [JSONValue]? {
        guard case .array(let value) = self else { return nil }
        return value
    }

    /// The members of this object, or `nil` when it is not an object.
    public var objectValue: [String: JSONValue]? {
        guard case .object(let value) = self else { return nil }
        return value
    }

    /// The member of this object named `key`, or `nil` when this is not an object or has no such member.
    ///
    /// - Parameter key: The member's name.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element of this array at `index`, or `nil` when this is not an array or the index is out of range.
    ///
    /// - Parameter index: The zero-based position of the element.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
