import Foundation

/// A function that may change a request before it is sent, such as to add header fields.
///
/// Hooks run once per call, in order, before the credential is added, so every retry sends the same request.
public typealias RequestHook = @Sendable (inout HTTPRequest) async throws -> Void

/// A function told about every response the client receives, including ones that will be retried.
public typealias ResponseObserver = @Sendable (ObservedResponse) -> Void

/// What a ``ResponseObserver`` learns about one response.
public struct ObservedResponse: Sendable {
    /// The `operationId` of the call.
    public var operationID: String

    /// The request method.
    public var method: HTTPMethod

    /// The request URL.
    public var url: URL

    /// The HTTP status.
    public var status: Int

    /// The response's header fields, with credential-bearing values redacted.
    public var headers: HTTPHeaders

    /// The rate-limit information the response carries, if any.
    public var rateLimit: RateLimit?

    /// The attempt this response answers, `1` for the first.
    public var attempt: Int

    /// Creates an observed response.
    ///
    /// - Parameters:
    ///   - operationID: The call's `operationId`.
    ///   - method: The request method.
    ///   - url: The request URL.
    ///   - status: The HTTP status.
    ///   - headers: The response's header fields.
    ///   - rateLimit: The rate-limit information.
    ///   - attempt: The attempt's number.
    public init(
        operationID: String,
        method: HTTPMethod,
        url: URL,
        status: Int,
        headers: HTTPHeaders,
        rateLimit: RateLimit?,
        attempt: Int
    ) {
        self.operationID = operationID
        self.method = method
        self.url = url
        self.status = status
        self.headers = headers
        self.rateLimit = rateLimit
        self.attempt = attempt
    }
}
