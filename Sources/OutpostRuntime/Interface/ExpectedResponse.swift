import Foundation

/// One successful status of an operation and how its body becomes the operation's output.
public struct ExpectedResponse<Output: Sendable>: Sendable {
    /// The HTTP status this response is for, such as `200` or `201`.
    public let status: Int

    let decode: @Sendable (Data) throws -> Output

    /// Creates an expected response with a decoding function of its own.
    ///
    /// Use this to plug in a specialised decoder; a thrown `JSONCodingError` or `DecodingError` is
    /// reported as ``OutpostError/Kind/decoding(path:)`` with its JSON path.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - decode: A function that turns the raw body into the output.
    public init(status: Int, decode: @escaping @Sendable (Data) throws -> Output) {
        self.status = status
        self.decode = decode
    }

    /// Returns a response whose JSON body decodes as `Body` and is then mapped to the output.
    ///
    /// Generated code uses this when several statuses share one output type, such as an enum with a case
    /// per status.
    ///
    /// - Parameters:
    ///   - status: The HTTP status.
    ///   - body: The type the JSON body decodes as.
    ///   - transform: A function that wraps the decoded body in the output.
    /// - Returns: The expected response.
    public static func json<Body: Decodable & Sendable>(
        _ status: Int,
        as body: Body.Type,
        transform: @escaping @Sendable (Body) -> Output
    ) -> ExpectedResponse {
        ExpectedResponse(status: status) { data in
            let body: Body = try JSONBodyCoding.decode(from: data)
            return transform(body)
        }
    }

    /// Returns a response whose body is ignored and that always produces the same output.
    ///
    /// - Parameters:
    ///   - status: The HTTP status, such as `204`.
    ///   - value: The output to return.
    /// - Returns: The expected response.
    public static func empty(_ status: Int, value: Output) -> ExpectedResponse {
        ExpectedResponse(status: status) { _ in value }
    }
}

extension ExpectedResponse where Output: Decodable {
    /// Returns a response whose JSON body decodes as the output type.
    ///
    /// - Parameter status: The HTTP status.
    /// - Returns: The expected response.
    public static func json(_ status: Int) -> ExpectedResponse {
        ExpectedResponse(status: status) { data in
            try JSONBodyCoding.decode(from: data)
        }
    }
}

extension ExpectedResponse where Output == NoContent {
    /// Returns a response that carries no useful body, such as a `204`.
    ///
    /// - Parameter status: The HTTP status.
    /// - Returns: The expected response.
    public static func noContent(_ status: Int) -> ExpectedResponse {
        ExpectedResponse(status: status) { _ in NoContent() }
    }
}

/// The output of an operation whose successful response carries nothing the caller needs.
public struct NoContent: Hashable, Sendable {
    /// Creates the empty output.
    public init() {}
}
