import Foundation
import Outpost
import OutpostRuntime
import Testing

extension SecurityContractTests {
    @Suite("The credential appears in no log line and no error")
    struct CredentialRedaction {
        let session: MockSession

        init() throws {
            session = try MockSession()
        }

        @Test(arguments: SecretCredential.all)
        func credentialStaysOutOfLogsAndErrorsOverSuccessesRetriesAndFailures(_ secret: SecretCredential) async throws {
            let records = Collected<LogRecord>()
            let observed = Collected<ObservedResponse>()
            let client = session.client(credential: secret.credential, transport: EchoingTransport()) {
                $0.logHandler = { records.append($0) }
                $0.responseObservers = [{ observed.append($0) }]
                $0.clock = RecordingClock()
                $0.retryPolicy = RetryPolicy(maxAttempts: 2, retriesTransientFailures: true)
            }

            let errors = try await runEveryOutcome(client)

            let log = try await session.requests()
            // Two successes, two calls retried once, and four failures: two retried, and a 401 re-sent once more
            // when the credential can be refreshed.
            #expect(log.count == (secret.isRefreshable ? 13 : 12))
            #expect(log.allSatisfy { $0.headers["authorization"] == "Bearer \(secret.token)" })
            #expect(records.values.contains { $0.level == .warning }, "a retry was logged")
            #expect(records.values.contains { $0.message.contains("X-Echo: Bearer [redacted]") }, "the echo was seen")
            for record in records.values {
                #expect(!record.message.contains(secret.token), "the log line: \(record.message)")
            }
            for response in observed.values {
                #expect(!"\(response.headers)".contains(secret.token))
                #expect(!response.headers.contains { $0.value.contains(secret.token) })
            }
            #expect(errors.count == 4)
            for error in errors {
                expectNoCredential(secret.token, in: error)
            }
        }

        /// Calls a success, a rate-limited then successful call, a retried publish and four failures.
        private func runEveryOutcome(_ client: OutpostClient) async throws -> [OutpostError] {
            _ = try await client.tenants.get(tenantID: "tenant_acme")
            _ = try await client.tenants.getToken(tenantID: "tenant_acme")
            _ = try await client.topics.list(options: session.prefer("scenario=rate-limit; times=1; retry-after=1"))
            let event = PublishRequest(data: ["order_id": "ord_5521"], id: "evt_ord_5521_created")
            _ = try await client.publish(event, options: session.prefer("scenario=server-error; times=1; code=503"))

            var errors: [OutpostError] = []
            for preference in [
                "code=401", "code=404", "scenario=rate-limit; times=5", "scenario=server-error; times=5",
            ] {
                do {
                    _ = try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer(preference))
                } catch let error as OutpostError {
                    errors.append(error)
                }
            }
            return errors
        }

        private func expectNoCredential(
            _ token: String,
            in error: OutpostError,
            sourceLocation: SourceLocation = #_sourceLocation
        ) {
            #expect(error.bodyExcerpt?.contains("[redacted]") == true, sourceLocation: sourceLocation)
            let texts = [
                error.description, error.bodyExcerpt ?? "", "\(error.headers)",
                "\(String(describing: error.errorBody))",
                error.detail ?? "", error.url?.absoluteString ?? "",
            ]
            for text in texts {
                #expect(!text.contains(token), "\(text)", sourceLocation: sourceLocation)
            }
            #expect(!error.headers.contains { $0.value.contains(token) }, sourceLocation: sourceLocation)
        }
    }
}

/// A credential whose token the tests search for in everything the client reports.
struct SecretCredential: Sendable, CustomTestStringConvertible {
    /// The case's name in the test report.
    let name: String

    /// The token the credential sends.
    let token: String

    /// The credential.
    let credential: Credential

    /// A Boolean value that indicates whether the client asks for a new token after a `401` and re-sends.
    var isRefreshable: Bool {
        if case .provider = credential { return true }
        return false
    }

    var testDescription: String { name }

    /// An admin API key, a tenant JWT and a provided JWT, each unique to the run.
    static let all: [SecretCredential] = {
        let key = "sk_live_\(UUID().uuidString)"
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZW5hbnRfYWNtZSJ9.\(UUID().uuidString)"
        let provided = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZW5hbnRfZ2xvYmV4In0.\(UUID().uuidString)"
        return [
            SecretCredential(name: "admin API key", token: key, credential: .apiKey(key)),
            SecretCredential(name: "tenant JWT", token: jwt, credential: .tenantToken(jwt)),
            SecretCredential(name: "provided tenant JWT", token: provided, credential: .provider { _ in provided }),
        ]
    }()
}

/// A transport that sends requests to the mock and makes every answer echo the request's credential back.
///
/// The mock cannot echo the token itself, so this stands in for a server or proxy that does: each response
/// gains `X-Echo`, `WWW-Authenticate` and `X-Debug` fields holding the token, a JSON object body gains an
/// `echo` member, and an empty or object error body gets a `message` and `data` that quote the token too.
struct EchoingTransport: HTTPTransport {
    let base = URLSessionTransport()

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var response = try await base.send(request)
        let authorization = request.headers["Authorization"] ?? ""
        let token = authorization.replacingOccurrences(of: "Bearer ", with: "")
        response.headers.append(name: "X-Echo", value: authorization)
        response.headers.append(name: "WWW-Authenticate", value: #"Bearer error="invalid_token", token="\#(token)""#)
        response.headers.append(name: "X-Debug", value: "received \(token) from the client")
        response.body = try echoed(response.body, token: token, isError: !(200...299).contains(response.status))
        return response
    }

    /// Returns a JSON object body with the token added; any other body is returned as it is.
    private func echoed(_ body: Data, token: String, isError: Bool) throws -> Data {
        var members: [String: JSONValue] = [:]
        if !body.isEmpty {
            guard case .object(let parsed) = try JSONCoding.parse(body) else { return body }
            members = parsed
        }
        members["echo"] = .string("Bearer \(token)")
        if isError {
            members["status"] = members["status"] ?? .int(401)
            members["message"] = .string("the token \(token) is not valid")
            members["data"] = .object(["received": .string(token), "hint": .string("resend \(token)")])
        }
        return try JSONCoding.encode(JSONValue.object(members))
    }
}
