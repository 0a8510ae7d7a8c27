/// The members of one object being encoded; each key gets its own node.
struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    /// The object's node.
    let node: EncodingNode

    let codingPath: [any CodingKey]

    /// The encoder's user info, handed to nested values.
    let userInfo: [CodingUserInfoKey: Any]

    /// Sets the member `key` to a scalar's JSON text.
    private func set(_ text: String, forKey key: Key) {
        node.member(key.stringValue).content = .literal(text)
    }

    mutating func encodeNil(forKey key: Key) { set("null", forKey: key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(value ? "true" : "false", forKey: key) }
    mutating func encode(_ value: String, forKey key: Key) { node.member(key.stringValue).content = .string(value) }
    mutating func encode(_ value: Int, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: UInt, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(String(value), forKey: key) }
    mutating func encode(_ value: UInt64, forKey key: Key) { set(String(value), forKey: key) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(try NodeEncoder.text(value, at: codingPath + [key]), forKey: key)
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(try NodeEncoder.text(value, at: codingPath + [key]), forKey: key)
    }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        let child = node.member(key.stringValue)
        try NodeEncoder.encode(value, into: child, codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder(forKey: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder(forKey: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.member("super"), codingPath: codingPath + [JSONPathKey("super")], userInfo: userInfo)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder(forKey: key)
    }

    /// Returns an encoder for a new member node.
    private func encoder(forKey key: Key) -> NodeEncoder {
        NodeEncoder(node: node.member(key.stringValue), codingPath: codingPath + [key], userInfo: userInfo)
    }
}

/// The elements of one array being encoded, appended in order.
struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
    /// The array's node.
    let node: EncodingNode

    let codingPath: [any CodingKey]

    /// The encoder's user info, handed to nested values.
    let userInfo: [CodingUserInfoKey: Any]

    var count: Int {
        guard case .array(let elements) = node.content else { return 0 }
        return elements.count
    }

    /// Returns an encoder for a new element node.
    private func nextEncoder() -> NodeEncoder {
        let path = codingPath + [JSONPathKey(count)]
        return NodeEncoder(node: node.appendElement(), codingPath: path, userInfo: userInfo)
    }

    mutating func encodeNil() { nextEncoder().encodeNil() }
    mutating func encode(_ value: Bool) { nextEncoder().encode(value) }
    mutating func encode(_ value: String) { nextEncoder().encode(value) }
    mutating func encode(_ value: Double) throws { try nextEncoder().encode(value) }
    mutating func encode(_ value: Float) throws { try nextEncoder().encode(value) }
    mutating func encode(_ value: Int) { nextEncoder().encode(value) }
    mutating func encode(_ value: Int8) { nextEncoder().encode(value) }
    mutating func encode(_ value: Int16) { nextEncoder().encode(value) }
    mutating func encode(_ value: Int32) { nextEncoder().encode(value) }
    mutating func encode(_ value: Int64) { nextEncoder().encode(value) }
    mutating func encode(_ value: UInt) { nextEncoder().encode(value) }
    mutating func encode(_ value: UInt8) { nextEncoder().encode(value) }
    mutating func encode(_ value: UInt16) { nextEncoder().encode(value) }
    mutating func encode(_ value: UInt32) { nextEncoder().encode(value) }
    mutating func encode(_ value: UInt64) { nextEncoder().encode(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try nextEncoder().encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        nextEncoder().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        nextEncoder().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        nextEncoder()
    }
}
