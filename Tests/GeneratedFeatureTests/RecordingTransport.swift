import Foundation
import OutpostRuntime

/// A transport that answers every request with one JSON body and records the requests it was given.
///
/// It is `@unchecked Sendable` because its only mutable state, the recorded requests, is guarded by `lock`.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [HTTPRequest] = []
    private let answer: String

    /// Creates a transport that answers with status 200 and `answer` as a JSON body.
    init(answering answer: String) {
        self.answer = answer
    }

    var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { recorded.append(request) }
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(answer.utf8))
    }
}
