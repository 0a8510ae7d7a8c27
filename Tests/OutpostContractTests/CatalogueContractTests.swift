import Foundation
import Outpost
import Testing

@Suite("Health, configuration, destination types and topics against the mock", .needsMockServer)
struct CatalogueContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func checksHealthWithoutCredentials() async throws {
        let health = try await session.client(credential: nil).health.check()

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "healthCheck", "GET", "/healthz")
        #expect(request.headers["authorization"] == nil)
        #expect(health.status == .healthy)
        #expect(health.timestamp == (try date("2026-12-04T08:15:02.417Z")))
        #expect(health.workers.keys.sorted() == ["api-server", "delivery-consumer", "log-consumer"])
        #expect(health.workers.values.allSatisfy { $0.status == .healthy })
    }

    @Test func getsInstanceSettings() async throws {
        let settings = try await client.configuration.get()

        try await session.onlyRequest().expectAccepted(as: "getManagedConfig", "GET", "/config")
        #expect(settings.topics == "order.placed,order.refunded,invoice.paid")
        #expect(settings.maxDestinationsPerTenant == "25")
        #expect(settings.portalOrganizationName == "Acme Corp")
        #expect(settings.maxRetryLimit == nil)
    }

    @Test func changesInstanceSettings() async throws {
        let settings = try await client.configuration.update(
            ManagedConfig(portalBrandColor: "#2F6FEB", maxRetryLimit: "8")
        )

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "updateManagedConfig", "PATCH", "/config")
        try request.expectBody(##"{"MAX_RETRY_LIMIT": "8", "PORTAL_BRAND_COLOR": "#2F6FEB"}"##)
        #expect(settings.maxRetryLimit == "8")
        #expect(settings.portalBrandColor == "#2F6FEB")
        #expect(settings.topics == "order.placed,order.refunded,invoice.paid")
    }

    @Test func listsDestinationTypesWithTheirFields() async throws {
        let types = try await client.schemas.listDestinationTypes()

        try await session.onlyRequest().expectAccepted(as: "listDestinationTypeSchemas", "GET", "/destination-types")
        #expect(types.map(\.type) == ["webhook", "aws_sqs", "kafka"])
        let webhookURL = try #require(types[0].configFields?.first)
        #expect(webhookURL.key == "url")
        #expect(webhookURL.required)
        #expect(webhookURL.pattern == "^https?://")
        let kafkaFields = try #require(types[2].configFields)
        #expect(kafkaFields.map(\.type) == [.text, .text, .select, .checkbox])
        #expect(kafkaFields[2].options?.map(\.value) == ["plain", "scram-sha-256", "scram-sha-512"])
        #expect(kafkaFields[3].default == "true")
        #expect(kafkaFields[0].minlength == 3)
    }

    @Test(arguments: [
        GetDestinationTypeSchemaType_.webhook, .awsSQS, .rabbitmq, .hookdeck, .awsKinesis, .azureServicebus, .awsS3,
        .gcpPubsub, .kafka,
    ])
    func getsDestinationType(_ type: GetDestinationTypeSchemaType_) async throws {
        let schema = try await client.schemas.getDestinationType(type: type)

        try await session.onlyRequest().expectAccepted(
            as: "getDestinationTypeSchema",
            "GET",
            "/destination-types/\(type.rawValue)"
        )
        #expect(schema.label == "HTTP webhook")
        #expect(schema.credentialFields?.map(\.key) == ["secret"])
        #expect(schema.credentialFields?.first?.sensitive == true)
    }

    @Test func listsTopics() async throws {
        let topics = try await client.topics.list()

        try await session.onlyRequest().expectAccepted(as: "listTopics", "GET", "/topics")
        #expect(topics == ["customer.updated", "invoice.paid", "order.cancelled", "order.placed", "order.refunded"])
    }
}
