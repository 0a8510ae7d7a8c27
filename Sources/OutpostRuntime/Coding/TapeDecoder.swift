/// A `Decoder` positioned at one value of a parsed document; it is also that value's single-value container.
///
/// Two words in size, so passing it as `any Decoder` or returning it as a container does not allocate.
struct TapeDecoder: Decoder, SingleValueDecodingContainer {
    /// The parsed document.
    let document: TapeDocument

    /// The tape index of the value this decoder reads.
    let index: Int

    var codingPath: [any CodingKey] { document.codingPath(to: index) }

    var userInfo: [CodingUserInfoKey: Any] { document.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard document.tape[index].kind == .object else {
            throw document.mismatch([String: JSONValue].self, expected: "an object", at: index)
        }
        return KeyedDecodingContainer(TapeKeyedContainer<Key>(document: document, objectIndex: index))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard document.tape[index].kind == .array else {
            throw document.mismatch([JSONValue].self, expected: "an array", at: index)
        }
        return TapeUnkeyedContainer(document: document, arrayIndex: index)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        self
    }

    func decodeNil() -> Bool {
        document.tape[index].kind == .null
    }

    func decode(_ type: Bool.Type) throws -> Bool { try document.readBool(at: index) }
    func decode(_ type: String.Type) throws -> String { try document.readString(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try document.readDouble(at: index) }
    func decode(_ type: Float.Type) throws -> Float { try document.readFloat(at: index) }
    func decode(_ type: Int.Type) throws -> Int { try document.readInteger(type, at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try document.readInteger(type, at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try document.readInteger(type, at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try document.readInteger(type, at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try document.readInteger(type, at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try document.readInteger(type, at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try document.readInteger(type, at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try document.readInteger(type, at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try document.readInteger(type, at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try document.readInteger(type, at: index) }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try document.decodeValue(type, at: index)
    }
}
