import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Collects each task's response and body, enforces the body limit and the deadline, and strips credentials on
/// cross-origin redirects.
///
/// It is `@unchecked Sendable` because its only mutable state, the table of running tasks, is read and
/// written only while holding `lock`.
final class TransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct TaskState {
        let task: URLSessionTask
        let continuation: CheckedContinuation<HTTPResponse, any Error>
        let limit: Int
        let deadline: DispatchTime
        var response: HTTPURLResponse?
        var body = Data()
        var exceededLimit = false
        var expired = false

        /// What arrived of the response, its body cut to the limit, or `nil` before the head arrived.
        var partialResponse: HTTPResponse? {
            response.map { HTTPResponse(status: $0.statusCode, headers: headers(of: $0), body: body.prefix(limit)) }
        }
    }

    private let lock = NSLock()
    private var tasks: [Int: TaskState] = [:]
    private let deadlines = DeadlineTimer()

    override init() {
        super.init()
        deadlines.start { [weak self] in self?.expireOverdueTasks() }
    }

    /// Starts tracking a task; its continuation is resumed once the task completes, and it fails with a timeout
    /// when it is still running at its deadline.
    ///
    /// URLSession's own timeout only limits the time between two pieces of data, so a body that trickles in
    /// would otherwise hold the call for as long as the server likes.
    func register(
        _ task: URLSessionTask,
        limit: Int,
        deadline: DispatchTime,
        continuation: CheckedContinuation<HTTPResponse, any Error>
    ) {
        lock.withLock {
            tasks[task.taskIdentifier] = TaskState(
                task: task, continuation: continuation, limit: limit, deadline: deadline)
        }
        deadlines.wake(by: deadline)
    }

    /// Fails and cancels every running task whose deadline has passed, and sets the timer for the next deadline.
    private func expireOverdueTasks() {
        let now = DispatchTime.now()
        let (overdue, next) = lock.withLock { () -> ([URLSessionTask], DispatchTime?) in
            var overdue: [URLSessionTask] = []
            var next: DispatchTime?
            for (identifier, state) in tasks where !state.expired {
                if state.deadline <= now {
                    tasks[identifier]?.expired = true
                    overdue.append(state.task)
                } else if next.map({ state.deadline < $0 }) ?? true {
                    next = state.deadline
                }
            }
            return (overdue, next)
        }
        if let next {
            deadlines.wake(by: next)
        }
        for task in overdue {
            task.cancel()
        }
    }

    func urlSession(
        _ session: URLSession,
        dataTask: URLSessionDataTask,
        didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let allowed = lock.withLock { () -> Bool in
            guard var state = tasks[dataTask.taskIdentifier] else { return false }
            state.response = response as? HTTPURLResponse
            state.exceededLimit = response.expectedContentLength > Int64(state.limit)
            tasks[dataTask.taskIdentifier] = state
            return !state.exceededLimit
        }
        completionHandler(allowed ? .allow : .cancel)
        // FoundationNetworking ignores the disposition and goes on reading, so the task is cancelled outright.
        if !allowed {
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let exceeded = lock.withLock { () -> Bool in
            // A body already past the limit keeps what it had until the cancellation lands.
            guard var state = tasks[dataTask.taskIdentifier], !state.exceededLimit else { return false }
            state.body.append(data)
            state.exceededLimit = state.body.count > state.limit
            tasks[dataTask.taskIdentifier] = state
            return state.exceededLimit
        }
        if exceeded {
            dataTask.cancel()
        }
    }

    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        var redirected = request
        if !Self.sameOrigin(task.originalRequest?.url, request.url) {
            redirected.setValue(nil, forHTTPHeaderField: "Authorization")
        }
        completionHandler(redirected)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let finished = lock.withLock { tasks.removeValue(forKey: task.taskIdentifier) }
        guard let state = finished else { return }

        if state.exceededLimit {
            let failure = TransportFailure(
                .responseTooLarge, underlyingError: error, partialResponse: state.partialResponse)
            state.continuation.resume(throwing: failure)
        } else if state.expired {
            let failure = TransportFailure(.timedOut, underlyingError: error, partialResponse: state.partialResponse)
            state.continuation.resume(throwing: failure)
        } else if let error {
            state.continuation.resume(throwing: Self.classify(error, partialResponse: state.partialResponse))
        } else if let response = state.response {
            state.continuation.resume(
                returning: HTTPResponse(status: response.statusCode, headers: headers(of: response), body: state.body))
        } else {
            state.continuation.resume(throwing: TransportFailure(.other))
        }
    }

    /// Returns whether two URLs share scheme, host and port.
    static func sameOrigin(_ lhs: URL?, _ rhs: URL?) -> Bool {
        guard let lhs, let rhs else { return false }
        return lhs.scheme?.lowercased() == rhs.scheme?.lowercased() && lhs.host?.lowercased() == rhs.host?.lowercased()
            && effectivePort(lhs) == effectivePort(rhs)
    }

    private static func effectivePort(_ url: URL) -> Int? {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : url.scheme?.lowercased() == "http" ? 80 : nil)
    }

    /// Returns the transport's classification of a URLSession error.
    ///
    /// - Parameters:
    ///   - error: The error URLSession reported.
    ///   - partialResponse: What arrived of the response before the error, if its head did.
    /// - Returns: A ``TransportFailure``, or `CancellationError` for a cancelled task.
    static func classify(_ error: any Error, partialResponse: HTTPResponse? = nil) -> any Error {
        let nsError = error as NSError
        var reason = TransportFailure.Reason.other
        if nsError.domain == NSURLErrorDomain {
            switch nsError.code {
            case NSURLErrorCancelled:
                return CancellationError()
            case NSURLErrorTimedOut:
                reason = .timedOut
            case NSURLErrorUnknown, NSURLErrorNetworkConnectionLost, NSURLErrorCannotConnectToHost,
                NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed, NSURLErrorNotConnectedToInternet,
                NSURLErrorBadServerResponse, NSURLErrorSecureConnectionFailed:
                reason = .connectionFailed
            default:
                break
            }
        }
        return TransportFailure(reason, underlyingError: error, partialResponse: partialResponse)
    }
}

/// Returns a URLSession response's header fields.
private func headers(of response: HTTPURLResponse) -> HTTPHeaders {
    var headers = HTTPHeaders()
    for (name, value) in response.allHeaderFields {
        headers.append(name: "\(name)", value: "\(value)")
    }
    return headers
}
