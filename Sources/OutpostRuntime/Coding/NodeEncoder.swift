import Foundation

/// An `Encoder` that writes one value into an ``EncodingNode``; it is also that value's single-value container.
struct NodeEncoder: Encoder, SingleValueEncodingContainer {
    /// The node this encoder fills.
    let node: EncodingNode

    let codingPath: [any CodingKey]

    let userInfo: [CodingUserInfoKey: Any]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node, codingPath: codingPath, userInfo: userInfo))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return NodeUnkeyedContainer(node: node, codingPath: codingPath, userInfo: userInfo)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }

    func encodeNil() { node.content = .literal("null") }
    func encode(_ value: Bool) { node.content = .literal(value ? "true" : "false") }
    func encode(_ value: String) { node.content = .string(value) }
    func encode(_ value: Double) throws { node.content = .literal(try Self.text(value, at: codingPath)) }
    func encode(_ value: Float) throws { node.content = .literal(try Self.text(value, at: codingPath)) }
    func encode(_ value: Int) { node.content = .literal(String(value)) }
    func encode(_ value: Int8) { node.content = .literal(String(value)) }
    func encode(_ value: Int16) { node.content = .literal(String(value)) }
    func encode(_ value: Int32) { node.content = .literal(String(value)) }
    func encode(_ value: Int64) { node.content = .literal(String(value)) }
    func encode(_ value: UInt) { node.content = .literal(String(value)) }
    func encode(_ value: UInt8) { node.content = .literal(String(value)) }
    func encode(_ value: UInt16) { node.content = .literal(String(value)) }
    func encode(_ value: UInt32) { node.content = .literal(String(value)) }
    func encode(_ value: UInt64) { node.content = .literal(String(value)) }

    func encode<Value: Encodable>(_ value: Value) throws {
        try Self.encode(value, into: node, codingPath: codingPath, userInfo: userInfo)
    }

    /// Encodes any value into `node`, writing the types with a JSON form of their own directly.
    ///
    /// `Date` becomes an RFC 3339 string in UTC, `Data` Base64, `URL` its absolute string and `Decimal` its
    /// digits, as with Foundation's `JSONEncoder`; every other type encodes itself.
    static func encode<Value: Encodable>(
        _ value: Value,
        into node: EncodingNode,
        codingPath: [any CodingKey],
        userInfo: [CodingUserInfoKey: Any]
    ) throws {
        if Value.self == Date.self {
            let date = reinterpret(value, as: Date.self)
            guard date.timeIntervalSinceReferenceDate.isFinite else {
                throw invalid(date, "a non-finite date", codingPath)
            }
            node.content = .string(RFC3339.formatDate(date))
        } else if Value.self == Data.self {
            node.content = .string(reinterpret(value, as: Data.self).base64EncodedString())
        } else if Value.self == URL.self {
            node.content = .string(reinterpret(value, as: URL.self).absoluteString)
        } else if Value.self == Decimal.self {
            let decimal = reinterpret(value, as: Decimal.self)
            guard decimal.isFinite else { throw invalid(decimal, "a non-finite decimal", codingPath) }
            node.content = .literal(decimal.description)
        } else {
            try value.encode(to: NodeEncoder(node: node, codingPath: codingPath, userInfo: userInfo))
        }
    }

    /// Returns a finite number's shortest round-tripping text, such as `2.0`, `0.1` or `1e+20`.
    static func text<Number: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: Number,
        at codingPath: [any CodingKey]
    ) throws -> String {
        guard value.isFinite else { throw invalid(value, "the non-finite number \(value)", codingPath) }
        return value.description
    }

    /// Returns the error for a value JSON cannot represent.
    static func invalid(_ value: Any, _ description: String, _ codingPath: [any CodingKey]) -> EncodingError {
        .invalidValue(value, EncodingError.Context(codingPath: codingPath, debugDescription: description))
    }
}
