import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct RedactionTests {
    @Test func keepsTheSchemeOfARedactedAuthorization() {
        let headers = Redaction.redactHeaders(["Authorization": "Bearer abc.def", "Cookie": "s=1", "Accept": "*/*"])
        #expect(headers["Authorization"] == "Bearer [redacted]")
        #expect(headers["Cookie"] == "[redacted]")
        #expect(headers["Accept"] == "*/*")
    }

    @Test(arguments: [
        "secret", "previous_secret", "password", "token", "key", "session", "connection_string",
        "service_account_json", "credentials",
    ])
    func redactsEverySecretMember(name: String) {
        let text = #"{"id": "d1", "\#(name)": "hunter2", "other": 1}"#
        #expect(Redaction.redactJSON(text) == #"{"id": "d1", "\#(name)": "[redacted]", "other": 1}"#)
    }

    @Test func redactsNestedObjectsArraysAndNonStringValues() {
        let text = #"{"config": {"credentials": {"a": "b", "c": ["\"}"]}, "key": 42, "token": null}, "ok": "x"}"#
        let expected =
            #"{"config": {"credentials": "[redacted]", "key": "[redacted]", "token": "[redacted]"}, "ok": "x"}"#
        #expect(Redaction.redactJSON(text) == expected)
    }

    @Test func leavesSecretWordsThatAreValuesAlone() {
        #expect(
            Redaction.redactJSON(#"{"name": "secret", "type": "token"}"#) == #"{"name": "secret", "type": "token"}"#)
    }

    @Test func redactsATruncatedBody() {
        #expect(Redaction.redactJSON(#"{"secret": "whsec_abcdef"#) == #"{"secret": "[redacted]""#)
    }

    @Test func redactsKnownSecretsAnywhere() {
        #expect(
            Redaction.redactJSON("echo admin-key-123 here", knownSecrets: ["admin-key-123"]) == "echo [redacted] here")
    }

    @Test func redactsSecretsInErrorBodiesAndExcerpts() async throws {
        let body = #"{"status": 400, "message": "invalid", "data": {"config": {"password": "p@ss"}}}"#
        let client = Fixtures.client(transport: StubTransport(responses: [.json(400, body)]))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.errorBody?.data == ["config": ["password": "[redacted]"]])
        #expect(error?.bodyExcerpt?.contains("p@ss") == false)
        #expect(error.map { "\($0)" }?.contains("p@ss") == false)
    }

    @Test func redactsCredentialsAndSecretsInLogs() async throws {
        let records = Recorder<LogRecord>()
        let body = #"{"id": "acme", "secret": "whsec_live", "echo": "admin-key-123"}"#
        let client = Fixtures.client(transport: StubTransport(responses: [.json(200, body)])) {
            $0.logHandler = { records.append($0) }
        }

        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        let log = records.values.map(\.message).joined(separator: "\n")
        #expect(log.contains("Authorization: Bearer [redacted]"))
        #expect(log.contains(#""secret": "[redacted]""#))
        #expect(!log.contains("admin-key-123"))
        #expect(!log.contains("whsec_live"))
        #expect(records.values.contains { $0.level == .info && $0.message.contains("answered 200") })
    }

    @Test func logsNothingWithoutAHandler() async throws {
        let client = Fixtures.client(transport: StubTransport(responses: [.json(200, Fixtures.tenantBody)]))
        #expect(client.configuration.logHandler == nil)
    }

    @Test func neverPutsTheCredentialInAnError() async throws {
        let client = Fixtures.client(transport: StubTransport(responses: [.json(403, #"{"message": "no"}"#)]))
        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        #expect(error.map { "\($0) \($0.headers)" }?.contains("admin-key-123") == false)
    }
}
