import Foundation

extension OutpostClient {
    /// Creates a client that authenticates with the admin API key and talks to one of the document's servers.
    ///
    /// - Parameters:
    ///   - apiKey: The deployment's admin API key, sent as `Authorization: Bearer <apiKey>`.
    ///   - server: The server to call; the managed Outpost service unless given.
    ///   - transport: The transport that sends requests; URLSession unless given.
    public init(
        apiKey: String,
        server: Server = .production,
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        self.init(credential: .apiKey(apiKey), baseURL: server.url, transport: transport)
    }

    /// Creates a client for any base URL and credential, with the settings most often changed.
    ///
    /// Use it for a self-hosted instance, a tenant JWT or a token provider; pass `server.url` to call
    /// one of the document's servers. Settings not offered here are in ``init(configuration:transport:)``.
    ///
    /// - Parameters:
    ///   - credential: The bearer credential for secured operations, or `nil` to call only the health check.
    ///   - baseURL: The URL that operation paths are appended to, such as `https://outpost.example.com/api/v1`.
    ///   - timeout: The time one attempt may take.
    ///   - retryPolicy: When and how long to wait before sending a request again.
    ///   - requestHooks: Functions that may change every request before it is sent, in order.
    ///   - responseObservers: Functions told about every response, including ones that are retried.
    ///   - logHandler: The function that receives redacted log records; nothing is logged without one.
    ///   - transport: The transport that sends requests; URLSession unless given.
    public init(
        credential: Credential?,
        baseURL: URL,
        timeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .standard,
        requestHooks: [RequestHook] = [],
        responseObservers: [ResponseObserver] = [],
        logHandler: LogHandler? = nil,
        transport: any HTTPTransport = URLSessionTransport()
    ) {
        let configuration = ClientConfiguration(
            baseURL: baseURL,
            credential: credential,
            timeout: timeout,
            retryPolicy: retryPolicy,
            requestHooks: requestHooks,
            responseObservers: responseObservers,
            logHandler: logHandler
        )
        self.init(configuration: configuration, transport: transport)
    }

    /// Creates a client from a complete configuration.
    ///
    /// - Parameters:
    ///   - configuration: Every setting of the client, including its clock and random source.
    ///   - transport: The transport that sends requests; URLSession unless given.
    public init(configuration: ClientConfiguration, transport: any HTTPTransport = URLSessionTransport()) {
        self.init(runtime: RuntimeClient(configuration: configuration, transport: transport))
    }

    /// Returns a client that calls the API as one tenant, with tenant JWTs minted through this client.
    ///
    /// This client must hold the admin API key. The returned client asks the issuer for a token before each
    /// request; the issuer mints one through `GET /tenants/{tenant_id}/token`, keeps it until shortly before
    /// it expires, and mints a new one when the server refuses it with `401`. Every other setting, the
    /// transport included, stays as it is.
    ///
    /// - Parameters:
    ///   - tenantID: The tenant to act as.
    ///   - issuer: The issuer that mints and caches the tokens; share one across calls to reuse its cache.
    ///     A new issuer over this client when `nil`.
    /// - Returns: The tenant's client.
    public func scoped(toTenant tenantID: String, issuer: TenantTokenIssuer? = nil) -> OutpostClient {
        let issuer = issuer ?? TenantTokenIssuer(client: runtime)
        var configuration = runtime.configuration
        configuration.credential = .provider(issuer.provider(forTenant: tenantID))
        return OutpostClient(configuration: configuration, transport: runtime.transport)
    }
}
