/// A field of a JSON merge-patch body (RFC 7396): leave the stored value unchanged, clear it, or set it.
///
/// On the wire, ``unchanged`` omits the key, ``clear`` writes `null`, and ``set(_:)`` writes the value.
/// Generated models declare such fields as `PatchField<T>` defaulting to `.unchanged`; their `Codable`
/// conformance (synthesized or generated) picks up the `KeyedEncodingContainer.encode(_:forKey:)` and
/// `KeyedDecodingContainer.decode(_:forKey:)` overloads below, which omit and detect the missing key.
///
/// To delete single keys of a map, set a map whose values are optional: `.set(["team": nil, "tier": "gold"])`
/// writes `{"team": null, "tier": "gold"}`, because a dictionary of optionals encodes `nil` values as `null`.
public enum PatchField<Wrapped> {
    /// Leaves the stored value as it is: the key is left out of the body.
    case unchanged

    /// Clears the stored value: the key is sent with `null`.
    case clear

    /// Replaces the stored value: the key is sent with this value.
    case set(Wrapped)
}

extension PatchField: Sendable where Wrapped: Sendable {}

extension PatchField: Equatable where Wrapped: Equatable {}

extension PatchField: Hashable where Wrapped: Hashable {}

extension PatchField {
    /// Creates a field that sets `value`, or clears the stored value when `value` is `nil`.
    ///
    /// - Parameter value: The new value, or `nil` to clear.
    public init(_ value: Wrapped?) {
        if let value {
            self = .set(value)
        } else {
            self = .clear
        }
    }

    /// The value this field sets, or `nil` when it leaves the value unchanged or clears it.
    public var value: Wrapped? {
        guard case .set(let value) = self else { return nil }
        return value
    }

    /// A Boolean value that indicates whether this field leaves the stored value unchanged.
    public var isUnchanged: Bool {
        if case .unchanged = self { return true }
        return false
    }
}

extension PatchField: Encodable where Wrapped: Encodable {
    /// Writes `null` for ``clear`` and the value for ``set(_:)``.
    ///
    /// An ``unchanged`` field has no JSON form of its own; inside a keyed container,
    /// `KeyedEncodingContainer.encode(_:forKey:)` omits it instead of calling this method.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` for ``unchanged``, and whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .unchanged:
            let context = EncodingError.Context(
                codingPath: encoder.codingPath,
                debugDescription: "an unchanged patch field can only be left out of a keyed container"
            )
            throw EncodingError.invalidValue(self, context)
        case .clear:
            try container.encodeNil()
        case .set(let value):
            try container.encode(value)
        }
    }
}

extension PatchField: Decodable where Wrapped: Decodable {
    /// Creates ``clear`` from `null` and ``set(_:)`` from any other value.
    ///
    /// A missing key becomes ``unchanged`` through `KeyedDecodingContainer.decode(_:forKey:)`.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: Whatever decoding `Wrapped` throws.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .clear
        } else {
            self = .set(try container.decode(Wrapped.self))
        }
    }
}

extension KeyedEncodingContainer {
    /// Encodes a merge-patch field: omits the key when unchanged, writes `null` when cleared, else the value.
    ///
    /// - Parameters:
    ///   - field: The field to encode.
    ///   - key: The key to write it under.
    /// - Throws: Whatever encoding the value throws.
    public mutating func encode<Wrapped: Encodable>(_ field: PatchField<Wrapped>, forKey key: Key) throws {
        switch field {
        case .unchanged:
            return
        case .clear:
            try encodeNil(forKey: key)
        case .set(let value):
            try encode(value, forKey: key)
        }
    }
}

extension KeyedDecodingContainer {
    /// Decodes a merge-patch field: unchanged when the key is missing, cleared when `null`, else set.
    ///
    /// - Parameters:
    ///   - type: The field type to decode.
    ///   - key: The key to read.
    /// - Returns: The field the key's presence and value describe.
    /// - Throws: Whatever decoding the value throws.
    public func decode<Wrapped: Decodable>(
        _ type: PatchField<Wrapped>.Type,
        forKey key: Key
    ) throws -> PatchField<Wrapped> {
        guard contains(key) else { return .unchanged }

        if try decodeNil(forKey: key) {
            return .clear
        }
        return .set(try decode(Wrapped.self, forKey: key))
    }
}
