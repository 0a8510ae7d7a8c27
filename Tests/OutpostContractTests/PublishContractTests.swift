import Foundation
import Outpost
import Testing

@Suite("Publishing and retrying against the mock", .needsMockServer)
struct PublishContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func publishesEventWithEveryField() async throws {
        let event = PublishRequest(
            data: ["order_id": "ord_5521", "total": 129.9, "currency": "EUR", "items": [["sku": "A-1", "qty": 2]]],
            id: "evt_ord_5521_created",
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp",
            topic: "order.placed",
            eligibleForRetry: true,
            time: try date("2026-12-03T17:42:08.512Z"),
            metadata: ["source": "checkout"]
        )

        let answer = try await client.publish(event)

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "publishEvent", "POST", "/publish")
        try request.expectBody(
            #"""
            {"id": "evt_ord_5521_created", "tenant_id": "tenant_acme", "destination_id": "des_8Kq2xT4mWp",
             "topic": "order.placed", "eligible_for_retry": true, "time": "2026-12-03T17:42:08.512Z",
             "metadata": {"source": "checkout"},
             "data": {"order_id": "ord_5521", "total": 129.9, "currency": "EUR", "items": [{"sku": "A-1", "qty": 2}]}}
            """#
        )
        #expect(request.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(answer.id == "evt_ord_5521_created")
        #expect(answer.duplicate == false)
        #expect(answer.destinationIDs == ["des_8Kq2xT4mWp", "des_kns_analytics"])
    }

    @Test func publishingAKnownIDReportsADuplicate() async throws {
        let event = PublishRequest(data: ["order_id": "ord_5521"], id: "evt_ord_5521_created")

        let answer = try await client.publish(event, options: session.prefer("example=duplicate"))

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "publishEvent", "POST", "/publish")
        try request.expectBody(#"{"id": "evt_ord_5521_created", "data": {"order_id": "ord_5521"}}"#)
        #expect(answer.duplicate == true)
        #expect(answer.destinationIDs == [])
    }

    @Test func retriesDeliveryOfAnEventToADestination() async throws {
        let answer = try await client.retry(
            RetryRequest(eventID: "evt_ord_5518_refunded", destinationID: "des_8Kq2xT4mWp")
        )

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "retryEvent", "POST", "/retry")
        try request.expectBody(#"{"event_id": "evt_ord_5518_refunded", "destination_id": "des_8Kq2xT4mWp"}"#)
        #expect(request.status == 202)
        #expect(answer.success == true)
    }
}
