import Foundation

/// The JSON entry points that generated code and the client core use to read and write bodies.
///
/// Decoding parses the bytes once into a compact tape and runs any `Decodable` type over it: the SDK's
/// generated models and users' own types alike. `Date` is read as RFC 3339 with or without a fraction and
/// with any offset, ``CalendarDate`` as `yyyy-MM-dd`, and ``JSONValue`` keeps integers exact.
///
/// Encoding writes object members in ascending key order (so equal values always give equal bytes), does
/// not escape `/`, writes `Date` in UTC through ``RFC3339/formatDate(_:)``, and throws for non-finite
/// numbers.
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
        let document = try parseDocument(data, userInfo: userInfo)
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
    /// - Parameter value: The value to encode.
    /// - Returns: The JSON text, UTF-8 encoded.
    /// - Throws: ``JSONCodingError`` of kind `encoding` when the value holds a non-finite number or date, or
    ///   a type's own `encode(to:)` throws.
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom(encodeDate)
        do {
            return try encoder.encode(value)
        } catch let error as EncodingError {
            throw JSONCodingError(error)
        } catch {
            throw JSONCodingError(kind: .encoding, message: "\(error)", underlyingError: error)
        }
    }

    /// Parses the data into a tape, turning a syntax error into a located ``JSONCodingError``.
    private static func parseDocument(_ data: Data, userInfo: [CodingUserInfoKey: any Sendable]) throws
        -> TapeDocument
    {
        do {
            return try TapeDocument(data: data, maximumDepth: maximumDepth, userInfo: userInfo)
        } catch {
            throw JSONCodingError(syntax: error, in: data)
        }
    }

    /// Writes a date as an RFC 3339 string in UTC, refusing dates that have none.
    @Sendable
    private static func encodeDate(_ date: Date, to encoder: any Encoder) throws {
        guard date.timeIntervalSinceReferenceDate.isFinite else {
            let context = EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "a non-finite date")
            throw EncodingError.invalidValue(date, context)
        }

        var container = encoder.singleValueContainer()
        try container.encode(RFC3339.formatDate(date))
    }
}
