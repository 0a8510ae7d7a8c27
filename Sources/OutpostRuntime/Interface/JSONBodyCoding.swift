import Foundation

/// The seam between the client core and the JSON coding layer: how bodies are decoded and encoded.
enum JSONBodyCoding {
    /// Decodes a value from a JSON body with the runtime's fast decoder and date rules.
    static func decode<Value: Decodable>(_ type: Value.Type = Value.self, from data: Data) throws -> Value {
        try JSONCoding.decode(type, from: data)
    }

    /// Encodes a value as a JSON body with the runtime's date rules.
    static func encode(_ value: any Encodable) throws -> Data {
        try JSONCoding.encode(value)
    }

    /// Returns the JSON path a decoding error points at, such as `$.models[3].id`, or `nil` when it has none.
    static func path(of error: any Error) -> String? {
        if let codingError = error as? JSONCodingError {
            return rooted(codingError.codingPath)
        }
        guard let decodingError = error as? DecodingError else { return nil }

        switch decodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return render(context.codingPath)
        case .keyNotFound(let key, let context):
            return render(context.codingPath + [key])
        @unknown default:
            return nil
        }
    }

    private static func rooted(_ path: String) -> String {
        guard !path.isEmpty else { return "$" }
        return path.hasPrefix("[") ? "$" + path : "$." + path
    }

    private static func render(_ path: [any CodingKey]) -> String {
        path.reduce("$") { partial, key in
            if let index = key.intValue {
                return partial + "[\(index)]"
            }
            return partial + "." + key.stringValue
        }
    }
}
