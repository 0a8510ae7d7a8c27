import Foundation
import Outpost
import Testing

@Suite("Rate limits and timeouts against the mock", .needsMockServer)
struct ResilienceContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func rateLimitedTwiceThenSucceedsAfterWaitingAsRetryAfterAsks() async throws {
        let clock = RecordingClock()
        let client = session.client(retryPolicy: .standard, clock: clock)

        let tenant = try await client.tenants.get(
            tenantID: "tenant_acme",
            options: session.prefer("scenario=rate-limit; times=2; retry-after=3")
        )

        #expect(tenant.id == "tenant_acme")
        #expect(clock.waits == [.seconds(3), .seconds(3)])
        let log = try await session.requests()
        #expect(log.map(\.status) == [429, 429, 200])
        #expect(log.allSatisfy { $0.operationID == "getTenant" && $0.valid == true })
    }

    @Test func rateLimitOutlastingTheRetriesFailsWithTheRequestedDelay() async throws {
        let clock = RecordingClock()
        let client = session.client(retryPolicy: RetryPolicy(maxAttempts: 2), clock: clock)

        let error = try await #require(throws: OutpostError.self) {
            try await client.topics.list(options: session.prefer("scenario=rate-limit; times=5; retry-after=7"))
        }

        #expect(error.kind == .rateLimited(retryAfter: .seconds(7)))
        #expect(error.status == 429)
        #expect(error.attempts == 2)
        #expect(error.errorBody?.message == "rate limit exceeded")
        #expect(error.rateLimit?.limit == 60)
        #expect(error.rateLimit?.remaining == 0)
        #expect(clock.waits == [.seconds(7)])
        #expect(try await session.requests().map(\.status) == [429, 429])
    }

    @Test func serverErrorIsRetriedForAPublishThatCarriesItsID() async throws {
        let clock = RecordingClock()
        let client = session.client(retryPolicy: RetryPolicy(retriesTransientFailures: true), clock: clock)
        let event = PublishRequest(data: ["order_id": "ord_5521"], id: "evt_ord_5521_created")
        let failingOnce = session.prefer("scenario=server-error; times=1; code=503")

        let answer = try await client.publish(event, options: failingOnce)

        #expect(answer.id == "evt_ord_5521_created")
        #expect(clock.waits.count == 1)
        #expect(try await session.requests().map(\.status) == [503, 202])
    }

    @Test func serverErrorIsNotRetriedForAPublishWithoutID() async throws {
        let clock = RecordingClock()
        let client = session.client(retryPolicy: RetryPolicy(retriesTransientFailures: true), clock: clock)
        let event = PublishRequest(data: ["order_id": "ord_5521"])

        let error = try await #require(throws: OutpostError.self) {
            try await client.publish(event, options: session.prefer("scenario=server-error; times=1; code=503"))
        }

        #expect(error.kind == .httpStatus(503))
        #expect(error.errorBody == APIErrorBody(status: 503, message: "service unavailable"))
        #expect(error.attempts == 1)
        #expect(clock.waits.isEmpty)
        #expect(try await session.requests().map(\.status) == [503])
    }

    @Test func delayedAnswerFailsWithTimeout() async throws {
        let client = session.client(timeout: .milliseconds(250))

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("delay=10000"))
        }

        #expect(error.kind == .timeout)
        #expect(error.status == nil)
        #expect(error.attempts == 1)
        // The request reached the mock, which answers it only after the client has given up; whether the answer
        // is logged by the time the log is read depends on how busy the tests beside this one keep the mock.
        let request = try await session.onlyRequest()
        #expect(request.path == MockServer.apiPath + "/tenants/tenant_acme")
        #expect(request.headers["prefer"] == "delay=10000")
    }
}
