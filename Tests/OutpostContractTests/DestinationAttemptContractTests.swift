import Foundation
import Outpost
import Testing

@Suite("A destination's attempts against the mock", .needsMockServer)
struct DestinationAttemptContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func listsDestinationAttemptsWithEveryFilter() async throws {
        let page = try await client.destinations.listAttempts(
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp",
            eventID: ["evt_ord_5490_created", "evt_ord_5518_refunded"],
            status: .failed,
            topic: ["order.placed", "order.refunded"],
            time: Operator(gte: try date("2026-12-01T00:00:00Z"), lt: try date("2026-12-04T00:00:00.5Z")),
            limit: 2,
            next: "YXRtXzNrVjl3cTFadEI",
            include: ["event", "response_data"],
            orderBy: .time,
            dir: .asc
        )

        try await session.onlyRequest().expectAccepted(
            as: "listTenantDestinationAttempts",
            "GET",
            "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp/attempts",
            query: [
                ["event_id", "evt_ord_5490_created"], ["event_id", "evt_ord_5518_refunded"], ["status", "failed"],
                ["topic", "order.placed"], ["topic", "order.refunded"], ["time[gte]", "2026-12-01T00:00:00Z"],
                ["time[lt]", "2026-12-04T00:00:00.5Z"], ["limit", "2"], ["next", "YXRtXzNrVjl3cTFadEI"],
                ["include", "event"], ["include", "response_data"], ["order_by", "time"], ["dir", "asc"],
            ]
        )
        let attempts = try #require(page.models)
        #expect(attempts.map(\.id) == ["atm_Qw5eR7tY9u", "atm_9pR2cX7mLd"])
        #expect(attempts.map(\.status) == [.success, .failed])
        #expect(attempts[0].time == (try date("2026-12-02T10:00:01Z")))
        #expect(page.pagination?.next == nil)
        #expect(page.pagination?.prev == "YXRtXzNrVjl3cTFadEI")
    }

    @Test func getsDestinationAttemptWithItsResponseData() async throws {
        let attempt = try await client.destinations.getAttempt(
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp",
            attemptID: "atm_9pR2cX7mLd",
            include: ["response_data"]
        )

        try await session.onlyRequest().expectAccepted(
            as: "getTenantDestinationAttempt",
            "GET",
            "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp/attempts/atm_9pR2cX7mLd",
            query: [["include", "response_data"]]
        )
        #expect(attempt.code == "503")
        #expect(attempt.attemptNumber == 2)
        #expect(attempt.manual == false)
        #expect(attempt.responseData?["status_code"] == 503)
        #expect(attempt.responseData?["headers"] == ["retry-after": "30"])
        #expect(attempt.responseData?["body"] == "service unavailable")
    }
}
