extension JSONValue: Codable {
    /// Creates a JSON value from whatever the decoder holds at this position.
    ///
    /// ``JSONCoding`` builds the value straight from its parsed input; other decoders are asked for
    /// `null`, a Boolean, an `Int64`, a `Double`, a string, an array and an object, in that order.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.typeMismatch` when the value is none of the JSON kinds.
    public init(from decoder: any Decoder) throws {
        if let tapeDecoder = decoder as? TapeDecoder {
            self = try tapeDecoder.document.jsonValue(at: tapeDecoder.index)
            return
        }

        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            let context = DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "expected a JSON value, found something no JSON kind matches"
            )
            throw DecodingError.typeMismatch(JSONValue.self, context)
        }
    }

    /// Writes this value to the encoder as the JSON kind it holds.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws, for example for a non-finite `Double`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .bool(let value):
            try container.encode(value)
        case .int(let value):
            try container.encode(value)
        case .double(let value):
            try container.encode(value)
        case .string(let value):
            try container.encode(value)
        case .array(let value):
            try container.encode(value)
        case .object(let value):
            try container.encode(value)
        }
    }
}
