import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What the mock's request log says about one request of a session, as fault tests read it.
struct FaultLogEntry: Decodable, Sendable {
    /// The path as sent, still percent-encoded.
    let path: String
    /// The header fields by lower-case name.
    let headers: [String: String]
    /// The operation the mock matched, or `nil`.
    let operationID: String?
    /// Whether the request matched the document; `nil` when it was not checked.
    let valid: Bool?
    /// The status the mock answered, or `nil` while the answer was pending.
    let status: Int?
    /// What the fault the request asked for did, or `nil` for a normal answer.
    let fault: String?

    private enum CodingKeys: String, CodingKey {
        case path, headers, valid, status, fault
        case operationID = "operation_id"
    }
}

extension MockSession {
    /// Returns the mock's log of this session with the fault each answer carried, oldest request first.
    ///
    /// A request the client gave up on, or whose answer was cut, may reach the log a moment later, so this
    /// waits, boundedly, until the log holds `count` entries.
    ///
    /// - Parameters:
    ///   - count: The number of entries expected.
    ///   - sourceLocation: Where a failure is reported.
    /// - Returns: The entries.
    /// - Throws: When the log cannot be fetched or read, or does not reach `count` entries.
    func faultLog(count: Int, sourceLocation: SourceLocation = #_sourceLocation) async throws -> [FaultLogEntry] {
        let url = try MockServer.controlURL("/__mock/requests", query: [URLQueryItem(name: "session", value: id)])
        var entries: [FaultLogEntry] = []
        for attempt in 0..<30 {
            if attempt > 0 {
                try await Task.sleep(for: .milliseconds(100))
            }
            let (data, _) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: 10))
            entries = try JSONDecoder().decode([FaultLogEntry].self, from: data)
            if entries.count >= count {
                break
            }
        }
        try #require(
            entries.count == count, "the session sent \(entries.count) requests", sourceLocation: sourceLocation)
        return entries
    }
}
