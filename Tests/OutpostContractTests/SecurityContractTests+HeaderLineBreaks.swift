import Foundation
import Outpost
import Testing

extension SecurityContractTests {
    @Suite("Line breaks in header fields are refused before sending")
    struct HeaderLineBreaks {
        let session: MockSession

        init() throws {
            session = try MockSession()
        }

        @Test(arguments: LineBreakCase.credentials)
        func credentialWithALineBreakIsRefusedNamingAuthorization(_ hostile: LineBreakCase) async throws {
            let client = session.client(credential: hostile.credential(), configure: { _ in })

            let error = try await #require(throws: OutpostError.self) {
                try await client.tenants.get(tenantID: "tenant_acme")
            }

            try await expectRefusedBeforeSending(error, naming: "Authorization", marker: hostile.marker)
        }

        @Test(arguments: LineBreakCase.breaks)
        func optionHeaderValueWithALineBreakIsRefusedNamingTheHeader(_ hostile: LineBreakCase) async throws {
            let client = session.client()
            let options = RequestOptions(headers: ["X-Request-Label": hostile.text])

            let error = try await #require(throws: OutpostError.self) {
                try await client.tenants.get(tenantID: "tenant_acme", options: options)
            }

            try await expectRefusedBeforeSending(error, naming: "X-Request-Label", marker: hostile.marker)
        }

        @Test(arguments: LineBreakCase.breaks)
        func optionHeaderNameWithALineBreakIsRefused(_ hostile: LineBreakCase) async throws {
            let client = session.client()
            let name = "X-Label" + hostile.text
            let options = RequestOptions(headers: [name: "1"])

            let error = try await #require(throws: OutpostError.self) {
                try await client.tenants.get(tenantID: "tenant_acme", options: options)
            }

            try await expectRefusedBeforeSending(error, naming: "X-Label", marker: hostile.marker)
        }

        @Test(arguments: LineBreakCase.breaks)
        func headerSetByARequestHookWithALineBreakIsRefused(_ hostile: LineBreakCase) async throws {
            let value = hostile.text
            let client = session.client(credential: .apiKey(MockSession.apiKey)) { configuration in
                configuration.requestHooks.append { $0.headers["X-Hooked"] = value }
            }

            let error = try await #require(throws: OutpostError.self) {
                try await client.tenants.get(tenantID: "tenant_acme")
            }

            try await expectRefusedBeforeSending(error, naming: "X-Hooked", marker: hostile.marker)
        }

        @Test(arguments: ["X-Label:Injected", "X Label", "X-Label\t", ""])
        func optionHeaderNameThatIsNotATokenIsRefused(_ name: String) async throws {
            let client = session.client()
            let options = RequestOptions(headers: [name: "1"])

            let error = try await #require(throws: OutpostError.self) {
                try await client.tenants.get(tenantID: "tenant_acme", options: options)
            }

            #expect(error.kind == .invalidRequest)
            #expect(error.detail?.contains("header") == true)
            #expect(try await session.requests().isEmpty)
        }

        @Test func headerValueWithAnInnerTabIsSentAsOneField() async throws {
            let client = session.client()
            let options = RequestOptions(headers: ["X-Request-Label": "a\tb"])

            _ = try await client.tenants.get(tenantID: "tenant_acme", options: options)

            let request = try await session.onlyRequest()
            #expect(request.headers["x-request-label"] == "a\tb")
        }

        /// Checks that the call failed as invalid, named the header, and that nothing reached the mock.
        private func expectRefusedBeforeSending(
            _ error: OutpostError,
            naming header: String,
            marker: String,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws {
            #expect(error.kind == .invalidRequest, sourceLocation: sourceLocation)
            #expect(error.status == nil, sourceLocation: sourceLocation)
            #expect(error.attempts <= 1, sourceLocation: sourceLocation)
            let detail = try #require(error.detail, sourceLocation: sourceLocation)
            #expect(detail.contains(header), "the detail: \(detail)", sourceLocation: sourceLocation)
            #expect(!error.description.contains(marker), sourceLocation: sourceLocation)
            #expect(try await session.requests().isEmpty, sourceLocation: sourceLocation)
            // The injected line carries a marker unique to the case; no session may have received it.
            #expect(!(try await session.wholeLogText().contains(marker)), sourceLocation: sourceLocation)
        }
    }
}

/// A header value with a line break that would inject a second field, marked so a log search can find it.
struct LineBreakCase: Sendable, CustomTestStringConvertible {
    /// The case's name in the test report.
    let name: String

    /// The line break and injected field, such as `"\r\nX-Injected: <marker>"`.
    let text: String

    /// A text unique to the case that appears only in the injected part.
    let marker: String

    /// How the credential carries the text, for the credential cases.
    let kind: CredentialKind

    var testDescription: String { name }

    /// The ways a credential can be given.
    enum CredentialKind: Sendable {
        case apiKey, tenantToken, provider
    }

    /// Returns the credential whose token ends in the hostile text.
    func credential() -> Credential {
        let token = "sk_line_break" + text
        switch kind {
        case .apiKey: return .apiKey(token)
        case .tenantToken: return .tenantToken("eyJhbGciOiJIUzI1NiJ9.e30.c2ln" + text)
        case .provider: return .provider { _ in token }
        }
    }

    private init(_ name: String, _ lineBreak: String, kind: CredentialKind = .apiKey) {
        let marker = "injected-\(UUID().uuidString)"
        self.name = name
        self.text = "\(lineBreak)X-Injected: \(marker)"
        self.marker = marker
        self.kind = kind
    }

    /// The line breaks a header value must not hold: CR LF, LF, CR and NUL.
    static let breaks: [LineBreakCase] = [
        LineBreakCase("CR LF", "\r\n"), LineBreakCase("LF", "\n"), LineBreakCase("CR", "\r"),
        LineBreakCase("NUL", "\0"),
    ]

    /// A CR LF and a lone LF in each kind of credential.
    static let credentials: [LineBreakCase] = [
        LineBreakCase("API key with CR LF", "\r\n"), LineBreakCase("API key with LF", "\n"),
        LineBreakCase("tenant JWT with CR LF", "\r\n", kind: .tenantToken),
        LineBreakCase("tenant JWT with CR", "\r", kind: .tenantToken),
        LineBreakCase("provided token with CR LF", "\r\n", kind: .provider),
    ]
}
