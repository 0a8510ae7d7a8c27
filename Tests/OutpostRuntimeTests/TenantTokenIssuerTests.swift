import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct TenantTokenIssuerTests {
    /// Returns an unsigned JWT whose payload holds the given claims.
    private static func jwt(subject: String, expiry: Date, serial: Int) -> String {
        let payload =
            #"{"iss":"outpost","sub":"\#(subject)","iat":1,"exp":\#(Int(expiry.timeIntervalSince1970)),"n":\#(serial)}"#
        let encoded = Data(payload.utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "eyJhbGciOiJIUzI1NiJ9.\(encoded).c2ln"
    }

    private static func tokenEndpoint(clock: TestClock, lifetime: TimeInterval = 86_400) -> StubTransport {
        StubTransport { request, number in
            let tenantID = request.url.pathComponents.dropLast().last ?? ""
            let token = jwt(subject: tenantID, expiry: clock.now.addingTimeInterval(lifetime), serial: number)
            return .json(200, #"{"token": "\#(token)", "tenant_id": "\#(tenantID)"}"#)
        }
    }

    @Test func readsTheExpiryFromTheJWTPayload() {
        let expiry = Date(timeIntervalSince1970: 1_800_086_400)
        #expect(JWTClaims.expiry(of: Self.jwt(subject: "t", expiry: expiry, serial: 1)) == expiry)
        #expect(JWTClaims.expiry(of: "not-a-jwt") == nil)
    }

    @Test func mintsThroughTheAdminAPIAndCaches() async throws {
        let clock = TestClock()
        let transport = Self.tokenEndpoint(clock: clock)
        let issuer = TenantTokenIssuer(client: Fixtures.client(transport: transport, clock: clock))

        let first = try await issuer.token(forTenant: "acme")
        let second = try await issuer.token(forTenant: "acme")

        #expect(first == second)
        #expect(transport.requests.count == 1)
        #expect(transport.requests[0].url.absoluteString.hasSuffix("/tenants/acme/token"))
        #expect(transport.requests[0].headers["Authorization"] == "Bearer admin-key-123")
    }

    @Test func mintsAgainShortlyBeforeExpiry() async throws {
        let clock = TestClock()
        let transport = Self.tokenEndpoint(clock: clock)
        let issuer = TenantTokenIssuer(
            client: Fixtures.client(transport: transport, clock: clock), refreshMargin: .seconds(60))

        let first = try await issuer.token(forTenant: "acme")
        clock.advance(by: .seconds(86_400 - 61))
        let stillCached = try await issuer.token(forTenant: "acme")
        clock.advance(by: .seconds(2))
        let renewed = try await issuer.token(forTenant: "acme")

        #expect(stillCached == first)
        #expect(renewed != first)
        #expect(transport.requests.count == 2)
    }

    @Test func mintsOnceForAHundredConcurrentRequests() async throws {
        let clock = TestClock()
        let minted = Counter()
        let tokenEndpoint = Self.tokenEndpoint(clock: clock)
        let transport = StubTransport { request, number in
            if request.url.path.hasSuffix("/token") {
                minted.increment()
                await Task.yield()
                return try await tokenEndpoint.send(request)
            }
            return .json(200, Fixtures.tenantBody)
        }
        let issuer = TenantTokenIssuer(client: Fixtures.client(transport: transport, clock: clock))
        let tenantClient = Fixtures.client(
            transport: transport, credential: .provider(issuer.provider(forTenant: "acme")))

        let ids = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<100 {
                group.addTask { try await tenantClient.send(Fixtures.getTenant, Fixtures.tenantInput).id }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }

        #expect(ids.count == 100)
        #expect(minted.count == 1)
        let tokens = Set(
            transport.requests.filter { !$0.url.path.hasSuffix("/token") }.map { $0.headers["Authorization"] })
        #expect(tokens.count == 1)
    }

    @Test func replacesARejectedTokenOnceForManyCallers() async throws {
        let clock = TestClock()
        let transport = Self.tokenEndpoint(clock: clock)
        let issuer = TenantTokenIssuer(client: Fixtures.client(transport: transport, clock: clock))
        let refused = try await issuer.token(forTenant: "acme")

        let replacements = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 {
                group.addTask { try await issuer.token(forTenant: "acme", replacing: refused) }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }

        #expect(replacements.count == 1)
        #expect(!replacements.contains(refused))
        #expect(transport.requests.count == 2)
    }

    @Test func reportsATokenEndpointFailure() async throws {
        let transport = StubTransport(responses: [HTTPResponse(status: 401)])
        let issuer = TenantTokenIssuer(client: Fixtures.client(transport: transport))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await issuer.token(forTenant: "acme")
        }

        #expect(error?.operationID == "getTenantToken")
        #expect(error?.kind == .httpStatus(401))
    }
}
