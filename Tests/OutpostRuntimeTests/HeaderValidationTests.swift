import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct HeaderValidationTests {
    private let transport = StubTransport(responses: [.json(200, Fixtures.tenantBody)])

    private func refusal(
        options: RequestOptions = RequestOptions(),
        credential: Credential = .apiKey("admin-key-123"),
        hook: RequestHook? = nil
    ) async throws -> OutpostError {
        let client = Fixtures.client(transport: transport, credential: credential) { configuration in
            configuration.requestHooks = hook.map { [$0] } ?? []
        }
        return try await #require(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput, options: options)
        }
    }

    @Test(arguments: ["a\r\nX-Injected: 1", "a\nX-Injected: 1", "a\rX-Injected: 1", "a\0X-Injected: 1"])
    func refusesAHookSetValueThatWouldEndItsFieldNamingTheHeader(value: String) async throws {
        let error = try await refusal(hook: { $0.headers["X-Hooked"] = value })

        #expect(error.kind == .invalidRequest)
        #expect(error.detail == "The header X-Hooked contains a line break (CR or LF) or NUL in its value; remove it.")
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["X-Label:Injected", "X-Label Injected", "X-Label\t", "X-Label\u{FC}", "X-Label\r\nX-Injected: 1"])
    func refusesANameThatIsNotATokenQuotingOnlyItsValidStart(name: String) async throws {
        let error = try await refusal(options: RequestOptions(headers: [name: "1"]))

        #expect(error.kind == .invalidRequest)
        let detail = try #require(error.detail)
        #expect(detail.hasPrefix("The name of the header X-Label… contains "))
        #expect(!detail.contains("Injected"))
        #expect(transport.requests.isEmpty)
    }

    @Test func refusesAnEmptyName() async throws {
        let error = try await refusal(options: RequestOptions(headers: ["": "1"]))

        #expect(error.kind == .invalidRequest)
        #expect(error.detail == "A header field has an empty name; give every header field a name.")
        #expect(transport.requests.isEmpty)
    }

    @Test func refusesACredentialWithALineBreakNamingTheAuthorizationHeader() async throws {
        let error = try await refusal(credential: .tenantToken("eyJ.e30.sig\r\nX-Injected: 1"))

        #expect(error.kind == .invalidRequest)
        #expect(error.detail?.contains("Authorization header") == true)
        #expect(!error.description.contains("Injected"))
        #expect(transport.requests.isEmpty)
    }

    @Test func sendsEveryTokenCharacterInANameAndATabAndNonASCIITextInAValue() async throws {
        let name = "X-Az09!#$%&'*+-.^_`|~"
        let client = Fixtures.client(transport: transport)

        _ = try await client.send(
            Fixtures.getTenant, Fixtures.tenantInput, options: RequestOptions(headers: [name: "a\tb \u{FC}"]))

        #expect(transport.requests.first?.headers[name] == "a\tb \u{FC}")
    }
}
