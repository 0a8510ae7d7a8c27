import Foundation

/// Mints tenant JWTs through the admin API and caches each one until shortly before it expires.
///
/// However many tasks ask for the same tenant's token at once, only one request goes to the token endpoint.
/// Hand ``provider(forTenant:)`` to a client as the credential `.provider(_:)` to call the API as that tenant.
/// It is an actor because the cache and the refresh in flight are shared mutable state that callers await.
public actor TenantTokenIssuer {
    private struct CachedToken: Sendable {
        let token: String
        let refreshAt: Date
    }

    private struct TokenResponse: Decodable, Sendable {
        let token: String
    }

    private static let operation = APIOperation<TokenResponse>(
        id: "getTenantToken", method: .get, pathTemplate: "/tenants/{tenant_id}/token",
        security: [.adminAPIKey], responses: [.json(200)])

    private let client: RuntimeClient
    private let refreshMargin: Duration
    private var cache: [String: CachedToken] = [:]
    private var inFlight: [String: Task<CachedToken, any Error>] = [:]

    /// Creates an issuer that mints tokens through a client configured with the admin API key.
    ///
    /// - Parameters:
    ///   - client: A client whose credential is the admin API key.
    ///   - refreshMargin: How long before a token's `exp` a new one is minted.
    public init(client: RuntimeClient, refreshMargin: Duration = .seconds(60)) {
        self.client = client
        self.refreshMargin = refreshMargin
    }

    /// Returns a valid token for a tenant, minting one when none is cached or the cached one is about to expire.
    ///
    /// - Parameters:
    ///   - tenantID: The tenant the token is for.
    ///   - rejected: A token the server just refused; a cached token equal to it is not returned again.
    /// - Returns: The tenant JWT.
    /// - Throws: ``OutpostError`` when the token endpoint fails.
    public func token(forTenant tenantID: String, replacing rejected: String? = nil) async throws -> String {
        let now = client.configuration.clock.now
        if let cached = cache[tenantID], cached.token != rejected, cached.refreshAt > now {
            return cached.token
        }

        if let running = inFlight[tenantID] {
            return try await running.value.token
        }

        let minting = Task { try await mint(tenantID: tenantID) }
        inFlight[tenantID] = minting
        defer { inFlight[tenantID] = nil }

        let fresh = try await minting.value
        cache[tenantID] = fresh
        return fresh.token
    }

    /// Returns a token provider for one tenant, backed by this issuer's cache.
    ///
    /// - Parameter tenantID: The tenant the tokens are for.
    /// - Returns: The provider.
    public nonisolated func provider(forTenant tenantID: String) -> TokenSource {
        TokenSource { rejected in
            try await self.token(forTenant: tenantID, replacing: rejected)
        }
    }

    private nonisolated func mint(tenantID: String) async throws -> CachedToken {
        let input = OperationInput(path: ["tenant_id": tenantID])
        let response = try await client.send(Self.operation, input)

        let clock = client.configuration.clock
        let expiry = JWTClaims.expiry(of: response.token) ?? clock.now.addingTimeInterval(3600)
        let refreshAt = expiry.addingTimeInterval(-refreshMargin.seconds)
        return CachedToken(token: response.token, refreshAt: refreshAt)
    }
}
