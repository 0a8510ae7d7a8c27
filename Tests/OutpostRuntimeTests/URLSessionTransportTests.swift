import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct URLSessionTransportTests {
    private let transport = URLSessionTransport()

    private func request(_ url: URL, token: String = "secret-token") -> HTTPRequest {
        HTTPRequest(
            method: .get, url: url, headers: ["Authorization": "Bearer \(token)", "User-Agent": SDKVersion.userAgent],
            timeout: .seconds(10))
    }

    @Test func sendsTheRequestAndReturnsTheResponse() async throws {
        let server = try LoopbackServer { _ in
            LoopbackServer.response(status: 200, headers: ["X-RateLimit-Remaining": "5"], body: #"{"id":"acme"}"#)
        }
        defer { server.stop() }

        let response = try await transport.send(request(server.baseURL.appendingPathComponent("tenants/acme")))

        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"id":"acme"}"#)
        #expect(response.headers["x-ratelimit-remaining"] == "5")
        #expect(server.requests.first?.requestLine == "GET /tenants/acme HTTP/1.1")
        #expect(server.requests.first?.headers["user-agent"] == SDKVersion.userAgent)
    }

    @Test func joinsTheValuesOfFieldsThatShareANameWithCommas() async throws {
        let server = try LoopbackServer { _ in LoopbackServer.response(status: 200, body: "{}") }
        defer { server.stop() }
        var sent = request(server.baseURL)
        sent.headers.append(name: "X-Trace", value: "a")
        sent.headers.append(name: "x-trace", value: "b")

        _ = try await transport.send(sent)

        #expect(server.requests.first?.headers["x-trace"] == "a,b")
        #expect(server.requests.first?.headers["authorization"] == "Bearer secret-token")
        let fields = URLSessionTransport.headerFields(of: sent.headers)
        #expect(fields["X-Trace"] == "a,b")
        #expect(fields.count == 3)
    }

    @Test func stripsTheCredentialWhenARedirectLeadsToAnotherOrigin() async throws {
        let target = try LoopbackServer { _ in LoopbackServer.response(status: 200, body: "{}") }
        defer { target.stop() }
        let origin = try LoopbackServer { _ in
            LoopbackServer.response(status: 307, headers: ["Location": "\(target.baseURL)/landing"])
        }
        defer { origin.stop() }

        let response = try await transport.send(request(origin.baseURL.appendingPathComponent("start")))

        #expect(response.status == 200)
        #expect(origin.requests.first?.headers["authorization"] == "Bearer secret-token")
        #expect(target.requests.count == 1)
        #expect(target.requests.first?.headers["authorization"] == nil)
    }

    @Test func keepsTheCredentialOnASameOriginRedirect() async throws {
        let server = try LoopbackServer { request in
            request.requestLine.hasPrefix("GET /start")
                ? LoopbackServer.response(status: 307, headers: ["Location": "/landing"])
                : LoopbackServer.response(status: 200, body: "{}")
        }
        defer { server.stop() }

        let response = try await transport.send(request(server.baseURL.appendingPathComponent("start")))

        #expect(response.status == 200)
        #expect(server.requests.map { $0.headers["authorization"] } == ["Bearer secret-token", "Bearer secret-token"])
    }

    @Test func mapsAConnectionCutMidBodyToATransportFailure() async throws {
        let server = try LoopbackServer { _ in
            Array("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{\"models\": [".utf8)
        }
        defer { server.stop() }

        let error = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(server.baseURL))
        }

        #expect(error?.reason == .connectionFailed)
    }

    @Test func classifiesLinuxsUnknownErrorAsAConnectionFailure() {
        let unknown = NSError(domain: NSURLErrorDomain, code: -1)
        let lost = NSError(domain: NSURLErrorDomain, code: -1005)
        let timedOut = NSError(domain: NSURLErrorDomain, code: -1001)

        #expect((TransportDelegate.classify(unknown) as? TransportFailure)?.reason == .connectionFailed)
        #expect((TransportDelegate.classify(lost) as? TransportFailure)?.reason == .connectionFailed)
        #expect((TransportDelegate.classify(timedOut) as? TransportFailure)?.reason == .timedOut)
        #expect(TransportDelegate.classify(NSError(domain: NSURLErrorDomain, code: -999)) is CancellationError)
    }

    @Test func stopsReadingABodyAboveTheLimit() async throws {
        let server = try LoopbackServer { _ in
            LoopbackServer.response(status: 200, body: String(repeating: "x", count: 4096))
        }
        defer { server.stop() }

        var limited = request(server.baseURL)
        limited.maxResponseBodyBytes = 1024
        let error = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(limited)
        }

        #expect(error?.reason == .responseTooLarge)
    }

    @Test func comparesOriginsBySchemeHostAndPort() {
        let url = { (text: String) in URL(string: text) }
        #expect(TransportDelegate.sameOrigin(url("https://a.test/x"), url("https://A.test:443/y")))
        #expect(!TransportDelegate.sameOrigin(url("https://a.test/x"), url("http://a.test/x")))
        #expect(!TransportDelegate.sameOrigin(url("http://127.0.0.1:80/"), url("http://127.0.0.1:81/")))
    }

    @Test func runsAWholeCallThroughTheClient() async throws {
        let server = try LoopbackServer { _ in
            LoopbackServer.response(status: 404, body: #"{"status": 404, "message": "tenant not found"}"#)
        }
        defer { server.stop() }
        let client = RuntimeClient(
            configuration: ClientConfiguration(baseURL: server.baseURL, credential: .apiKey("admin-key-123")))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .httpStatus(404))
        #expect(error?.errorBody?.message == "tenant not found")
        #expect(server.requests.first?.headers["authorization"] == "Bearer admin-key-123")
    }
}
