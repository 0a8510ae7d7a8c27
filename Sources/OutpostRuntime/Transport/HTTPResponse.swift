import Foundation

/// An HTTP response as the transport received it, with the whole body.
public struct HTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int

    /// The response's header fields.
    public var headers: HTTPHeaders

    /// The body bytes; empty when there is none.
    public var body: Data

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - status: The HTTP status code.
    ///   - headers: The header fields.
    ///   - body: The body bytes.
    public init(status: Int, headers: HTTPHeaders = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}
