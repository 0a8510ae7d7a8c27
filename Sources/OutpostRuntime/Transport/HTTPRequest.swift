import Foundation

/// An HTTP request as the transport sends it.
public struct HTTPRequest: Sendable {
    /// The request method.
    public var method: HTTPMethod

    /// The full URL, including the query.
    public var url: URL

    /// The header fields, including `Authorization` when the operation is secured.
    public var headers: HTTPHeaders

    /// The body bytes, or `nil` when there is no body.
    public var body: Data?

    /// The time the transport may take for this request before failing with a timeout.
    public var timeout: Duration

    /// The largest response body, in bytes, the transport should accept before failing.
    public var maxResponseBodyBytes: Int

    /// Creates a request.
    ///
    /// - Parameters:
    ///   - method: The request method.
    ///   - url: The full URL.
    ///   - headers: The header fields.
    ///   - body: The body bytes, if any.
    ///   - timeout: The time the transport may take.
    ///   - maxResponseBodyBytes: The largest response body to accept.
    public init(
        method: HTTPMethod,
        url: URL,
        headers: HTTPHeaders = [:],
        body: Data? = nil,
        timeout: Duration = .seconds(60),
        maxResponseBodyBytes: Int = ClientConfiguration.defaultMaxResponseBodyBytes
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.maxResponseBodyBytes = maxResponseBodyBytes
    }
}
