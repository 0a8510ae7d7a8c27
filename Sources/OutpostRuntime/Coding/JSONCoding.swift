import Foundation

/// The JSON entry points that generated code and the client core use to read and write bodies.
///
/// Decoding parses the bytes once into a compact tape and runs any `Decodable` type over it: the SDK's
/// generated models and users' own types alike. `Date` is read as RFC 3339 with or without a fraction and
/// with any offset, ``CalendarDate`` as `yyyy-MM-dd`, and ``JSONValue`` keeps integers exact.
///
/// Encoding writes object members in ascending key order (so equal values always give equal bytes), does
/// not escape `/`, writes `Date` in UTC through ``RFC3339/formatDate(_:)``, and throws for non-finite
/// numbers. It builds the value as a tree first, so nested containers may be filled in any order.
public enum JSONCoding {
    /// The deepest nesting of arrays and objects that decoding accepts.
    public static let maximumDepth = 512

    /// Decodes a value from JSON.
    ///
    /// - Parameters:
    ///   - type: The type to decode.
    ///   - data: The JSON text, UTF-8 encoded.
    ///   - userInfo: Values handed to the types being decoded through `Decoder.userInfo`.
    /// - Returns: The decoded value.
    /// - Throws: ``JSONCodingError`` of kind `syntax` when the data is not well-formed JSON (with line and
    ///   column), or of another kind when the JSON does not fit the type (with the coding path and line).
    public static func decode<Value: Decodable>(
        _ type: Value.Type,
        from data: Data,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> Value {
        try decode(type, from: data, userInfo: userInfo, usesObjectReaders: true)
    }

    /// Decodes a value from JSON, through `Codable` alone when `usesObjectReaders` is false.
    ///
    /// Turning object readers off makes every ``JSONObjectDecodable`` type decode through its `init(from:)` of
    /// `Decodable` instead, which lets tests check that a model's two initializers agree on the same input.
    static func decode<Value: Decodable>(
        _ type: Value.Type,
        from data: Data,
        userInfo: [CodingUserInfoKey: any Sendable] = [:],
        usesObjectReaders: Bool
    ) throws -> Value {
        let document = try parseDocument(data, userInfo: userInfo, usesObjectReaders: usesObjectReaders)
        do {
            return try document.decodeValue(type, at: 0)
        } catch let error as DecodingError {
            throw JSONCodingError(error, in: document)
        } catch let error as JSONCodingError {
            throw error
        } catch {
            throw JSONCodingError(kind: .invalidValue, message: "\(error)", underlyingError: error)
        }
    }

    /// Parses JSON into a free-form ``JSONValue``.
    ///
    /// - Parameter data: The JSON text, UTF-8 encoded.
    /// - Returns: The value the text spells.
    /// - Throws: ``JSONCodingError`` of kind `syntax` when the data is not well-formed JSON.
    public static func parse(_ data: Data) throws -> JSONValue {
        try decode(JSONValue.self, from: data)
    }

    /// Encodes a value as JSON with sorted keys, unescaped slashes and RFC 3339 dates in UTC.
    ///
    /// Numbers are written in their shortest form that reads back to the same value; a `Double` keeps a
    /// fraction or exponent (`2.0`, `1e+20`), so a ``JSONValue/double(_:)`` reads back as a double.
    ///
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - userInfo: Values handed to the types being encoded through `Encoder.userInfo`.
    /// - Returns: The JSON text, UTF-8 encoded.
    /// - Throws: ``JSONCodingError`` of kind `encoding` when the value holds a non-finite number or date, or
    ///   a type's own `encode(to:)` throws.
    public static func encode<Value: Encodable>(
        _ value: Value,
        userInfo: [CodingUserInfoKey: any Sendable] = [:]
    ) throws -> Data {
        let root = EncodingNode()
        do {
            try NodeEncoder.encode(value, into: root, codingPath: [], userInfo: userInfo)
        } catch let error as EncodingError {
            throw JSONCodingError(error)
        } catch let error as JSONCodingError {
            throw error
        } catch {
            throw JSONCodingError(kind: .encoding, message: "\(error)", underlyingError: error)
        }

        var output: [UInt8] = []
        root.write(to: &output)
        return Data(output)
    }

    /// Parses the data into a tape, turning a syntax error into a located ``JSONCodingError``.
    private static func parseDocument(
        _ data: Data,
        userInfo: [CodingUserInfoKey: any Sendable],
        usesObjectReaders: Bool
    ) throws -> TapeDocument {
        do {
            return try TapeDocument(
                data: data,
                maximumDepth: maximumDepth,
                userInfo: userInfo,
                usesObjectReaders: usesObjectReaders
            )
        } catch {
            throw JSONCodingError(syntax: error, in: data)
        }
    }

}
