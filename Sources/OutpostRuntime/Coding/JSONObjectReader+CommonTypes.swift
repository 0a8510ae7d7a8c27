import Foundation

// The member types generated models read most, without the generic path's metadata lookups and type checks.
// Each reads the member exactly as `decode(_:forKey:)` and `decodeIfPresent(_:forKey:)` of `Decodable` do.
extension JSONObjectReader {
    /// Decodes a required member that is a string.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: String.Type, forKey key: StaticString) throws -> String {
        try document.readString(at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is a string, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: String.Type, forKey key: StaticString) throws -> String? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readString(at: index)
    }

    /// Decodes a required member that is a Boolean.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: Bool.Type, forKey key: StaticString) throws -> Bool {
        try document.readBool(at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is a Boolean, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: Bool.Type, forKey key: StaticString) throws -> Bool? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readBool(at: index)
    }

    /// Decodes a required member that is an integer.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: Int.Type, forKey key: StaticString) throws -> Int {
        try document.readInteger(Int.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is an integer, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: Int.Type, forKey key: StaticString) throws -> Int? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readInteger(Int.self, at: index)
    }

    /// Decodes a required member that is a 64-bit integer.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: Int64.Type, forKey key: StaticString) throws -> Int64 {
        try document.readInteger(Int64.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is a 64-bit integer, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: Int64.Type, forKey key: StaticString) throws -> Int64? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readInteger(Int64.self, at: index)
    }

    /// Decodes a required member that is a number.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: Double.Type, forKey key: StaticString) throws -> Double {
        try document.readDouble(at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is a number, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: Double.Type, forKey key: StaticString) throws -> Double? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readDouble(at: index)
    }

    /// Decodes a required member that is an RFC 3339 date-time.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: Date.Type, forKey key: StaticString) throws -> Date {
        try document.readDate(at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is an RFC 3339 date-time, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: Date.Type, forKey key: StaticString) throws -> Date? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readDate(at: index)
    }

    /// Decodes a required member that is any JSON value.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: JSONValue.Type, forKey key: StaticString) throws -> JSONValue {
        try document.jsonValue(at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is any JSON value, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: JSONValue.Type, forKey key: StaticString) throws -> JSONValue? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.jsonValue(at: index)
    }

    /// Decodes a required member that is an array of strings.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: [String].Type, forKey key: StaticString) throws -> [String] {
        try document.readArray(String.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is an array of strings, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: [String].Type, forKey key: StaticString) throws -> [String]? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readArray(String.self, at: index)
    }

    /// Decodes a required member that is an object of strings.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: [String: String].Type, forKey key: StaticString) throws -> [String: String] {
        try document.readMap(String.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is an object of strings, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(_ type: [String: String].Type, forKey key: StaticString) throws -> [String: String]? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readMap(String.self, at: index)
    }

    /// Decodes a required member that is a free-form object.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and `DecodingError` when it does not fit.
    @inline(__always)
    public func decode(_ type: [String: JSONValue].Type, forKey key: StaticString) throws -> [String: JSONValue] {
        try document.readMap(JSONValue.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member that is a free-form object, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: `DecodingError` when the member is present and does not fit.
    @inline(__always)
    public func decodeIfPresent(
        _ type: [String: JSONValue].Type,
        forKey key: StaticString
    ) throws -> [String: JSONValue]? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readMap(JSONValue.self, at: index)
    }
}
