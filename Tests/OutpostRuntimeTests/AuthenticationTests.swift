import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct AuthenticationTests {
    private let success = HTTPResponse.json(200, Fixtures.tenantBody)
    private let unauthorized = HTTPResponse(status: 401)

    @Test func sendsTheAPIKeyAsABearerToken() async throws {
        let transport = StubTransport(responses: [success])
        _ = try await Fixtures.client(transport: transport).send(Fixtures.getTenant, Fixtures.tenantInput)
        #expect(transport.requests.first?.headers["Authorization"] == "Bearer admin-key-123")
    }

    @Test func sendsNoCredentialWhenTheSecurityListIsEmpty() async throws {
        let transport = StubTransport(responses: [HTTPResponse(status: 200)])
        let result = try await Fixtures.client(transport: transport).send(Fixtures.healthCheck, OperationInput())
        #expect(result == NoContent())
        #expect(transport.requests.first?.headers["Authorization"] == nil)
    }

    @Test func refusesASecuredCallWithoutCredential() async throws {
        let transport = StubTransport(responses: [success])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: transport, credential: nil)
                .send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
    }

    @Test(arguments: ["key\r\nX-Injected: 1", "key\n", "\rkey", ""])
    func rejectsCredentialsWithLineBreaksBeforeSending(token: String) async throws {
        let transport = StubTransport(responses: [success])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: transport, credential: .tenantToken(token))
                .send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(transport.requests.isEmpty)
        #expect(error.map { "\($0)".contains("X-Injected") } == false)
    }

    @Test func asksTheProviderOnceForAFreshTokenAfterUnauthorized() async throws {
        let transport = StubTransport { request, _ in
            request.headers["Authorization"] == "Bearer fresh"
                ? .json(200, Fixtures.tenantBody) : HTTPResponse(status: 401)
        }
        let asked = Recorder<String?>()
        let credential = Credential.provider { rejected in
            asked.append(rejected)
            return rejected == nil ? "stale" : "fresh"
        }

        let tenant = try await Fixtures.client(transport: transport, credential: credential)
            .send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(tenant.id == "acme")
        #expect(asked.values == [nil, "stale"])
        #expect(transport.requests.map { $0.headers["Authorization"] } == ["Bearer stale", "Bearer fresh"])
    }

    @Test func failsWithACleanUnauthorizedWhenTheFreshTokenIsRefusedToo() async throws {
        let transport = StubTransport(responses: [unauthorized])
        let credential = Credential.provider { rejected in rejected == nil ? "first-token" : "second-token" }

        let error = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: transport, credential: credential)
                .send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .httpStatus(401))
        #expect(error?.status == 401)
        #expect(error?.errorBody == nil)
        #expect(error?.bodyExcerpt == nil)
        #expect(error?.attempts == 2)
        #expect(transport.requests.count == 2)
    }

    @Test func doesNotRetryUnauthorizedWithAFixedToken() async throws {
        let transport = StubTransport(responses: [unauthorized, success])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: transport).send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        #expect(error?.kind == .httpStatus(401))
        #expect(transport.requests.count == 1)
    }

    @Test func sendsAFreshTokenFromTheProviderOnEveryRetry() async throws {
        let transport = StubTransport(responses: [.json(429, "{}", headers: ["Retry-After": "1"]), success])
        let counter = Counter()
        let credential = Credential.provider { _ in "token-\(counter.increment())" }

        _ = try await Fixtures.client(transport: transport, credential: credential)
            .send(Fixtures.getTenant, Fixtures.tenantInput)

        #expect(transport.requests.map { $0.headers["Authorization"] } == ["Bearer token-1", "Bearer token-2"])
    }

    @Test func reportsAFailingProviderAsTheUnderlyingError() async throws {
        struct VaultDown: Error {}
        let credential = Credential.provider { _ in throw VaultDown() }
        let error = await #expect(throws: OutpostError.self) {
            _ = try await Fixtures.client(transport: StubTransport(responses: [success]), credential: credential)
                .send(Fixtures.getTenant, Fixtures.tenantInput)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.underlyingError is VaultDown)
    }
}

/// A thread-safe list of recorded values.
///
/// It is `@unchecked Sendable` because `stored` is guarded by `lock`.
final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value] = []

    var values: [Value] { lock.withLock { stored } }

    func append(_ value: Value) {
        lock.withLock { stored.append(value) }
    }
}
