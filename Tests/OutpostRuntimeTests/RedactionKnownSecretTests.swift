import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct RedactionKnownSecretTests {
    private static let key = "admin-key-123"

    /// A response that quotes the credential in its header fields and in its error body.
    private static let echo = HTTPResponse.json(
        401,
        #"{"status": 401, "message": "the token admin-key-123 is not valid", "data": {"got": ["admin-key-123"]}}"#,
        headers: [
            "WWW-Authenticate": #"Bearer error="invalid_token", token="admin-key-123""#,
            "X-Echo": "Bearer admin-key-123",
        ])

    @Test func replacesKnownSecretsInEveryHeaderValue() {
        let headers = Redaction.redactHeaders(
            ["X-Echo": "got admin-key-123 twice: admin-key-123", "Accept": "*/*"], knownSecrets: [Self.key])

        #expect(headers["X-Echo"] == "got [redacted] twice: [redacted]")
        #expect(headers["Accept"] == "*/*")
    }

    @Test func replacesAKnownSecretInItsJSONEscapedForm() {
        let text = #"{"echo": "key\/with\"quote"}"#

        #expect(Redaction.redactJSON(text, knownSecrets: [#"key/with"quote"#]) == #"{"echo": "[redacted]"}"#)
    }

    @Test(
        "Replaces a secret with one character JSON escapes in both its forms",
        arguments: [
            (#"key\path"#, #"key\\path"#), (#"key"quote"#, #"key\"quote"#), ("key/slash", #"key\/slash"#),
        ])
    func replacesASecretWithOneEscapedCharacterInBothForms(secret: String, escaped: String) {
        let text = "raw \(secret), escaped \(escaped)"

        #expect(Redaction.redactText(text, knownSecrets: [secret]) == "raw [redacted], escaped [redacted]")
    }

    @Test func leavesSecretsShorterThanFourCharactersAlone() {
        #expect(Redaction.redactText("abc and abcd", knownSecrets: ["abc"]) == "abc and abcd")
        #expect(Redaction.redactText("abc and abcd", knownSecrets: ["abcd"]) == "abc and [redacted]")
    }

    @Test func replacesKnownSecretsInTheMessageAndDataOfAnErrorBody() {
        let body = APIErrorBody(
            status: 401, message: "bad admin-key-123", data: ["admin-key-123": "x", "list": ["admin-key-123", 1]])

        let redacted = Redaction.redactErrorBody(body, knownSecrets: [Self.key])

        #expect(redacted.message == "bad [redacted]")
        #expect(redacted.data == ["[redacted]": "x", "list": ["[redacted]", 1]])
    }

    @Test func keepsAnEchoedCredentialOutOfTheErrorTheObserversAndTheLog() async throws {
        let records = Recorder<LogRecord>()
        let observed = Recorder<ObservedResponse>()
        let client = Fixtures.client(transport: StubTransport(responses: [Self.echo])) {
            $0.logHandler = { records.append($0) }
            $0.responseObservers = [{ observed.append($0) }]
        }

        let error = try await #require(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error.errorBody?.message == "the token [redacted] is not valid")
        #expect(error.headers["X-Echo"] == "Bearer [redacted]")
        #expect(error.headers["WWW-Authenticate"] == #"Bearer error="invalid_token", token="[redacted]""#)
        let reported = [
            error.description, "\(error.headers)", "\(String(describing: error.errorBody))", error.bodyExcerpt ?? "",
        ]
        #expect(!reported.contains { $0.contains(Self.key) })
        #expect(!observed.values.contains { "\($0.headers)".contains(Self.key) })
        #expect(records.values.count == 3)
        #expect(!records.values.contains { $0.message.contains(Self.key) })
    }
}
