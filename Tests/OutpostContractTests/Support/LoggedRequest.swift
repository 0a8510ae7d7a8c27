import Foundation
import OutpostRuntime
import Testing

/// One entry of the mock's request log: what arrived, and what the validator made of it.
struct LoggedRequest: Decodable, Sendable {
    /// The order of arrival across all sessions.
    let sequence: Int
    /// The request method, such as `GET`.
    let method: String
    /// The path as sent, still percent-encoded.
    let path: String
    /// The raw query string.
    let query: String
    /// The decoded query pairs in the order sent, each as `[name, value]`.
    let queryItems: [[String]]
    /// The header fields by lower-case name.
    let headers: [String: String]
    /// The body as text, or `nil` when there was none.
    let body: String?
    /// The operation the mock matched, or `nil`.
    let operationID: String?
    /// Whether the request matched the document; `nil` when it was not checked.
    let valid: Bool?
    /// The validator's reason for refusing the request.
    let validationMessage: String?
    /// The status the mock answered.
    let status: Int?
    /// Why the mock could not answer as asked.
    let mockProblem: String?

    private enum CodingKeys: String, CodingKey {
        case sequence, method, path, query, headers, body, valid, status
        case queryItems = "query_items"
        case operationID = "operation_id"
        case validationMessage = "validation_message"
        case mockProblem = "mock_problem"
    }
}

extension LoggedRequest {
    /// Checks that the validator accepted this request as the given operation, sent to `path` with `query`.
    ///
    /// - Parameters:
    ///   - operationID: The operation the request must match.
    ///   - method: The expected method.
    ///   - path: The expected path below the API's base path, percent-encoded as on the wire.
    ///   - query: The expected query pairs, in order.
    ///   - sourceLocation: Where a failure is reported.
    func expectAccepted(
        as operationID: String,
        _ method: String,
        _ path: String,
        query: [[String]] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(self.operationID == operationID, sourceLocation: sourceLocation)
        #expect(valid == true, "the validator said: \(validationMessage ?? "nothing")", sourceLocation: sourceLocation)
        #expect(mockProblem == nil, sourceLocation: sourceLocation)
        #expect(self.method == method, sourceLocation: sourceLocation)
        #expect(self.path == MockServer.apiPath + path, sourceLocation: sourceLocation)
        #expect(queryItems == query, sourceLocation: sourceLocation)
    }

    /// Checks that the body sent is the given JSON, compared as values rather than as text.
    ///
    /// - Parameters:
    ///   - json: The expected body.
    ///   - sourceLocation: Where a failure is reported.
    /// - Throws: When either text is not JSON.
    func expectBody(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let sent = try #require(body, "no body was sent", sourceLocation: sourceLocation)
        let actual = try JSONCoding.parse(Data(sent.utf8))
        let expected = try JSONCoding.parse(Data(json.utf8))
        #expect(actual == expected, "the body sent: \(sent)", sourceLocation: sourceLocation)
    }
}
