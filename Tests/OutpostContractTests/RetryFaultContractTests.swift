import Foundation
import Outpost
import Testing

/// Bursts of transient failures: retried for idempotent calls when the policy says so, never for a plain POST.
@Suite("Faults: bursts of transient failures", .needsMockServer)
struct RetryFaultContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    private func retryingClient(maxAttempts: Int = 4, clock: RecordingClock, recorder: ResponseRecorder)
        -> OutpostClient
    {
        session.client { configuration in
            configuration.retryPolicy = RetryPolicy(maxAttempts: maxAttempts, retriesTransientFailures: true)
            configuration.clock = clock
            configuration.responseObservers = [recorder.observer]
        }
    }

    @Test func idempotentCallSucceedsAfterABurstOf503s() async throws {
        let clock = RecordingClock()
        let recorder = ResponseRecorder()
        let client = retryingClient(clock: clock, recorder: recorder)

        let tenant = try await client.tenants.get(
            tenantID: "tenant_acme", options: session.prefer("scenario=server-error; times=3; code=503"))

        #expect(tenant.id == "tenant_acme")
        #expect(recorder.responses.map(\.attempt) == [1, 2, 3, 4])
        #expect(recorder.responses.map(\.status) == [503, 503, 503, 200])
        #expect(clock.waits.count == 3)
        let log = try await session.faultLog(count: 4)
        #expect(log.map(\.status) == [503, 503, 503, 200])
        #expect(log.allSatisfy { $0.headers["authorization"] == "Bearer \(MockSession.apiKey)" })
    }

    @Test func burstOutlastingTheAttemptsFailsWith503AfterEveryAttempt() async throws {
        let clock = RecordingClock()
        let recorder = ResponseRecorder()
        let client = retryingClient(maxAttempts: 3, clock: clock, recorder: recorder)

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(
                tenantID: "tenant_acme", options: session.prefer("scenario=server-error; times=10; code=503"))
        }

        #expect(error.kind == .httpStatus(503))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 503)
        #expect(error.attempts == 3)
        #expect(error.errorBody == APIErrorBody(status: 503, message: "service unavailable"))
        #expect(error.bodyExcerpt == #"{"status": 503, "message": "service unavailable"}"#)
        #expect(clock.waits.count == 2)
        #expect(try await session.faultLog(count: 3).map(\.status) == [503, 503, 503])
    }

    @Test func burstFailsAtOnceWhenRetriesAreOff() async throws {
        let clock = RecordingClock()
        let client = session.client(retryPolicy: .standard, clock: clock)

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(
                tenantID: "tenant_acme", options: session.prefer("scenario=server-error; times=3; code=503"))
        }

        #expect(error.kind == .httpStatus(503))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 503)
        #expect(error.attempts == 1)
        #expect(error.errorBody == APIErrorBody(status: 503, message: "service unavailable"))
        #expect(error.bodyExcerpt == #"{"status": 503, "message": "service unavailable"}"#)
        #expect(clock.waits.isEmpty)
        #expect(try await session.faultLog(count: 1).map(\.status) == [503])
    }

    @Test func nonIdempotentPostIsNotRetriedAfterA503() async throws {
        let clock = RecordingClock()
        let recorder = ResponseRecorder()
        let client = retryingClient(clock: clock, recorder: recorder)
        let body = DestinationCreate.webhook(
            DestinationCreateWebhook(
                topics: .string(.asterisk), config: WebhookConfig(url: "https://crm.example.org/hooks")))

        let error = try await #require(throws: OutpostError.self) {
            try await client.destinations.create(
                tenantID: "tenant_acme", body, options: session.prefer("scenario=server-error; times=3; code=503"))
        }

        #expect(error.kind == .httpStatus(503))
        #expect(error.operationID == "createTenantDestination")
        #expect(error.status == 503)
        #expect(error.bodyExcerpt == #"{"status": 503, "message": "service unavailable"}"#)
        #expect(error.attempts == 1)
        #expect(recorder.responses.map(\.attempt) == [1])
        #expect(clock.waits.isEmpty)
        #expect(try await session.faultLog(count: 1).map(\.status) == [503])
    }

    @Test func proxysHTMLPagesAreRetriedLikeAnyTransientStatus() async throws {
        let clock = RecordingClock()
        let recorder = ResponseRecorder()
        let client = retryingClient(clock: clock, recorder: recorder)

        let topics = try await client.topics.list(options: session.prefer("fault=html-error; times=2"))

        #expect(topics.first == "customer.updated")
        #expect(recorder.responses.map(\.status) == [502, 502, 200])
        #expect(try await session.faultLog(count: 3).map(\.fault).compactMap { $0 }.count == 2)
    }

    @Test func connectionCutMidBodyIsRetriedForAnIdempotentCall() async throws {
        let clock = RecordingClock()
        let recorder = ResponseRecorder()
        let client = retryingClient(clock: clock, recorder: recorder)

        let tenant = try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("fault=cut-body"))

        #expect(tenant.id == "tenant_acme")
        // The cut answer never reached the observers: only the complete one did, on the second attempt.
        #expect(recorder.responses.map(\.attempt) == [2])
        #expect(clock.waits.count == 1)
        #expect(try await session.faultLog(count: 2).map(\.fault).first??.hasPrefix("cut-body:") == true)
    }
}
