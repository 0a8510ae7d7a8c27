import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct RequestBuildingTests {
    private let client = Fixtures.client(transport: StubTransport(responses: [.json(200, Fixtures.tenantBody)]))

    private func url(_ template: String, _ input: OperationInput) async throws -> String {
        let operation = APIOperation<NoContent>(
            id: "op", method: .get, pathTemplate: template, security: [], responses: [.noContent(200)])
        return try await client.makeRequest(operation, input).url.absoluteString
    }

    @Test(arguments: [
        ("acme", "acme"),
        ("a/b", "a%2Fb"),
        ("a?b#c", "a%3Fb%23c"),
        ("100%", "100%25"),
        (".", "%2E"),
        ("..", "%2E%2E"),
        ("a b+c", "a%20b%2Bc"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("...", "..."),
    ])
    func encodesEachPathValueAsOneSegment(value: String, encoded: String) async throws {
        let url = try await url("/tenants/{tenant_id}/destinations", OperationInput(path: ["tenant_id": value]))
        #expect(url == "https://api.example.test/2025-07-01/tenants/\(encoded)/destinations")
    }

    @Test func fillsSeveralPlaceholders() async throws {
        let input = OperationInput(path: ["tenant_id": "t1", "destination_id": "d/1"])
        let url = try await url("/tenants/{tenant_id}/destinations/{destination_id}", input)
        #expect(url.hasSuffix("/tenants/t1/destinations/d%2F1"))
    }

    @Test func rejectsMissingPathValue() async throws {
        let error = await #expect(throws: OutpostError.self) {
            _ = try await url("/tenants/{tenant_id}", OperationInput())
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.detail?.contains("tenant_id") == true)
        #expect(error?.attempts == 0)
    }

    @Test func rejectsEmptyPathValue() async throws {
        let error = await #expect(throws: OutpostError.self) {
            _ = try await url("/tenants/{tenant_id}", OperationInput(path: ["tenant_id": ""]))
        }
        #expect(error?.kind == .invalidRequest)
    }

    @Test func repeatsTheNameForEachArrayValue() async throws {
        var input = OperationInput()
        input.addQuery("topic", ["user.created", "user.deleted"])
        input.addQuery("limit", "50")
        input.addQuery("next", nil as String?)
        #expect(try await url("/events", input).hasSuffix("/events?topic=user.created&topic=user.deleted&limit=50"))
    }

    @Test func writesDeepObjectMembersWithBrackets() async throws {
        var input = OperationInput()
        input.addDeepObjectQuery(
            "time", [.init(key: "gte", value: "2026-01-01T00:00:00Z"), .init(key: "lte", value: "2026-02-01")])
        let url = try await url("/events", input)
        #expect(url.hasSuffix("/events?time%5Bgte%5D=2026-01-01T00%3A00%3A00Z&time%5Blte%5D=2026-02-01"))

        let items = URLComponents(string: url)?.queryItems ?? []
        #expect(items.map(\.name) == ["time[gte]", "time[lte]"])
        #expect(items.first?.value == "2026-01-01T00:00:00Z")
    }

    @Test func keepsBracketedNamesAsOneName() async throws {
        var input = OperationInput()
        input.addQuery("filters[topic]", "a&b=c")
        input.addQuery("id[]", ["1", "2"])
        let items = URLComponents(string: try await url("/events", input))?.queryItems ?? []
        #expect(items.map(\.name) == ["filters[topic]", "id[]", "id[]"])
        #expect(items.map(\.value) == ["a&b=c", "1", "2"])
    }

    @Test func acceptsStringOrArrayValues() {
        let single = QueryParameter(name: "topic", value: .string("a"))
        let many = QueryParameter(name: "topic", value: .strings(["a", "b"]))
        #expect(single.pairs.map(\.value) == ["a"])
        #expect(many.pairs.map(\.name) == ["topic", "topic"])
    }

    @Test func writesFormStyleObjectMembersAsTheirOwnNames() {
        let parameter = QueryParameter(name: "filter", value: .object([.init(key: "a", value: "1")]))
        #expect(parameter.pairs.map(\.name) == ["a"])
    }

    @Test func setsUserAgentAcceptAndHeaderParameters() async throws {
        let input = OperationInput(headers: ["X-Request-ID": "r1"])
        let request = try await client.makeRequest(
            Fixtures.getTenant, OperationInput(path: ["tenant_id": "t"], headers: input.headers),
            options: RequestOptions(headers: ["X-Extra": "1", "Authorization": "Bearer sneaky"]))
        #expect(request.headers["User-Agent"] == SDKVersion.userAgent)
        #expect(request.headers["accept"] == "application/json")
        #expect(request.headers["x-request-id"] == "r1")
        #expect(request.headers["X-Extra"] == "1")
        #expect(request.headers["Authorization"] == nil)
    }

    @Test func rejectsHeaderValuesWithLineBreaks() async throws {
        let options = RequestOptions(headers: ["X-Extra": "a\r\nInjected: 1"])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.makeRequest(Fixtures.getTenant, Fixtures.tenantInput, options: options)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.detail?.contains("X-Extra") == true)
    }

    @Test func encodesJSONBodiesWithContentType() async throws {
        let input = OperationInput(body: .json(Tenant(id: "acme")))
        let request = try await client.makeRequest(Fixtures.publish, input)
        #expect(request.headers["Content-Type"] == "application/json")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"id":"acme"}"#)
    }

    @Test func appliesPerCallAndClientTimeouts() async throws {
        let byClient = try await client.makeRequest(Fixtures.getTenant, Fixtures.tenantInput)
        let byCall = try await client.makeRequest(
            Fixtures.getTenant, Fixtures.tenantInput, options: RequestOptions(timeout: .seconds(5)))
        #expect(byClient.timeout == .seconds(60))
        #expect(byCall.timeout == .seconds(5))
    }

    @Test func runsRequestHooksOnce() async throws {
        let transport = StubTransport(responses: [.json(500, "{}"), .json(200, Fixtures.tenantBody)])
        let counter = Counter()
        let client = Fixtures.client(transport: transport, retryPolicy: .init(retriesTransientFailures: true)) {
            $0.requestHooks = [
                { request in
                    request.headers["X-Hook"] = "n\(counter.increment())"
                }
            ]
        }
        _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        #expect(transport.requests.map { $0.headers["X-Hook"] } == ["n1", "n1"])
    }

    @Test func encodesHTTPMethodsInUpperCase() {
        #expect(HTTPMethod(rawValue: "patch") == .patch)
        #expect(HTTPMethod.put.isIdempotent)
        #expect(!HTTPMethod.post.isIdempotent)
    }
}

