import Foundation
import Outpost
import Testing

@Suite("Tenants against the mock", .needsMockServer)
struct TenantContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func listsTenantsFilteredByIDsWithLimitAndDirection() async throws {
        let page = try await client.tenants.list(id: ["tenant_acme", "tenant_globex"], limit: 2, dir: .asc)

        try await session.onlyRequest().expectAccepted(
            as: "listTenants",
            "GET",
            "/tenants",
            query: [["id", "tenant_acme"], ["id", "tenant_globex"], ["limit", "2"], ["dir", "asc"]]
        )
        let tenants = try #require(page.models)
        #expect(tenants.map(\.id) == ["tenant_acme", "tenant_globex"])
        #expect(tenants[0].metadata == ["display_name": "Acme Corp", "plan": "enterprise"])
        #expect(tenants[0].updatedAt == (try date("2026-11-21T09:47:12.604Z")))
        #expect(tenants[1].metadata == nil)
        #expect(page.count == 5)
        #expect(page.pagination?.next == "dGVuYW50X2dsb2JleA")
        #expect(page.pagination?.prev == nil)
    }

    @Test func upsertsTenantWithMetadata() async throws {
        let body = TenantUpsert(metadata: .set(["display_name": "Initech", "plan": "starter"]))

        let tenant = try await client.tenants.upsert(tenantID: "tenant_initech", body)

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "upsertTenant", "PUT", "/tenants/tenant_initech")
        try request.expectBody(#"{"metadata": {"display_name": "Initech", "plan": "starter"}}"#)
        #expect(tenant.id == "tenant_acme")
        #expect(tenant.destinationsCount == 3)
        #expect(tenant.topics == ["customer.updated", "invoice.paid", "order.placed", "order.refunded"])
    }

    @Test func upsertsTenantWithoutBodyAndDecodesTheCreatedAnswer() async throws {
        let tenant = try await client.tenants.upsert(tenantID: "tenant_initech", options: session.prefer("code=201"))

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "upsertTenant", "PUT", "/tenants/tenant_initech")
        #expect(request.body == nil)
        #expect(request.status == 201)
        #expect(tenant.id == "tenant_initech")
        #expect(tenant.destinationsCount == 0)
        #expect(tenant.topics == [])
        #expect(tenant.createdAt == (try date("2026-12-04T08:20:41.77Z")))
    }

    @Test func getsTenantWithReservedCharactersPercentEncodedInThePath() async throws {
        let tenant = try await client.tenants.get(tenantID: "team a/b+c")

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "getTenant", "GET", "/tenants/team%20a%2Fb%2Bc")
        #expect(request.headers["authorization"] == "Bearer \(MockSession.apiKey)")
        #expect(tenant.id == "tenant_acme")
        #expect(tenant.createdAt == (try date("2026-01-08T14:03:29Z")))
    }

    @Test func deletesTenant() async throws {
        let answer = try await client.tenants.delete(tenantID: "tenant_globex")

        try await session.onlyRequest().expectAccepted(as: "deleteTenant", "DELETE", "/tenants/tenant_globex")
        #expect(answer.success == true)
    }

    @Test func getsPortalURLInTheDarkTheme() async throws {
        let redirect = try await client.tenants.getPortalURL(tenantID: "tenant_acme", theme: .dark)

        try await session.onlyRequest().expectAccepted(
            as: "getTenantPortalUrl",
            "GET",
            "/tenants/tenant_acme/portal",
            query: [["theme", "dark"]]
        )
        let url = try #require(redirect.redirectURL)
        #expect(url.hasPrefix("https://portal.example.com/?token=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."))
        #expect(url.hasSuffix("&tenant_id=tenant_acme"))
        #expect(redirect.tenantID == "tenant_acme")
    }

    @Test func getsTenantToken() async throws {
        let token = try await client.tenants.getToken(tenantID: "tenant_acme")

        try await session.onlyRequest().expectAccepted(as: "getTenantToken", "GET", "/tenants/tenant_acme/token")
        #expect(token.token?.hasPrefix("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.") == true)
        #expect(token.tenantID == "tenant_acme")
    }
}
