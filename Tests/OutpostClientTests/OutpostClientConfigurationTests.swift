import Foundation
import Outpost
import Testing

/// A transport that answers every request with a canned response and records what it was sent.
private actor RecordingTransport: HTTPTransport {
    private(set) var requests: [HTTPRequest] = []
    private let respond: @Sendable (HTTPRequest) -> HTTPResponse

    init(respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.respond = respond
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        return respond(request)
    }
}

private func json(_ status: Int, _ body: String) -> HTTPResponse {
    HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: Data(body.utf8))
}

private let tenantBody = #"{"id": "acme", "destinations_count": 1, "topics": [], "created_at": "2026-12-04T10:00:00Z"}"#

@Suite struct OutpostClientConfigurationTests {
    @Test func apiKeyClientCallsTheManagedServiceWithTheKeyAsBearerToken() async throws {
        let transport = RecordingTransport { _ in json(200, tenantBody) }
        let outpost = OutpostClient(apiKey: "admin-key", transport: transport)

        let tenant = try await outpost.tenants.get(tenantID: "acme")

        #expect(tenant.id == "acme")
        let request = try #require(await transport.requests.first)
        #expect(request.url.absoluteString == "https://api.outpost.hookdeck.com/2025-07-01/tenants/acme")
        #expect(request.headers["Authorization"] == "Bearer admin-key")
    }

    @Test func apiKeyClientCallsTheChosenServer() async throws {
        let transport = RecordingTransport { _ in json(200, tenantBody) }
        let outpost = OutpostClient(apiKey: "admin-key", server: .local, transport: transport)

        _ = try await outpost.tenants.get(tenantID: "acme")

        let request = try #require(await transport.requests.first)
        #expect(request.url.absoluteString == "http://localhost:3333/api/v1/tenants/acme")
    }

    @Test func credentialClientKeepsEverySetting() throws {
        let baseURL = try #require(URL(string: "https://outpost.example.com/api/v1"))
        let policy = RetryPolicy(maxAttempts: 2)
        let outpost = OutpostClient(
            credential: .tenantToken("jwt"), baseURL: baseURL, timeout: .seconds(5), retryPolicy: policy,
            requestHooks: [{ _ in }], responseObservers: [{ _ in }], logHandler: { _ in })

        let configuration = outpost.runtime.configuration
        #expect(configuration.baseURL == baseURL)
        #expect(configuration.timeout == .seconds(5))
        #expect(configuration.retryPolicy == policy)
        #expect(configuration.requestHooks.count == 1)
        #expect(configuration.responseObservers.count == 1)
        #expect(configuration.logHandler != nil)
        guard case .tenantToken("jwt") = configuration.credential else {
            Issue.record("the credential is \(String(describing: configuration.credential))")
            return
        }
    }

    @Test func requestHooksRunOnEveryCall() async throws {
        let transport = RecordingTransport { _ in json(200, tenantBody) }
        let baseURL = try #require(URL(string: "https://outpost.example.com/api/v1"))
        let outpost = OutpostClient(
            credential: .apiKey("admin-key"), baseURL: baseURL,
            requestHooks: [{ request in request.headers["X-Request-Source"] = "tests" }], transport: transport)

        _ = try await outpost.tenants.get(tenantID: "acme")

        #expect(await transport.requests.first?.headers["X-Request-Source"] == "tests")
    }

    @Test func tenantScopedClientMintsATokenWithTheAdminKeyAndCallsWithIt() async throws {
        let transport = RecordingTransport { request in
            request.url.path.hasSuffix("/token")
                ? json(200, #"{"token": "tenant-jwt", "tenant_id": "acme"}"#) : json(200, tenantBody)
        }
        let admin = OutpostClient(apiKey: "admin-key", transport: transport)
        let acme = admin.scoped(toTenant: "acme")

        _ = try await acme.tenants.get(tenantID: "acme")
        _ = try await acme.tenants.get(tenantID: "acme")

        let requests = await transport.requests
        #expect(
            requests.map(\.url.path) == [
                "/2025-07-01/tenants/acme/token", "/2025-07-01/tenants/acme", "/2025-07-01/tenants/acme",
            ])
        #expect(
            requests.map { $0.headers["Authorization"] } == [
                "Bearer admin-key", "Bearer tenant-jwt", "Bearer tenant-jwt",
            ])
    }
}
