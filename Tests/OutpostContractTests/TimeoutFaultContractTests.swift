import Foundation
import Outpost
import Testing

/// A server slower than the client's timeout: every call ends with a timeout, never waits for the whole answer.
@Suite("Faults: answers slower than the timeout", .needsMockServer)
struct TimeoutFaultContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func bodyTrickledOverLongerThanTheTimeoutFailsWithTimeout() async throws {
        // The mock sends a piece every 100 ms for 5 seconds, so the connection is never idle for 500 ms.
        let client = session.client(timeout: .milliseconds(500))

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("fault=trickle"))
        }

        #expect(error.kind == .timeout)
        #expect(error.operationID == "getTenant")
        #expect(error.attempts == 1)
        #expect(error.errorBody == nil)
        // Headers may or may not have arrived by then; whatever body arrived is the start of the tenant.
        #expect(FaultContractTests.tenantJSON.hasPrefix(error.bodyExcerpt ?? ""))
        #expect(try await session.faultLog(count: 1).map(\.fault) == ["trickle: 273 bytes in 50 pieces over 5 seconds"])
    }

    @Test func perCallTimeoutOverridesTheClientsForATrickledBody() async throws {
        let client = session.client(timeout: .seconds(30))

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(
                tenantID: "tenant_acme", options: session.prefer("fault=trickle", timeout: .milliseconds(400)))
        }

        #expect(error.kind == .timeout)
        #expect(error.operationID == "getTenant")
        #expect(error.attempts == 1)
        #expect(error.errorBody == nil)
    }

    @Test func timedOutAttemptsAreRetriedBoundedlyWhenTransientFailuresAreRetried() async throws {
        let clock = RecordingClock()
        let client = session.client(
            timeout: .milliseconds(300), retryPolicy: RetryPolicy(maxAttempts: 2, retriesTransientFailures: true),
            clock: clock)

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("fault=trickle; times=2"))
        }

        #expect(error.kind == .timeout)
        #expect(error.operationID == "getTenant")
        #expect(error.attempts == 2)
        #expect(clock.waits.count == 1)
        #expect(try await session.faultLog(count: 2).compactMap(\.fault).count == 2)
    }
}
