import Foundation
import OutpostRuntime

/// A transport that answers from a closure and records every request it was given.
///
/// It is `@unchecked Sendable` because its only mutable state, the recorded requests, is guarded by `lock`.
final class StubTransport: HTTPTransport, @unchecked Sendable {
    typealias Responder = @Sendable (HTTPRequest, Int) async throws -> HTTPResponse

    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let responder: Responder

    /// Creates a stub whose responder gets each request and its 1-based number.
    init(_ responder: @escaping Responder) {
        self.responder = responder
    }

    /// Creates a stub that answers the n-th request with the n-th response, repeating the last one.
    convenience init(responses: [HTTPResponse]) {
        self.init { _, number in
            responses[min(number, responses.count) - 1]
        }
    }

    var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let number = lock.withLock {
            recorded.append(request)
            return recorded.count
        }
        return try await responder(request, number)
    }
}

extension HTTPResponse {
    /// Returns a response with a JSON body given as text.
    static func json(_ status: Int, _ body: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var allHeaders = headers
        allHeaders["Content-Type"] = "application/json"
        return HTTPResponse(status: status, headers: allHeaders, body: Data(body.utf8))
    }
}
