/// Per-call settings every generated method accepts, overriding the client's configuration for one call.
public struct RequestOptions: Sendable {
    /// The time one attempt may take, or `nil` for the client's ``ClientConfiguration/timeout``.
    public var timeout: Duration?

    /// The retry policy for this call, or `nil` for the client's ``ClientConfiguration/retryPolicy``.
    public var retryPolicy: RetryPolicy?

    /// Extra header fields to send; they replace fields of the same name set by the runtime, except
    /// `Authorization`, which only the configured credential sets.
    public var headers: HTTPHeaders

    /// Creates per-call options.
    ///
    /// - Parameters:
    ///   - timeout: The time one attempt may take; `nil` keeps the client's.
    ///   - retryPolicy: The retry policy; `nil` keeps the client's.
    ///   - headers: Extra header fields.
    public init(timeout: Duration? = nil, retryPolicy: RetryPolicy? = nil, headers: HTTPHeaders = [:]) {
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.headers = headers
    }
}
