import Foundation
import Outpost
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension MockSession {
    /// Returns a client tagged with this session whose configuration the caller adjusts further.
    ///
    /// - Parameters:
    ///   - credential: The credential to send.
    ///   - transport: The transport that sends the requests.
    ///   - configure: Changes to the configuration, such as extra hooks or a log handler.
    /// - Returns: The client.
    func client(
        credential: Credential?,
        transport: any HTTPTransport = URLSessionTransport(),
        configure: (inout ClientConfiguration) -> Void
    ) -> OutpostClient {
        let sessionID = id
        var configuration = ClientConfiguration(
            baseURL: apiURL,
            credential: credential,
            timeout: .seconds(10),
            retryPolicy: .never,
            requestHooks: [{ $0.headers["X-Mock-Session"] = sessionID }]
        )
        configure(&configuration)
        return OutpostClient(runtime: RuntimeClient(configuration: configuration, transport: transport))
    }

    /// Returns every request the mock logged, of all sessions, as raw JSON text.
    ///
    /// - Returns: The log's text.
    /// - Throws: When the log cannot be fetched.
    func wholeLogText() async throws -> String {
        let url = try MockServer.controlURL("/__mock/requests")
        let (data, response) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: 10))
        let status = try #require(response as? HTTPURLResponse).statusCode
        try #require(status == 200, "the mock answered \(status) for its request log")
        return String(decoding: data, as: UTF8.self)
    }
}

/// A thread-safe list that log handlers, observers and concurrent tasks append to.
///
/// It is `@unchecked Sendable` because its only mutable state, the list, is read and written under its lock.
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Value] = []

    /// The values appended so far, in order.
    var values: [Value] {
        lock.withLock { list }
    }

    /// Appends a value.
    ///
    /// - Parameter value: The value.
    func append(_ value: Value) {
        lock.withLock { list.append(value) }
    }
}
