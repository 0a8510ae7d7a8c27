import Foundation
import Outpost
import Testing

/// Redirects: the credential goes along within the origin and never to another one.
@Suite("Faults: redirects", .needsMockServer)
struct RedirectFaultContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func redirectToAnotherOriginArrivesWithoutTheCredential() async throws {
        let client = session.client()
        let port = try #require(session.apiURL.port)

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(
                tenantID: "tenant_acme", options: session.prefer("fault=redirect-other-origin"))
        }

        // The other origin is the same mock under the name localhost; without a token it refuses the call.
        #expect(error.kind == .httpStatus(401))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 401)
        #expect(error.errorBody == nil)
        #expect(error.bodyExcerpt == nil)
        #expect(error.attempts == 1)
        let log = try await session.faultLog(count: 2)
        #expect(log.map(\.status) == [307, 401])
        #expect(log.map { $0.headers["host"] } == ["127.0.0.1:\(port)", "localhost:\(port)"])
        #expect(log[0].headers["authorization"] == "Bearer \(MockSession.apiKey)")
        #expect(log[1].headers["authorization"] == nil)
        #expect(log[1].path == "/2025-07-01/tenants/tenant_acme")
        #expect(log[0].fault == "redirect-other-origin: 307 to http://localhost:\(port)/2025-07-01/tenants/tenant_acme")
    }

    @Test func redirectToAnotherOriginIsFollowedForAnUnsecuredCall() async throws {
        let client = session.client()

        let health = try await client.health.check(options: session.prefer("fault=redirect-other-origin"))

        #expect(health.status == .healthy)
        let log = try await session.faultLog(count: 2)
        #expect(log.map(\.status) == [307, 200])
        #expect(log.allSatisfy { $0.headers["authorization"] == nil })
    }

    @Test func redirectWithinTheOriginKeepsTheCredential() async throws {
        let client = session.client()

        let tenant = try await client.tenants.get(
            tenantID: "tenant_acme", options: session.prefer("fault=redirect-same-origin"))

        #expect(tenant.id == "tenant_acme")
        let log = try await session.faultLog(count: 2)
        #expect(log.map(\.status) == [307, 200])
        #expect(log.map(\.path) == [MockServer.apiPath + "/tenants/tenant_acme", "/2025-07-01/tenants/tenant_acme"])
        #expect(log.allSatisfy { $0.headers["authorization"] == "Bearer \(MockSession.apiKey)" })
        #expect(log.allSatisfy { $0.operationID == "getTenant" && $0.valid == true })
    }
}
