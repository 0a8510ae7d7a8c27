import Foundation
import Outpost
import Testing

@Suite("Events against the mock", .needsMockServer)
struct EventContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func listsEventsWithMultiValuedFiltersAndATimeRange() async throws {
        let page = try await client.events.list(
            id: ["evt_ord_5521_created", "evt_inv_0093_paid"],
            tenantID: ["tenant_acme", "tenant_globex"],
            destinationID: ["des_8Kq2xT4mWp"],
            topic: ["order.placed", "invoice.paid"],
            time: Operator(gte: try date("2026-12-01T00:00:00Z"), lte: try date("2026-12-03T23:59:59.999Z")),
            limit: 2,
            prev: "ZXZ0X29yZF81NTIx",
            orderBy: .time,
            dir: .desc
        )

        try await session.onlyRequest().expectAccepted(
            as: "listEvents",
            "GET",
            "/events",
            query: [
                ["id", "evt_ord_5521_created"], ["id", "evt_inv_0093_paid"], ["tenant_id", "tenant_acme"],
                ["tenant_id", "tenant_globex"], ["destination_id", "des_8Kq2xT4mWp"], ["topic", "order.placed"],
                ["topic", "invoice.paid"], ["time[gte]", "2026-12-01T00:00:00Z"],
                ["time[lte]", "2026-12-03T23:59:59.999Z"], ["limit", "2"], ["prev", "ZXZ0X29yZF81NTIx"],
                ["order_by", "time"], ["dir", "desc"],
            ]
        )
        let events = try #require(page.models)
        #expect(events.map(\.id) == ["evt_ord_5521_created", "evt_inv_0093_paid"])
        #expect(events[0].matchedDestinationIDs == ["des_8Kq2xT4mWp", "des_kns_analytics"])
        #expect(events[0].metadata == ["source": "checkout"])
        #expect(events[1].metadata == nil)
        #expect(events[1].data == ["invoice_id": "inv_0093", "amount_due": 0])
        #expect(page.pagination?.next == "ZXZ0X2ludl8wMDkzX3BhaWQ")
    }

    @Test func percentEncodesReservedCharactersInQueryValues() async throws {
        let topics = ["order placed", "a&b=c", "x+y", "caf\u{E9}/50%"]

        _ = try await client.events.list(topic: topics)

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "listEvents", "GET", "/events", query: topics.map { ["topic", $0] })
        #expect(request.query == "topic=order%20placed&topic=a%26b%3Dc&topic=x%2By&topic=caf%C3%A9%2F50%25")
    }

    @Test func getsEventOfATenantWithItsPayload() async throws {
        let event = try await client.events.get(eventID: "evt_ord_5521_created", tenantID: "tenant_acme")

        try await session.onlyRequest().expectAccepted(
            as: "getEvent",
            "GET",
            "/events/evt_ord_5521_created",
            query: [["tenant_id", "tenant_acme"]]
        )
        #expect(event.topic == "order.placed")
        #expect(event.time == (try date("2026-12-03T17:42:08.512Z")))
        #expect(event.data == ["order_id": "ord_5521", "total": 129.9, "currency": "EUR"])
    }
}
