import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct ErrorReportingTests {
    private func failure(_ response: HTTPResponse, configure: (inout ClientConfiguration) -> Void = { _ in }) async
        -> OutpostError?
    {
        let client = Fixtures.client(transport: StubTransport(responses: [response]), configure: configure)
        return await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }
    }

    @Test func decodesOutpostsErrorBody() async throws {
        let body = #"{"status": 404, "message": "tenant not found", "data": {"id": "acme"}}"#
        let error = try #require(await failure(.json(404, body, headers: ["X-RateLimit-Remaining": "17"])))

        #expect(error.kind == .httpStatus(404))
        #expect(error.status == 404)
        #expect(error.errorBody == APIErrorBody(status: 404, message: "tenant not found", data: ["id": "acme"]))
        #expect(error.operationID == "getTenant")
        #expect(error.method == .get)
        #expect(error.url?.absoluteString == "https://api.example.test/2025-07-01/tenants/acme")
        #expect(error.rateLimit?.remaining == 17)
        #expect(error.headers["x-ratelimit-remaining"] == "17")
        #expect(error.attempts == 1)
        #expect(error.description.contains("tenant not found"))
        #expect(error.description.contains("HTTP 404"))
    }

    @Test func reportsAnUnauthorizedWithEmptyBodyCleanly() async throws {
        let error = try #require(await failure(HTTPResponse(status: 401)))

        #expect(error.kind == .httpStatus(401))
        #expect(error.errorBody == nil)
        #expect(error.bodyExcerpt == nil)
        #expect(error.underlyingError == nil)
        #expect(error.description.contains("Check that the credential is valid"))
    }

    @Test func keepsAnExcerptOfABodyThatIsNotJSON() async throws {
        let error = try #require(await failure(HTTPResponse(status: 502, body: Data("<html>bad gateway</html>".utf8))))
        #expect(error.errorBody == nil)
        #expect(error.bodyExcerpt == "<html>bad gateway</html>")
    }

    @Test func boundsTheBodyExcerpt() async throws {
        let long = String(repeating: "x", count: 5000)
        let error = try #require(await failure(HTTPResponse(status: 500, body: Data(long.utf8))))
        #expect(error.bodyExcerpt?.count == 1025)
        #expect(error.bodyExcerpt?.hasSuffix("…") == true)
    }

    @Test func reportsAMismatchedSuccessBodyWithItsPath() async throws {
        let error = try #require(await failure(.json(200, #"{"id": 42}"#)))

        #expect(error.kind == .decoding(path: "$.id"))
        #expect(error.bodyExcerpt == #"{"id": 42}"#)
        #expect(error.underlyingError != nil)
        #expect(error.description.contains("getTenant"))
        #expect(error.description.contains("$.id"))
    }

    @Test func reportsAMissingMemberWithItsPath() async throws {
        let error = try #require(await failure(.json(200, #"{"name": "x"}"#)))
        #expect(error.kind == .decoding(path: "$.id"))
    }

    @Test func treatsAnUndocumentedSuccessStatusAsAnHTTPError() async throws {
        let error = try #require(await failure(.json(203, Fixtures.tenantBody)))
        #expect(error.kind == .httpStatus(203))
    }

    @Test func failsClearlyOnAnOversizedBody() async throws {
        let body = Data(repeating: 0x20, count: 2048)
        let error = try #require(
            await failure(HTTPResponse(status: 200, body: body)) { $0.maxResponseBodyBytes = 1024 })
        #expect(error.kind == .responseTooLarge(limit: 1024))
        #expect(error.description.contains("maxResponseBodyBytes"))
    }

    @Test func givesRateLimitInformationToResponseObservers() async throws {
        let observed = Recorder<ObservedResponse>()
        let headers: HTTPHeaders = [
            "X-RateLimit-Limit": "240", "X-RateLimit-Remaining": "239", "X-RateLimit-Reset": "1800000060",
        ]
        let client = Fixtures.client(
            transport: StubTransport(responses: [.json(200, Fixtures.tenantBody, headers: headers)])
        ) {
            $0.responseObservers = [{ observed.append($0) }]
        }

        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)

        let response = try #require(observed.values.first)
        #expect(response.status == 200)
        #expect(response.attempt == 1)
        #expect(response.operationID == "getTenant")
        #expect(
            response.rateLimit
                == RateLimit(limit: 240, remaining: 239, reset: Date(timeIntervalSince1970: 1_800_000_060)))
    }

    @Test func describesEveryKindInASentence() {
        let kinds: [OutpostError.Kind] = [
            .httpStatus(500), .rateLimited(retryAfter: nil), .transport, .timeout, .decoding(path: nil),
            .invalidRequest, .responseTooLarge(limit: 1), .repeatedCursor("c"),
        ]
        for kind in kinds {
            let error = OutpostError(kind: kind, operationID: "op", method: .get, url: nil)
            #expect(error.description.hasPrefix("op (GET) failed: "))
            // A request found invalid was never sent, so no attempt is counted.
            #expect(error.description.hasSuffix("Attempts: 1.") == (kind != .invalidRequest))
        }
    }
}

@Suite struct ConnectionFailureReportingTests {
    @Test func aServerThatIsNotThereIsReportedInURLSessionsWordsWithAdvice() async throws {
        // A port that was just listened on and is closed again: nothing answers there.
        let server = try LoopbackServer { _ in [] }
        let baseURL = server.baseURL
        server.stop()
        let configuration = ClientConfiguration(
            baseURL: baseURL, credential: .apiKey("admin-key-123"), retryPolicy: .never)
        let client = RuntimeClient(configuration: configuration)

        let error = try await #require(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error.kind == .transport)
        #expect(error.description.contains("connect"))
        #expect(!error.description.contains("UserInfo"))
        #expect(
            error.description.contains("Check the base URL, and that the server runs and can be reached from here."))
    }
}
