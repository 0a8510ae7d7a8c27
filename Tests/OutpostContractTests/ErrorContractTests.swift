import Foundation
import Outpost
import Testing

@Suite("Typed errors against the mock", .needsMockServer)
struct ErrorContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func callWithoutCredentialIsRefusedBeforeItIsSent() async throws {
        let client = session.client(credential: nil)

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme")
        }

        #expect(error.kind == .invalidRequest)
        #expect(error.status == nil)
        #expect(try await session.requests().isEmpty)
    }

    @Test func requestThatLosesItsTokenOnTheWayFailsWithUnauthorizedAndNoBody() async throws {
        let client = session.client(transport: CredentialDroppingTransport())

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme")
        }

        #expect(error.kind == .httpStatus(401))
        #expect(error.status == 401)
        #expect(error.operationID == "getTenant")
        #expect(error.errorBody == nil)
        #expect(error.bodyExcerpt == nil)
        let request = try await session.onlyRequest()
        #expect(request.operationID == "getTenant")
        #expect(request.headers["authorization"] == nil)
        #expect(request.status == 401)
    }

    @Test func unauthorizedAnswerDecodesItsBody() async throws {
        let client = session.client(credential: .apiKey("sk_revoked"))

        let error = try await #require(throws: OutpostError.self) {
            try await client.events.list(options: session.prefer("code=401"))
        }

        #expect(error.kind == .httpStatus(401))
        #expect(error.errorBody == APIErrorBody(status: 401, message: "unauthorized"))
        try await session.onlyRequest().expectAccepted(as: "listEvents", "GET", "/events")
    }

    @Test func missingTenantFailsWithNotFoundAndDecodesItsBody() async throws {
        let client = session.client()

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_gone", options: session.prefer("code=404"))
        }

        #expect(error.kind == .httpStatus(404))
        #expect(error.status == 404)
        #expect(error.errorBody == APIErrorBody(status: 404, message: "not found"))
        #expect(error.url?.path == MockServer.apiPath + "/tenants/tenant_gone")
        try await session.onlyRequest().expectAccepted(as: "getTenant", "GET", "/tenants/tenant_gone")
    }

    @Test func brokenRuleFailsWithValidationErrorAndDecodesEveryProblem() async throws {
        let client = session.client()
        let body = DestinationCreate.webhook(
            DestinationCreateWebhook(topics: .array([]), config: WebhookConfig(url: "https://crm.example.org/hooks"))
        )

        let error = try await #require(throws: OutpostError.self) {
            try await client.destinations.create(tenantID: "tenant_acme", body, options: session.prefer("code=422"))
        }

        #expect(error.kind == .httpStatus(422))
        let expected = APIErrorBody(
            status: 422,
            message: "request body is invalid",
            data: ["config.url is required", "topics must not be empty"]
        )
        #expect(error.errorBody == expected)
        try await session.onlyRequest().expectAccepted(
            as: "createTenantDestination",
            "POST",
            "/tenants/tenant_acme/destinations"
        )
    }

    @Test func bodyOfAnUnknownDestinationTypeIsRefusedWithTheValidatorsMessage() async throws {
        let client = session.client()
        let body = DestinationCreate.unknown(
            type: "carrier_pigeon",
            ["type": "carrier_pigeon", "topics": "*", "config": ["loft": "north"]]
        )

        let error = try await #require(throws: OutpostError.self) {
            try await client.destinations.create(tenantID: "tenant_acme", body)
        }

        let request = try await session.onlyRequest()
        #expect(request.valid == false)
        let message = try #require(request.validationMessage)
        #expect(message.hasPrefix("Request body validation error"))
        #expect(error.kind == .httpStatus(422))
        #expect(error.errorBody?.status == 422)
        #expect(error.errorBody?.message == message)
        #expect(error.description.contains(message))
    }
}

/// A transport that loses the `Authorization` header on the way, as a misconfigured proxy might.
private struct CredentialDroppingTransport: HTTPTransport {
    let base = URLSessionTransport()

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var request = request
        request.headers.removeAll(named: "Authorization")
        return try await base.send(request)
    }
}
