import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The default transport, built on URLSession, for Linux (through FoundationNetworking) and Apple platforms.
///
/// It removes the `Authorization` header when a redirect leads to another origin, stops reading a body that
/// grows past the request's limit, fails a request still running when its timeout has passed, also when its
/// body keeps trickling in, and classifies URLSession's errors as ``TransportFailure``, including the
/// `NSURLErrorDomain` code `-1` that Linux reports for a connection cut in the middle of a body.
public struct URLSessionTransport: HTTPTransport {
    private let box: SessionBox

    /// Creates a transport with its own URLSession.
    ///
    /// - Parameter configuration: The session configuration; an ephemeral one, without cookies or cache,
    ///   unless given.
    public init(configuration: URLSessionConfiguration = URLSessionTransport.defaultConfiguration()) {
        box = SessionBox(configuration: configuration)
    }

    /// Returns the session configuration the transport uses by default: ephemeral, without cookies or cache.
    ///
    /// - Returns: A new configuration.
    public static func defaultConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return configuration
    }

    /// Sends a request through URLSession and returns its response.
    ///
    /// - Parameter request: The request to send.
    /// - Returns: The final response after redirects, whatever its status.
    /// - Throws: ``TransportFailure`` when no complete response arrives within the request's timeout, and
    ///   `CancellationError` when the calling task is cancelled.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try Task.checkCancellation()

        let task = box.session.dataTask(with: Self.urlRequest(for: request))
        let delegate = box.delegate

        // URLSession's timeout is reset by every piece of data, so the whole exchange gets a deadline of its own,
        // kept by a Dispatch timer rather than a task, so that busy cooperative threads cannot delay it.
        let deadline = DispatchTime.now() + max(request.timeout.seconds, 0)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                delegate.register(
                    task, limit: request.maxResponseBodyBytes, deadline: deadline, continuation: continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    /// Returns the URLSession request for a request.
    ///
    /// URLSession's own timeout is set a second above the request's, rounded up to whole seconds: the
    /// transport's deadline enforces the exact timeout, and FoundationNetworking on Linux cuts the interval down
    /// to whole seconds, so that a timeout under a second would fire before the request is even sent.
    static func urlRequest(for request: HTTPRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method.rawValue
        urlRequest.timeoutInterval = (max(request.timeout.seconds, 0) + 1).rounded(.up)
        urlRequest.httpBody = request.body
        urlRequest.allHTTPHeaderFields = headerFields(of: request.headers)
        return urlRequest
    }

    /// Returns the header fields as URLSession takes them, the values of fields whose names match joined with
    /// commas, as `addValue(_:forHTTPHeaderField:)` joins them.
    ///
    /// The fields are set at once because FoundationNetworking copies the whole table and capitalizes the name on
    /// every `addValue`, which made building the request cost more than the rest of the transport's own work.
    static func headerFields(of headers: HTTPHeaders) -> [String: String] {
        var merged: [HTTPHeaders.Field] = []
        merged.reserveCapacity(headers.fields.count)
        for field in headers {
            if let index = merged.firstIndex(where: { HTTPHeaders.namesMatch($0.name, field.name) }) {
                merged[index].value += "," + field.value
            } else {
                merged.append(field)
            }
        }
        return Dictionary(merged.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Owns the session and invalidates it when the last transport copy goes away.
///
/// It is `@unchecked Sendable` because both properties are immutable after `init`, and URLSession and the
/// delegate are safe to use from any thread.
private final class SessionBox: @unchecked Sendable {
    let delegate = TransportDelegate()
    let session: URLSession

    init(configuration: URLSessionConfiguration) {
        #if canImport(FoundationNetworking)
            session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: DelegateQueue())
        #else
            session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        #endif
    }

    deinit {
        session.finishTasksAndInvalidate()
    }
}
