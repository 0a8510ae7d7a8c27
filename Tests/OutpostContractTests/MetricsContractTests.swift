import Foundation
import Outpost
import Testing

@Suite("Metrics against the mock", .needsMockServer)
struct MetricsContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func aggregatesEventsOverATimeWindowWithMultiValuedFilters() async throws {
        let metrics = try await client.metrics.events(
            time: GetEventMetricsTime(start: try date("2026-12-03T00:00:00Z"), end: try date("2026-12-04T00:00:00Z")),
            granularity: "6h",
            measures: [.count, .rate],
            dimensions: [.topic, .destinationID],
            filtersTopic: ["order.placed", "invoice.paid"],
            filtersDestinationID: ["des_8Kq2xT4mWp", "des_kns_analytics"],
            filtersTenantID: ["tenant_acme"]
        )

        // The runtime writes a deepObject's members in the order of their names, as it writes JSON objects.
        try await session.onlyRequest().expectAccepted(
            as: "getEventMetrics",
            "GET",
            "/metrics/events",
            query: [
                ["time[end]", "2026-12-04T00:00:00Z"], ["time[start]", "2026-12-03T00:00:00Z"], ["granularity", "6h"],
                ["measures", "count"], ["measures", "rate"], ["dimensions", "topic"],
                ["dimensions", "destination_id"], ["filters[topic]", "order.placed"],
                ["filters[topic]", "invoice.paid"], ["filters[destination_id]", "des_8Kq2xT4mWp"],
                ["filters[destination_id]", "des_kns_analytics"], ["filters[tenant_id]", "tenant_acme"],
            ]
        )
        let rows = try #require(metrics.data)
        #expect(rows.map(\.timeBucket) == [try date("2026-12-03T00:00:00Z"), try date("2026-12-03T06:00:00Z")])
        #expect(rows.map(\.dimensions) == [["topic": "order.placed"], ["topic": "order.placed"]])
        #expect(rows[1].metrics == ["count": 15230, "rate": 0.705])
        #expect(metrics.metadata?.granularity == "6h")
        #expect(metrics.metadata?.queryTimeMS == 27)
        #expect(metrics.metadata?.truncated == false)
    }

    @Test func aggregatesAttemptsWithEveryFilter() async throws {
        let metrics = try await client.metrics.attempts(
            time: GetAttemptMetricsTime(start: try date("2026-12-03T00:00:00Z"), end: try date("2026-12-03T12:00:00Z")),
            granularity: "12h",
            measures: [.successfulCount, .failedCount, .errorRate],
            dimensions: [.destinationID, .destinationType, .attemptNumber],
            filtersDestinationID: ["des_8Kq2xT4mWp", "des_kns_analytics"],
            filtersDestinationType: [.webhook, .awsKinesis],
            filtersTopic: ["order.placed"],
            filtersStatus: [.success, .failed],
            filtersCode: ["200", "503"],
            filtersManual: .false,
            filtersAttemptNumber: ["1", "2"],
            filtersTenantID: ["tenant_acme", "tenant_globex"]
        )

        try await session.onlyRequest().expectAccepted(
            as: "getAttemptMetrics",
            "GET",
            "/metrics/attempts",
            query: [
                ["time[end]", "2026-12-03T12:00:00Z"], ["time[start]", "2026-12-03T00:00:00Z"],
                ["granularity", "12h"], ["measures", "successful_count"], ["measures", "failed_count"],
                ["measures", "error_rate"], ["dimensions", "destination_id"], ["dimensions", "destination_type"],
                ["dimensions", "attempt_number"], ["filters[destination_id]", "des_8Kq2xT4mWp"],
                ["filters[destination_id]", "des_kns_analytics"], ["filters[destination_type]", "webhook"],
                ["filters[destination_type]", "aws_kinesis"], ["filters[topic]", "order.placed"],
                ["filters[status]", "success"], ["filters[status]", "failed"], ["filters[code]", "200"],
                ["filters[code]", "503"], ["filters[manual]", "false"], ["filters[attempt_number]", "1"],
                ["filters[attempt_number]", "2"], ["filters[tenant_id]", "tenant_acme"],
                ["filters[tenant_id]", "tenant_globex"],
            ]
        )
        let rows = try #require(metrics.data)
        let destinations = rows.map { $0.dimensions?["destination_id"] }
        #expect(destinations == ["des_8Kq2xT4mWp", "des_kns_analytics"])
        #expect(rows[0].metrics == ["successful_count": 2931, "failed_count": 12])
        #expect(metrics.metadata?.rowCount == 2)
        #expect(metrics.metadata?.rowLimit == 10000)
    }
}
