/// A way to send HTTP requests: URLSession by default, or a stub in tests, or a user's own HTTP stack.
///
/// A transport sends one request and returns the final response after redirects, without retrying;
/// the runtime handles authentication, retries and errors. It should throw ``TransportFailure`` for
/// failures it can classify, and Swift's `CancellationError` when the calling task is cancelled.
public protocol HTTPTransport: Sendable {
    /// Sends a request and returns its response.
    ///
    /// - Parameter request: The request to send.
    /// - Returns: The response, whatever its status.
    /// - Throws: ``TransportFailure`` when no response arrives, and `CancellationError` when the task is cancelled.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
