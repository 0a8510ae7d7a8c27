import Foundation
import Outpost
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One test's conversation with the mock server.
///
/// Every request a session's clients send carries `X-Mock-Session` with the session's own ID, so the mock keeps
/// its log and scenario counters apart from those of the tests running in parallel.
struct MockSession: Sendable {
    /// The API key the clients send; the mock accepts any non-empty bearer token.
    static let apiKey = "sk_contract_test"

    /// The session's ID, unique to the test.
    let id = "contract-\(UUID().uuidString)"

    /// The API's base URL on the mock.
    let apiURL: URL

    /// Creates a session on the running mock.
    ///
    /// - Throws: When the mock's URL is missing.
    init() throws {
        apiURL = try #require(MockServer.apiURL, MockServer.skipReason)
    }

    /// Returns a client of the generated SDK that tags every request with this session.
    ///
    /// - Parameters:
    ///   - credential: The credential to send; the admin API key unless given.
    ///   - timeout: The time one attempt may take.
    ///   - retryPolicy: The retry policy; none, so that each call is one request, unless given.
    ///   - clock: The clock the client waits on.
    ///   - transport: The transport that sends the requests.
    /// - Returns: The client.
    func client(
        credential: Credential? = .apiKey(MockSession.apiKey),
        timeout: Duration = .seconds(10),
        retryPolicy: RetryPolicy = .never,
        clock: any RuntimeClock = SystemClock(),
        transport: any HTTPTransport = URLSessionTransport()
    ) -> OutpostClient {
        let sessionID = id
        let tagSession: RequestHook = { request in
            request.headers["X-Mock-Session"] = sessionID
        }
        let configuration = ClientConfiguration(
            baseURL: apiURL,
            credential: credential,
            timeout: timeout,
            retryPolicy: retryPolicy,
            requestHooks: [tagSession],
            clock: clock
        )
        return OutpostClient(runtime: RuntimeClient(configuration: configuration, transport: transport))
    }

    /// Returns per-call options that send a `Prefer` header to steer the mock's answer.
    ///
    /// - Parameters:
    ///   - preference: The header's value, such as `code=404` or `example=duplicate`.
    ///   - timeout: The time one attempt may take, or `nil` for the client's.
    /// - Returns: The options.
    func prefer(_ preference: String, timeout: Duration? = nil) -> RequestOptions {
        RequestOptions(timeout: timeout, headers: ["Prefer": preference])
    }

    /// Returns the mock's log of this session, oldest request first.
    ///
    /// - Returns: The logged requests.
    /// - Throws: When the log cannot be fetched or read.
    func requests() async throws -> [LoggedRequest] {
        let url = try MockServer.controlURL("/__mock/requests", query: [URLQueryItem(name: "session", value: id)])
        let (data, response) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: 10))
        let status = try #require(response as? HTTPURLResponse).statusCode
        try #require(status == 200, "the mock answered \(status) for its request log")
        return try JSONDecoder().decode([LoggedRequest].self, from: data)
    }

    /// Returns the one request this session sent.
    ///
    /// - Parameter sourceLocation: Where a failure is reported.
    /// - Returns: The logged request.
    /// - Throws: When the log cannot be fetched, or holds other than one request.
    func onlyRequest(sourceLocation: SourceLocation = #_sourceLocation) async throws -> LoggedRequest {
        // A request the client gave up on may reach the log a moment later; wait for it, boundedly.
        var log = try await requests()
        for _ in 0..<50 where log.isEmpty {
            try await Task.sleep(for: .milliseconds(200))
            log = try await requests()
        }
        try #require(log.count == 1, "the session sent \(log.count) requests", sourceLocation: sourceLocation)
        return log[0]
    }
}
