extension JSONObjectReader {
    /// Decodes the whole object as another type, such as the variant a discriminator selects.
    ///
    /// - Parameter type: The type to decode.
    /// - Returns: The decoded value.
    /// - Throws: The errors of decoding `type` from this object.
    public func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try document.decodeValue(type, at: objectIndex)
    }

    /// Decodes the whole object as another type that reads itself from an object, through this reader.
    ///
    /// - Parameter type: The type to decode.
    /// - Returns: The decoded value.
    /// - Throws: The errors of `type`'s ``JSONObjectDecodable/init(from:)``.
    @inline(__always)
    public func decode<Value: JSONObjectDecodable>(_ type: Value.Type) throws -> Value {
        try Value(from: self)
    }

    /// Decodes the members whose keys `isIncluded` accepts, in the order they are written, into a dictionary.
    ///
    /// Each member is looked up by its key after the keys are listed, as a keyed container's `allKeys` and
    /// `decode(_:forKey:)` do, so that both agree even on an object whose key repeats.
    ///
    /// - Parameters:
    ///   - type: The type of every included member's value.
    ///   - isIncluded: Whether a member, given its key, belongs in the dictionary.
    /// - Returns: The included members by key.
    /// - Throws: The errors of decoding an included member's value as `Value`.
    public func decodeMembers<Value: Decodable>(
        _ type: Value.Type,
        where isIncluded: (String) -> Bool
    ) throws -> [String: Value] {
        var members: [String: Value] = [:]
        for key in keys() where isIncluded(key) {
            guard let index = document.valueIndex(forKey: key, inObjectAt: objectIndex) else { continue }
            members[key] = try document.decodeValue(type, at: index)
        }
        return members
    }

    /// Returns the keys of the object's members in the order they are written, repeated keys included.
    func keys() -> [String] {
        var keys: [String] = []
        keys.reserveCapacity(Int(document.tape[objectIndex].length))
        var keyIndex = objectIndex + 1
        for _ in 0..<Int(document.tape[objectIndex].length) {
            keys.append(document.unescapedString(document.tape[keyIndex]))
            keyIndex = document.nextIndex(after: keyIndex + 1)
        }
        return keys
    }
}
