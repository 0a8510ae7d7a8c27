/// A type that decodes itself from a JSON object by reading its members directly, without `Codable`'s
/// containers.
///
/// Generated models adopt this in addition to `Codable`: ``JSONCoding`` then reads them through a
/// ``JSONObjectReader``, which skips the container boxes, coding-key conversions and dynamic dispatch that
/// `init(from: Decoder)` costs, while users' own types keep decoding through `Codable` unchanged. A type's
/// two initializers must agree; the generator writes both from the same schema.
///
///     extension Tenant: JSONObjectDecodable {
///         init(from object: JSONObjectReader) throws {
///             id = try object.decode(String.self, forKey: "id")
///             createdAt = try object.decode(Date.self, forKey: "created_at")
///             metadata = try object.decodeIfPresent([String: String].self, forKey: "metadata")
///         }
///     }
public protocol JSONObjectDecodable: Decodable {
    /// Creates a value from the members of a JSON object.
    ///
    /// - Parameter object: The object's members.
    /// - Throws: `DecodingError` when a member is missing or does not fit; ``JSONCoding`` reports it as a
    ///   ``JSONCodingError`` with the coding path.
    init(from object: JSONObjectReader) throws
}

extension TapeDocument {
    /// Reads an array whose elements are all objects of one object-decodable type.
    func readObjectArray<Element: JSONObjectDecodable>(_ type: Element.Type, at index: Int) throws -> [Element] {
        guard tape[index].kind == .array else {
            throw mismatch([Element].self, expected: "an array", at: index)
        }

        var elements: [Element] = []
        elements.reserveCapacity(Int(tape[index].length))
        var child = index + 1
        for _ in 0..<Int(tape[index].length) {
            elements.append(try decodeObject(type, at: child))
            child = nextIndex(after: child)
        }
        return elements
    }

    /// Creates a value of an object-decodable type from the object at `index`.
    func decodeObject<Value: JSONObjectDecodable>(_ type: Value.Type, at index: Int) throws -> Value {
        guard tape[index].kind == .object else {
            throw mismatch(type, expected: "an object", at: index)
        }
        return try Value(from: JSONObjectReader(document: self, objectIndex: index))
    }
}
