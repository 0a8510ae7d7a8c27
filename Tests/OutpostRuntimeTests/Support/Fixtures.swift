import Foundation
import OutpostRuntime

/// A tenant as the tests decode it.
struct Tenant: Codable, Hashable, Sendable {
    var id: String
}

/// Operations shaped like Outpost's, for driving the client in tests.
enum Fixtures {
    static let baseURL = URL(string: "https://api.example.test/2025-07-01")!

    static let getTenant = APIOperation<Tenant>(
        id: "getTenant", method: .get, pathTemplate: "/tenants/{tenant_id}",
        security: [.adminAPIKey, .tenantJWT], responses: [.json(200)])

    static let publish = APIOperation<Tenant>(
        id: "publishEvent", method: .post, pathTemplate: "/publish",
        security: [.adminAPIKey], responses: [.json(202)])

    static let healthCheck = APIOperation<NoContent>(
        id: "healthCheck", method: .get, pathTemplate: "/healthz", security: [], responses: [.noContent(200)])

    static let tenantInput = OperationInput(path: ["tenant_id": "acme"])

    static let tenantBody = #"{"id":"acme"}"#

    /// Returns a client over a stub transport with a test clock and a fixed random source.
    static func client(
        transport: some HTTPTransport,
        credential: Credential? = .apiKey("admin-key-123"),
        clock: any RuntimeClock = TestClock(),
        retryPolicy: RetryPolicy = .standard,
        configure: (inout ClientConfiguration) -> Void = { _ in }
    ) -> RuntimeClient {
        var configuration = ClientConfiguration(
            baseURL: baseURL, credential: credential, retryPolicy: retryPolicy, clock: clock,
            randomSource: FixedRandom())
        configure(&configuration)
        return RuntimeClient(configuration: configuration, transport: transport)
    }
}
