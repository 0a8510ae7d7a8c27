/// The error body Outpost sends with a failed request: `{"status": …, "message": …, "data": …}`.
///
/// A `429` carries `{"error": "…"}` instead; its text becomes ``message``.
public struct APIErrorBody: Hashable, Sendable, Codable {
    /// The HTTP status the server wrote into the body, when it did.
    public var status: Int?

    /// The server's explanation of the failure.
    public var message: String?

    /// Further detail, such as the fields that failed validation.
    public var data: JSONValue?

    /// Creates an error body.
    ///
    /// - Parameters:
    ///   - status: The status written in the body.
    ///   - message: The server's explanation.
    ///   - data: Further detail.
    public init(status: Int? = nil, message: String? = nil, data: JSONValue? = nil) {
        self.status = status
        self.message = message
        self.data = data
    }

    private enum CodingKeys: String, CodingKey {
        case status
        case message
        case data
        case error
    }

    /// Creates an error body from either of the server's two error shapes.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the body is not an object, or a known member has the wrong type.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        data = try container.decodeIfPresent(JSONValue.self, forKey: .data)
        if message == nil {
            message = try container.decodeIfPresent(String.self, forKey: .error)
        }
    }

    /// Encodes the body in the `{status, message, data}` shape.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error when a member cannot be written.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(data, forKey: .data)
    }
}
