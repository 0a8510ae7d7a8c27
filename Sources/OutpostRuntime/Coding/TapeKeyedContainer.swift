/// The members of one object of a parsed document, looked up by key.
///
/// Lookups compare the key's UTF-8 bytes with the input in place, starting where the previous lookup on
/// the same object matched, so decoding members in the order they were written costs one or two compares.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// The parsed document.
    let document: TapeDocument

    /// The tape index of the object.
    let objectIndex: Int

    var codingPath: [any CodingKey] { document.codingPath(to: objectIndex) }

    var allKeys: [Key] {
        var keys: [Key] = []
        var keyIndex = objectIndex + 1
        for _ in 0..<Int(document.tape[objectIndex].length) {
            if let key = Key(stringValue: document.unescapedString(document.tape[keyIndex])) {
                keys.append(key)
            }
            keyIndex = document.nextIndex(after: keyIndex + 1)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        document.valueIndex(forKey: key.stringValue, inObjectAt: objectIndex) != nil
    }

    /// Returns the tape index of the key's value, or throws `keyNotFound`.
    @inline(__always)
    private func valueIndex(for key: Key) throws -> Int {
        guard let index = document.valueIndex(forKey: key.stringValue, inObjectAt: objectIndex) else {
            let context = DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "expected a member named \"\(key.stringValue)\", found none"
            )
            throw DecodingError.keyNotFound(key, context)
        }
        return index
    }

    /// Returns the tape index of the key's value, or `nil` when the key is missing or its value is `null`.
    @inline(__always)
    private func presentValueIndex(for key: Key) -> Int? {
        guard let index = document.valueIndex(forKey: key.stringValue, inObjectAt: objectIndex),
            document.tape[index].kind != .null
        else { return nil }
        return index
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        document.tape[try valueIndex(for: key)].kind == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try document.readBool(at: valueIndex(for: key))
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        try document.readString(at: valueIndex(for: key))
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        try document.readDouble(at: valueIndex(for: key))
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        try document.readFloat(at: valueIndex(for: key))
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, key) }

    /// Reads an integer member.
    @inline(__always)
    private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type, _ key: Key) throws -> Integer {
        try document.readInteger(type, at: valueIndex(for: key))
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try document.decodeValue(type, at: valueIndex(for: key))
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try presentValueIndex(for: key).map(document.readBool)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try presentValueIndex(for: key).map(document.readString)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try presentValueIndex(for: key).map(document.readDouble)
    }

    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try presentValueIndex(for: key).map(document.readFloat)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try optionalInteger(type, key) }

    /// Reads an optional integer member.
    @inline(__always)
    private func optionalInteger<Integer: FixedWidthInteger>(_ type: Integer.Type, _ key: Key) throws -> Integer? {
        try presentValueIndex(for: key).map { try document.readInteger(type, at: $0) }
    }

    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        try presentValueIndex(for: key).map { try document.decodeValue(type, at: $0) }
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(document: document, index: valueIndex(for: key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(document: document, index: valueIndex(for: key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super") ?? Key(intValue: 0) ?? { throw missingSuperKey() }())
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TapeDecoder(document: document, index: try valueIndex(for: key))
    }

    /// Returns the error for a key type that cannot spell `super`.
    private func missingSuperKey() -> DecodingError {
        let context = DecodingError.Context(
            codingPath: codingPath,
            debugDescription: "expected a coding key named \"super\", found none in \(Key.self)"
        )
        return .dataCorrupted(context)
    }
}
