import Foundation
import Outpost
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every operation of the document, called once through the SDK in one session, so that a single log shows
/// that the SDK reaches all of them and that the validator accepts each call.
@Suite("Every operation against the mock", .needsMockServer)
struct OperationCoverageContractTests {
    /// The `operationId` of every operation in `openapi.yaml`.
    static let operationIDs: Set<String> = [
        "healthCheck", "getManagedConfig", "updateManagedConfig", "listTenants", "upsertTenant", "getTenant",
        "deleteTenant", "getTenantPortalUrl", "getTenantToken", "listEvents", "getEvent", "listAttempts", "getAttempt",
        "listTenantDestinations", "createTenantDestination", "getTenantDestination", "updateTenantDestination",
        "deleteTenantDestination", "enableTenantDestination", "disableTenantDestination",
        "listTenantDestinationAttempts", "getTenantDestinationAttempt", "publishEvent", "retryEvent",
        "listDestinationTypeSchemas", "getDestinationTypeSchema", "listTopics", "getEventMetrics", "getAttemptMetrics",
    ]

    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func mockServesTheSameNumberOfOperations() async throws {
        let url = try MockServer.controlURL("/__mock/health")
        let (data, _) = try await URLSession.shared.data(for: URLRequest(url: url, timeoutInterval: 10))

        let health = try JSONCoding.parse(data)
        #expect(health["status"] == "ok")
        #expect(health["operations"] == .int(Int64(Self.operationIDs.count)))
        #expect(Self.operationIDs.count == 29)
    }

    @Test func everyOperationIsCalledOnceAndAcceptedByTheValidator() async throws {
        try await callInstanceOperations()
        try await callTenantOperations()
        try await callDestinationOperations()
        try await callHistoryOperations()

        let log = try await session.requests()
        let rejected = log.filter { $0.valid != true || $0.mockProblem != nil || $0.status.map { $0 >= 300 } != false }
        #expect(rejected.isEmpty, "refused: \(rejected.map { "\($0.path): \($0.validationMessage ?? "")" })")
        #expect(log.count == Self.operationIDs.count)
        #expect(Set(log.compactMap(\.operationID)) == Self.operationIDs)
    }

    private func callInstanceOperations() async throws {
        _ = try await session.client(credential: nil).health.check()
        _ = try await client.configuration.get()
        _ = try await client.configuration.update(ManagedConfig(maxRetryLimit: "8"))
        _ = try await client.schemas.listDestinationTypes()
        _ = try await client.schemas.getDestinationType(type: .kafka)
        _ = try await client.topics.list()
        let window = GetEventMetricsTime(start: try date("2026-12-03T00:00:00Z"), end: try date("2026-12-04T00:00:00Z"))
        _ = try await client.metrics.events(time: window, measures: [.count])
        let attemptWindow = GetAttemptMetricsTime(start: window.start, end: window.end)
        _ = try await client.metrics.attempts(time: attemptWindow, measures: [.errorRate], filtersManual: .true)
    }

    private func callTenantOperations() async throws {
        _ = try await client.tenants.list(limit: 10)
        _ = try await client.tenants.upsert(tenantID: "tenant_initech", TenantUpsert(metadata: .set(["plan": "pro"])))
        _ = try await client.tenants.get(tenantID: "tenant_initech")
        _ = try await client.tenants.getPortalURL(tenantID: "tenant_initech")
        _ = try await client.tenants.getToken(tenantID: "tenant_initech")
        _ = try await client.tenants.delete(tenantID: "tenant_initech")
    }

    private func callDestinationOperations() async throws {
        let tenant = "tenant_acme"
        let destination = "des_8Kq2xT4mWp"
        _ = try await client.destinations.list(tenantID: tenant)
        _ = try await client.destinations.create(tenantID: tenant, DestinationBody.kafka.body)
        _ = try await client.destinations.get(tenantID: tenant, destinationID: destination)
        let patch = DestinationUpdateWebhook(metadata: .set(["owner": nil]))
        _ = try await client.destinations.update(tenantID: tenant, destinationID: destination, .webhook(patch))
        _ = try await client.destinations.disable(tenantID: tenant, destinationID: destination)
        _ = try await client.destinations.enable(tenantID: tenant, destinationID: destination)
        _ = try await client.destinations.listAttempts(tenantID: tenant, destinationID: destination, status: .failed)
        _ = try await client.destinations.getAttempt(tenantID: tenant, destinationID: destination, attemptID: "atm_1")
        _ = try await client.destinations.delete(tenantID: tenant, destinationID: destination)
    }

    private func callHistoryOperations() async throws {
        _ = try await client.publish(PublishRequest(data: ["order_id": "ord_1"], topic: "order.placed"))
        _ = try await client.retry(RetryRequest(eventID: "evt_ord_5518_refunded", destinationID: "des_8Kq2xT4mWp"))
        _ = try await client.events.list(topic: ["order.placed"])
        _ = try await client.events.get(eventID: "evt_ord_5521_created")
        _ = try await client.attempts.list(destinationType: [.gcpPubsub])
        _ = try await client.attempts.get(attemptID: "atm_3kV9wq1ZtB", include: ["event"])
    }
}