/// A thread-safe counter.
///
/// It is `@unchecked Sendable` because `value` is guarded by `lock`.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    var count: Int { lock.withLock { value } }

    @discardableResult
    func increment() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

@Suite struct BaseURLCheckTests {
    @Test(arguments: ["localhost:3333/api/v1", "ftp://example.test/api", "/api/v1", "file:///tmp/api"])
    func aBaseURLThatIsNotHTTPWithAHostIsRefusedBeforeSending(text: String) async throws {
        let transport = StubTransport(responses: [.json(200, Fixtures.tenantBody)])
        let baseURL = try #require(URL(string: text))
        let client = RuntimeClient(configuration: ClientConfiguration(baseURL: baseURL), transport: transport)

        let error = try await #require(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.healthCheck, OperationInput())
        }

        #expect(error.kind == .invalidRequest)
        #expect(error.detail?.contains("is not an http or https URL with a host") == true)
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["http://127.0.0.1:3333/api/v1", "HTTPS://api.example.test/2025-07-01/"])
    func anHTTPBaseURLWithAHostIsTaken(text: String) async throws {
        let transport = StubTransport(responses: [HTTPResponse(status: 200)])
        let baseURL = try #require(URL(string: text))
        let client = RuntimeClient(configuration: ClientConfiguration(baseURL: baseURL), transport: transport)

        _ = try await client.send(Fixtures.healthCheck, OperationInput())

        #expect(transport.requests.first?.url.path.hasSuffix("/healthz") == true)
    }
}
