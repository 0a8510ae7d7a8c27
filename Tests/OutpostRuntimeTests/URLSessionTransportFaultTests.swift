import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct URLSessionTransportFaultTests {
    private let transport = URLSessionTransport()
    private static let body = #"{"id": "tenant_acme", "topics": ["order.placed", "invoice.paid"]}"#

    private func request(_ url: URL, timeout: Duration = .seconds(10), limit: Int = 1 << 20) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, timeout: timeout, maxResponseBodyBytes: limit)
    }

    @Test func failsABodyThatKeepsTricklingInOnceTheTimeoutHasPassed() async throws {
        // A byte every 50 ms keeps URLSession's idle timer from firing for the 3 seconds the body takes.
        let server = try TricklingServer(body: Self.body, pause: .milliseconds(50))
        defer { server.stop() }

        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL, timeout: .milliseconds(400)))
        }

        #expect(failure?.reason == .timedOut)
        // The head is sent at once, so it has arrived, with the start of the body.
        let partial = try #require(failure?.partialResponse)
        #expect(partial.status == 200)
        #expect(Self.body.utf8.starts(with: partial.body))
        #expect(partial.body.count < Self.body.utf8.count)
    }

    @Test func readsATrickledBodyThatEndsWithinTheTimeout() async throws {
        let server = try TricklingServer(body: #"{"id": "a"}"#, pause: .milliseconds(5))
        defer { server.stop() }

        let response = try await transport.send(request(server.baseURL, timeout: .seconds(30)))

        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"id": "a"}"#)
    }

    @Test func reportsTheStatusAndTheBodyThatArrivedBeforeTheConnectionWasCut() async throws {
        let server = try LoopbackServer { _ in
            Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nX-Request-ID: r1\r\n\r\n{\"models\": [".utf8)
        }
        defer { server.stop() }

        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL))
        }

        #expect(failure?.reason == .connectionFailed)
        #expect(failure?.partialResponse?.status == 200)
        #expect(failure?.partialResponse?.headers["x-request-id"] == "r1")
        #expect(failure?.partialResponse.map { String(decoding: $0.body, as: UTF8.self) } == #"{"models": ["#)
    }

    @Test func keepsNoMoreThanTheLimitOfABodyPastIt() async throws {
        let server = try LoopbackServer { _ in
            Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n".utf8)
                + Array(repeating: UInt8(ascii: "x"), count: 4096) + Array("\r\n0\r\n\r\n".utf8)
        }
        defer { server.stop() }

        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL, limit: 1024))
        }

        #expect(failure?.reason == .responseTooLarge)
        #expect(failure?.partialResponse?.status == 200)
        #expect((failure?.partialResponse?.body.count ?? .max) <= 1024)
    }

    @Test func reportsNoPartialResponseWhenNothingArrived() async throws {
        let server = try LoopbackServer { _ in [] }
        defer { server.stop() }

        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL))
        }

        #expect(failure?.reason == .connectionFailed)
        #expect(failure?.partialResponse == nil)
    }
}

extension URLSessionTransportFaultTests {
    @Test(
        "URLSession's own timeout stays whole seconds above the request's",
        arguments: [
            (Duration.milliseconds(250), 2.0), (.milliseconds(999), 2), (.seconds(1), 2), (.milliseconds(1500), 3),
            (.seconds(60), 61), (.zero, 1),
        ])
    func setsURLSessionsTimeoutAboveTheDeadline(timeout: Duration, expected: TimeInterval) throws {
        let url = try #require(URL(string: "http://127.0.0.1:1/"))

        let urlRequest = URLSessionTransport.urlRequest(for: HTTPRequest(method: .get, url: url, timeout: timeout))

        #expect(urlRequest.timeoutInterval == expected)
    }
}

extension URLSessionTransportFaultTests {
    @Test func refusesADeclaredLengthPastTheLimitWithoutReadingTheBody() async throws {
        let server = try LoopbackServer { _ in
            LoopbackServer.response(status: 200, body: String(repeating: "x", count: 64 * 1024))
        }
        defer { server.stop() }

        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL, limit: 1024))
        }

        #expect(failure?.reason == .responseTooLarge)
        #expect(failure?.partialResponse?.status == 200)
        #expect(failure?.partialResponse?.headers["content-length"] == "65536")
        #expect(failure?.partialResponse?.body.isEmpty == true)
    }
}

extension URLSessionTransportFaultTests {
    @Test func aDeadlineThatHasPassedBeforeTheRequestStartsStillEndsIt() async throws {
        // The body takes 3 seconds to trickle in, and a zero timeout has passed before the task is even running;
        // the deadline must still find the task, or the trickle would carry the request to a successful end.
        let server = try TricklingServer(body: Self.body, pause: .milliseconds(50))
        defer { server.stop() }

        for _ in 1...3 {
            let failure = await #expect(throws: TransportFailure.self) {
                _ = try await transport.send(request(server.baseURL, timeout: .zero))
            }
            #expect(failure?.reason == .timedOut)
        }
    }
}
