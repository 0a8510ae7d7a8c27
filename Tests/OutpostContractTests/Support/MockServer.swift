import Foundation
import Testing

/// The validating mock server of the Outpost API that `Scripts/test.sh` starts before the tests.
///
/// The test command exports the API's base URL on the mock as `OUTPOST_MOCK_URL`; without it no contract test
/// can run, and each one is reported as skipped with the reason.
enum MockServer {
    /// The API's base URL on the mock, such as `http://127.0.0.1:PORT/api/v1`, or `nil` when no mock runs.
    static let apiURL: URL? = ProcessInfo.processInfo.environment["OUTPOST_MOCK_URL"].flatMap { URL(string: $0) }

    /// A Boolean value that indicates whether the mock's URL was given.
    static var isAvailable: Bool {
        apiURL != nil
    }

    /// The base path of the API on the mock, such as `/api/v1`.
    static var apiPath: String {
        apiURL?.path ?? ""
    }

    /// The reason shown for every contract test that is skipped.
    static let skipReason: Comment = "contract tests need the mock server: run bash Scripts/test.sh, which starts it"

    /// Returns the URL of a control endpoint at the server's root, such as `/__mock/requests`.
    ///
    /// - Parameters:
    ///   - path: The endpoint's path from the root.
    ///   - query: The query items to add.
    /// - Returns: The endpoint's URL.
    /// - Throws: When the mock's URL is missing or does not parse.
    static func controlURL(_ path: String, query: [URLQueryItem] = []) throws -> URL {
        let apiURL = try #require(apiURL, skipReason)
        var components = try #require(URLComponents(url: apiURL, resolvingAgainstBaseURL: false))
        components.path = path
        components.queryItems = query.isEmpty ? nil : query
        return try #require(components.url)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a suite only when the mock server is running, and otherwise skips it saying how to start it.
    static var needsMockServer: Self {
        .enabled(if: MockServer.isAvailable, MockServer.skipReason)
    }
}
