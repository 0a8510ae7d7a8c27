import Foundation
import Outpost
import Testing

@Suite("Attempts against the mock", .needsMockServer)
struct AttemptContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func listsAttemptsWithEveryFilter() async throws {
        let page = try await client.attempts.list(
            tenantID: ["tenant_acme"],
            eventID: ["evt_ord_5521_created", "evt_ord_5518_refunded"],
            destinationID: ["des_8Kq2xT4mWp", "des_kns_analytics"],
            destinationType: [.webhook, .awsSQS],
            status: .success,
            topic: ["order.placed"],
            time: Operator(gt: try date("2026-12-02T00:00:00Z")),
            limit: 2,
            next: "YXRtXzlwUjJjWDdtTGQ",
            include: ["event.data", "destination"],
            orderBy: .time,
            dir: .desc
        )

        try await session.onlyRequest().expectAccepted(
            as: "listAttempts",
            "GET",
            "/attempts",
            query: [
                ["tenant_id", "tenant_acme"],
                ["event_id", "evt_ord_5521_created"], ["event_id", "evt_ord_5518_refunded"],
                ["destination_id", "des_8Kq2xT4mWp"], ["destination_id", "des_kns_analytics"],
                ["destination_type", "webhook"], ["destination_type", "aws_sqs"], ["status", "success"],
                ["topic", "order.placed"], ["time[gt]", "2026-12-02T00:00:00Z"], ["limit", "2"],
                ["next", "YXRtXzlwUjJjWDdtTGQ"], ["include", "event.data"], ["include", "destination"],
                ["order_by", "time"], ["dir", "desc"],
            ]
        )
        let attempts = try #require(page.models)
        #expect(attempts.map(\.id) == ["atm_3kV9wq1ZtB", "atm_9pR2cX7mLd"])
        #expect(attempts.map(\.code) == ["200", "503"])
        #expect(attempts[1].eventID == "evt_ord_5518_refunded")
        // The call followed a `next` cursor, and the mock answers that with the last page.
        #expect(page.pagination?.next == nil)
        #expect(page.pagination?.limit == 2)
    }

    @Test func listsAttemptsWithTheirResponseData() async throws {
        let page = try await client.attempts.list(
            include: ["response_data"],
            options: session.prefer("example=withResponseData")
        )

        try await session.onlyRequest().expectAccepted(
            as: "listAttempts",
            "GET",
            "/attempts",
            query: [["include", "response_data"]]
        )
        let attempt = try #require(page.models?.first)
        let responseData: [String: JSONValue] = [
            "status_code": 200, "headers": ["content-type": "text/plain"], "body": "received",
        ]
        #expect(attempt.responseData == responseData)
        #expect(page.pagination?.limit == 1)
    }

    @Test func getsAttemptWithItsDestinationEmbedded() async throws {
        let attempt = try await client.attempts.get(
            attemptID: "atm_3kV9wq1ZtB",
            tenantID: "tenant_acme",
            include: ["destination"],
            options: session.prefer("example=withDestination")
        )

        try await session.onlyRequest().expectAccepted(
            as: "getAttempt",
            "GET",
            "/attempts/atm_3kV9wq1ZtB",
            query: [["tenant_id", "tenant_acme"], ["include", "destination"]]
        )
        #expect(attempt.status == .success)
        #expect(attempt.time == (try date("2026-12-03T17:42:09.130Z")))
        guard case .webhook(let webhook) = try #require(attempt.destination) else {
            Issue.record("the embedded destination decoded as \(String(describing: attempt.destination))")
            return
        }
        #expect(webhook.id == "des_8Kq2xT4mWp")
        #expect(webhook.metadata == ["owner": "billing-team"])
    }
}
