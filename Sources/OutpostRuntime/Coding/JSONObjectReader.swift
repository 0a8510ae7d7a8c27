/// The members of one JSON object being decoded, looked up by key.
///
/// A reader is a view into the document being decoded and is only valid inside the
/// ``JSONObjectDecodable/init(from:)`` it is handed to; it is deliberately not `Sendable`.
public struct JSONObjectReader {
    /// The parsed document.
    let document: TapeDocument

    /// The tape index of the object.
    let objectIndex: Int

    /// The coding path from the top-level value to this object.
    public var codingPath: [any CodingKey] { document.codingPath(to: objectIndex) }

    /// A `Decoder` for this object, for members a type decodes through `Codable` itself.
    public var decoder: any Decoder { TapeDecoder(document: document, index: objectIndex) }

    /// Returns whether the object has a member named `key`, even one whose value is `null`.
    ///
    /// - Parameter key: The member's name.
    /// - Returns: `true` when the member is present.
    public func contains(_ key: StaticString) -> Bool {
        valueIndex(forKey: key) != nil
    }

    /// Decodes a required member.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding `type`.
    @inline(__always)
    public func decode<Value: Decodable>(_ type: Value.Type, forKey key: StaticString) throws -> Value {
        try document.decodeValue(type, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: The errors of decoding `type` when the member is present.
    @inline(__always)
    public func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: StaticString) throws -> Value? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.decodeValue(type, at: index)
    }

    /// Decodes a required member that may be `null`, returning `nil` for `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type, optional.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil` when the member is `null`.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding `Value`.
    @inline(__always)
    public func decode<Value: Decodable>(_ type: Value?.Type, forKey key: StaticString) throws -> Value? {
        let index = try requiredValueIndex(forKey: key)
        guard document.tape[index].kind != .null else { return nil }
        return try document.decodeValue(Value.self, at: index)
    }

    /// Decodes a required member that may be `null` and whose type reads itself from an object.
    ///
    /// - Parameters:
    ///   - type: The member's type, optional.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil` when the member is `null`.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding `Value`.
    @inline(__always)
    public func decode<Value: JSONObjectDecodable>(_ type: Value?.Type, forKey key: StaticString) throws -> Value? {
        let index = try requiredValueIndex(forKey: key)
        guard document.tape[index].kind != .null else { return nil }
        return try document.decodeObject(Value.self, at: index)
    }

    /// Decodes a required member whose type reads itself from an object, without checking what type it is.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding `type`.
    @inline(__always)
    public func decode<Value: JSONObjectDecodable>(_ type: Value.Type, forKey key: StaticString) throws -> Value {
        try document.decodeObject(type, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional member whose type reads itself from an object, returning `nil` when it is missing or
    /// `null`.
    ///
    /// - Parameters:
    ///   - type: The member's type.
    ///   - key: The member's name.
    /// - Returns: The decoded value, or `nil`.
    /// - Throws: The errors of decoding `type` when the member is present.
    @inline(__always)
    public func decodeIfPresent<Value: JSONObjectDecodable>(
        _ type: Value.Type,
        forKey key: StaticString
    ) throws -> Value? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.decodeObject(type, at: index)
    }

    /// Decodes a required array of objects whose type reads itself, without checking the element type.
    ///
    /// - Parameters:
    ///   - type: The array's type.
    ///   - key: The member's name.
    /// - Returns: The decoded elements.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding an element.
    public func decode<Element: JSONObjectDecodable>(
        _ type: [Element].Type,
        forKey key: StaticString
    ) throws -> [Element] {
        try document.readObjectArray(Element.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional array of objects whose type reads itself, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The array's type.
    ///   - key: The member's name.
    /// - Returns: The decoded elements, or `nil`.
    /// - Throws: The errors of decoding an element when the member is present.
    public func decodeIfPresent<Element: JSONObjectDecodable>(
        _ type: [Element].Type,
        forKey key: StaticString
    ) throws -> [Element]? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readObjectArray(Element.self, at: index)
    }

    /// Decodes a required array member, reading its elements without an unkeyed container.
    ///
    /// - Parameters:
    ///   - type: The array's type.
    ///   - key: The member's name.
    /// - Returns: The decoded elements.
    /// - Throws: `DecodingError.keyNotFound` when the member is missing, and the errors of decoding an element.
    public func decode<Element: Decodable>(_ type: [Element].Type, forKey key: StaticString) throws -> [Element] {
        try document.readArray(Element.self, at: requiredValueIndex(forKey: key))
    }

    /// Decodes an optional array member, returning `nil` when it is missing or `null`.
    ///
    /// - Parameters:
    ///   - type: The array's type.
    ///   - key: The member's name.
    /// - Returns: The decoded elements, or `nil`.
    /// - Throws: The errors of decoding an element when the member is present.
    public func decodeIfPresent<Element: Decodable>(
        _ type: [Element].Type,
        forKey key: StaticString
    ) throws -> [Element]? {
        guard let index = presentValueIndex(forKey: key) else { return nil }
        return try document.readArray(Element.self, at: index)
    }

    /// Decodes a merge-patch member: unchanged when missing, cleared when `null`, else set.
    ///
    /// The member is looked up once for its presence, once for `null` and once for its value, as
    /// `KeyedDecodingContainer.decode(_:forKey:)` of ``PatchField`` does, so that both agree even on an object
    /// whose key repeats.
    ///
    /// - Parameters:
    ///   - type: The field's type.
    ///   - key: The member's name.
    /// - Returns: The field the member's presence and value describe.
    /// - Throws: The errors of decoding `Wrapped` when the member has a value.
    public func decode<Wrapped: Decodable>(
        _ type: PatchField<Wrapped>.Type,
        forKey key: StaticString
    ) throws -> PatchField<Wrapped> {
        guard valueIndex(forKey: key) != nil else { return .unchanged }
        guard document.tape[try requiredValueIndex(forKey: key)].kind != .null else { return .clear }
        return .set(try document.decodeValue(Wrapped.self, at: requiredValueIndex(forKey: key)))
    }

    /// Returns the tape index of the member's value, or `nil` when it is missing.
    @inline(__always)
    func valueIndex(forKey key: StaticString) -> Int? {
        guard key.hasPointerRepresentation else {
            return document.valueIndex(forKey: key.description, inObjectAt: objectIndex)
        }
        let name = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        return document.valueIndex(forKey: name, inObjectAt: objectIndex)
    }

    /// Returns the tape index of the member's value, or `nil` when it is missing or `null`.
    @inline(__always)
    func presentValueIndex(forKey key: StaticString) -> Int? {
        guard let index = valueIndex(forKey: key), document.tape[index].kind != .null else { return nil }
        return index
    }

    /// Returns the tape index of the member's value, or throws `keyNotFound`.
    @inline(__always)
    func requiredValueIndex(forKey key: StaticString) throws -> Int {
        guard let index = valueIndex(forKey: key) else {
            let context = DecodingError.Context(
                codingPath: codingPath,
                debugDescription: "expected a member named \"\(key)\", found none"
            )
            throw DecodingError.keyNotFound(JSONPathKey(key.description), context)
        }
        return index
    }
}

@available(*, unavailable, message: "a reader is only valid inside the initializer it is handed to")
extension JSONObjectReader: Sendable {}
