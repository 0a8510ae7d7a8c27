import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct RetryTests {
    private let rateLimited = HTTPResponse.json(
        429, #"{"error": "rate limit exceeded"}"#, headers: ["Retry-After": "3"])
    private let success = HTTPResponse.json(200, Fixtures.tenantBody)

    @Test func retriesTooManyRequestsAfterRetryAfterSeconds() async throws {
        let transport = StubTransport(responses: [rateLimited, success])
        let clock = TestClock()
        let client = Fixtures.client(transport: transport, clock: clock)

        let tenant = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(tenant.id == "acme")
        #expect(clock.sleeps == [.seconds(3)])
        #expect(transport.requests.count == 2)
    }

    @Test func retriesAfterAnHTTPDate() async throws {
        let clock = TestClock(now: Date(timeIntervalSince1970: 784_111_777 - 10))
        let limited = HTTPResponse.json(429, "{}", headers: ["Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"])
        let client = Fixtures.client(transport: StubTransport(responses: [limited, success]), clock: clock)

        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(clock.sleeps == [.seconds(10)])
    }

    @Test(arguments: ["0", "Sun, 06 Nov 1994 08:49:37 GMT"])
    func retriesAtOnceForAZeroOrPastRetryAfter(value: String) async throws {
        let transport = StubTransport(responses: [.json(429, "{}", headers: ["Retry-After": value]), success])
        let clock = TestClock()
        let client = Fixtures.client(transport: transport, clock: clock)

        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(clock.sleeps.isEmpty)
        #expect(transport.requests.count == 2)
    }

    @Test func backsOffWithJitterWhenRetryAfterIsUnparsable() async throws {
        let limited = HTTPResponse.json(429, "{}", headers: ["Retry-After": "later"])
        let clock = TestClock()
        let client = Fixtures.client(transport: StubTransport(responses: [limited, limited, success]), clock: clock)

        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test func failsAtOnceWhenRetryAfterExceedsTheCap() async throws {
        let limited = HTTPResponse.json(
            429, #"{"error": "rate limit exceeded"}"#,
            headers: ["Retry-After": "86400", "X-RateLimit-Limit": "240", "X-RateLimit-Remaining": "0"])
        let transport = StubTransport(responses: [limited, success])
        let clock = TestClock()
        let client = Fixtures.client(transport: transport, clock: clock)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .rateLimited(retryAfter: .seconds(86400)))
        #expect(error?.errorBody?.message == "rate limit exceeded")
        #expect(error?.rateLimit?.limit == 240)
        #expect(error?.rateLimit?.remaining == 0)
        #expect(error?.attempts == 1)
        #expect(clock.sleeps.isEmpty)
        #expect(transport.requests.count == 1)
    }

    @Test func failsAtOnceForAHugeRetryAfter() async throws {
        let limited = HTTPResponse.json(429, "{}", headers: ["Retry-After": "999999999999999999999"])
        let client = Fixtures.client(transport: StubTransport(responses: [limited]))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .rateLimited(retryAfter: .seconds(1_000_000_000)))
    }

    @Test func stopsAfterTheAttemptCap() async throws {
        let transport = StubTransport(responses: [rateLimited])
        let clock = TestClock()
        let client = Fixtures.client(transport: transport, clock: clock, retryPolicy: RetryPolicy(maxAttempts: 3))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .rateLimited(retryAfter: .seconds(3)))
        #expect(error?.attempts == 3)
        #expect(transport.requests.count == 3)
        #expect(clock.sleeps == [.seconds(3), .seconds(3)])
    }

    @Test func stopsWhenTheNextWaitWouldPassTheTimeCap() async throws {
        let limited = HTTPResponse.json(429, "{}", headers: ["Retry-After": "20"])
        let transport = StubTransport(responses: [limited])
        let clock = TestClock()
        let policy = RetryPolicy(maxAttempts: 10, maxTotalTime: .seconds(50))
        let client = Fixtures.client(transport: transport, clock: clock, retryPolicy: policy)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.attempts == 3)
        #expect(clock.sleeps == [.seconds(20), .seconds(20)])
    }

    @Test func perCallPolicyOverridesTheClientPolicy() async throws {
        let transport = StubTransport(responses: [rateLimited, success])
        let client = Fixtures.client(transport: transport)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(
                Fixtures.getTenant, Fixtures.tenantInput, options: RequestOptions(retryPolicy: .never))
        }

        #expect(error?.kind == .rateLimited(retryAfter: .seconds(3)))
        #expect(transport.requests.count == 1)
    }

    @Test func cancellingTheTaskEndsAWaitAtOnce() async throws {
        let clock = HangingClock()
        let limited = HTTPResponse.json(429, "{}", headers: ["Retry-After": "30"])
        let client = Fixtures.client(transport: StubTransport(responses: [limited]), clock: clock)

        let call = Task { try await client.send(Fixtures.getTenant, Fixtures.tenantInput) }
        var started = clock.sleepStarted.makeAsyncIterator()
        let wait = await started.next()
        call.cancel()

        #expect(wait == .seconds(30))
        await #expect(throws: CancellationError.self) {
            _ = try await call.value
        }
    }

    @Test func doesNotRetryServerErrorsOfAPostWithoutEventID() async throws {
        let transport = StubTransport(responses: [.json(503, #"{"status": 503, "message": "unavailable"}"#), success])
        let policy = RetryPolicy(retriesTransientFailures: true)
        let client = Fixtures.client(transport: transport, retryPolicy: policy)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.publish, OperationInput(body: .json(["topic": "user.created"])))
        }

        #expect(error?.kind == .httpStatus(503))
        #expect(error?.errorBody?.message == "unavailable")
        #expect(transport.requests.count == 1)
    }

    @Test func retriesServerErrorsOfAPublishWithItsOwnEventID() async throws {
        let accepted = HTTPResponse.json(202, Fixtures.tenantBody)
        let transport = StubTransport(responses: [.json(502, "bad gateway"), accepted])
        let clock = TestClock()
        let client = Fixtures.client(
            transport: transport, clock: clock, retryPolicy: RetryPolicy(retriesTransientFailures: true))
        let input = OperationInput(body: .json(["id": "evt_1", "topic": "user.created"]), isIdempotent: true)

        _ = try await client.send(Fixtures.publish, input)

        #expect(transport.requests.count == 2)
        #expect(transport.requests[0].body == transport.requests[1].body)
        #expect(transport.requests[0].headers == transport.requests[1].headers)
        #expect(clock.sleeps == [.milliseconds(500)])
    }

    @Test func retriesServerErrorsOnlyWhenOptedIn() async throws {
        let transport = StubTransport(responses: [.json(500, "{}"), success])
        let client = Fixtures.client(transport: transport)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .httpStatus(500))
        #expect(transport.requests.count == 1)
    }

    @Test func retriesConnectionFailuresOfIdempotentRequestsWhenOptedIn() async throws {
        let transport = StubTransport { _, number in
            guard number > 1 else { throw TransportFailure(.connectionFailed) }
            return .json(200, Fixtures.tenantBody)
        }
        let client = Fixtures.client(transport: transport, retryPolicy: RetryPolicy(retriesTransientFailures: true))

        let tenant = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(tenant.id == "acme")
        #expect(transport.requests.count == 2)
    }

    @Test func reportsTransportFailuresAndTimeouts() async throws {
        let failing = StubTransport { _, _ in throw TransportFailure(.connectionFailed) }
        let timingOut = StubTransport { _, _ in throw TransportFailure(.timedOut) }

        let failure = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: failing).send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        let timeout = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: timingOut).send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(failure?.kind == .transport)
        #expect(failure?.underlyingError is TransportFailure)
        #expect(timeout?.kind == .timeout)
        #expect(failing.requests.count == 1)
    }
}
