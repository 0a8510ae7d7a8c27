import Foundation
import Outpost
import Testing

@Suite("Paging through lists against the mock", .needsMockServer)
struct PaginationContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func walksTenantsToTheEndOverThreePagesWithEveryItemOnceInOrder() async throws {
        let pager = client.tenants.listAll(options: session.prefer("scenario=pages; pages=3; page-size=2"))

        var ids: [String] = []
        for try await tenant in pager.items {
            ids.append(try #require(tenant.id))
        }

        #expect(ids == (1...6).map { "tenant_acme_\($0)" })
        let log = try await session.requests()
        try #require(log.count == 3)
        #expect(log.allSatisfy { $0.operationID == "listTenants" && $0.valid == true && $0.mockProblem == nil })
        #expect(log[0].queryItems == [])
        #expect(log[1].queryItems.map(\.first) == ["next"])
        #expect(log[2].queryItems.map(\.first) == ["next"])
        #expect(log[1].queryItems != log[2].queryItems)
    }

    @Test func walksADestinationsAttemptsPageByPageKeepingFiltersAndLimit() async throws {
        let pager = client.destinations.listAllAttempts(
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp",
            status: .failed,
            limit: 3,
            options: session.prefer("scenario=pages; pages=3; page-size=3")
        )

        var pages: [[String]] = []
        for try await page in pager {
            pages.append(page.items.compactMap(\.id))
        }

        #expect(pages == [[1, 2, 3], [4, 5, 6], [7, 8, 9]].map { $0.map { "atm_Qw5eR7tY9u_\($0)" } })
        let log = try await session.requests()
        try #require(log.count == 3)
        let operation = "listTenantDestinationAttempts"
        let path = "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp/attempts"
        let filters = [["status", "failed"], ["limit", "3"]]
        log[0].expectAccepted(as: operation, "GET", path, query: filters)
        for request in log.dropFirst() {
            let cursor = try #require(request.queryItems.last?.last)
            request.expectAccepted(as: operation, "GET", path, query: filters + [["next", cursor]])
        }
    }
}
