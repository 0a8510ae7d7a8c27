import Foundation
import Outpost
import Testing

@Suite("Destinations against the mock", .needsMockServer)
struct DestinationContractTests {
    let session: MockSession
    let client: OutpostClient

    init() throws {
        session = try MockSession()
        client = session.client()
    }

    @Test func listsDestinationsFilteredByTypesAndTopics() async throws {
        let destinations = try await client.destinations.list(
            tenantID: "tenant_acme",
            type: [.webhook, .awsKinesis],
            topics: ["order.placed", "invoice.paid"]
        )

        try await session.onlyRequest().expectAccepted(
            as: "listTenantDestinations",
            "GET",
            "/tenants/tenant_acme/destinations",
            query: [
                ["type", "webhook"], ["type", "aws_kinesis"], ["topics", "order.placed"], ["topics", "invoice.paid"],
            ]
        )
        try #require(destinations.count == 3)
        guard case .webhook(let webhook) = destinations[0], case .awsKinesis(let kinesis) = destinations[1],
            case .azureServicebus(let serviceBus) = destinations[2]
        else {
            Issue.record("the destinations decoded as other types: \(destinations)")
            return
        }
        #expect(webhook.filter == ["data": ["total": ["$gte": 50]]])
        #expect(webhook.credentials.secret == "whsec_9fJ2mQ7vXc4LbR8tNw1Ke6Hd")
        #expect(kinesis.config.partitionKeyTemplate == "data.account.id")
        #expect(kinesis.deliveryMetadata == ["pipeline": "analytics"])
        #expect(serviceBus.config.name == "ledger-events")
        #expect(serviceBus.targetURL == nil)
    }

    @Test(arguments: try DestinationBody.all())
    func createsDestination(of destination: DestinationBody) async throws {
        let created = try await client.destinations.create(tenantID: "tenant_acme", destination.body)

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "createTenantDestination", "POST", "/tenants/tenant_acme/destinations")
        try request.expectBody(destination.json)
        #expect(request.status == 201)
        guard case .webhook(let webhook) = created else {
            Issue.record("the created destination decoded as \(created)")
            return
        }
        #expect(webhook.id == "des_Vn4rT8sQ2e")
        #expect(webhook.credentials.secret == "whsec_T2bW8nY5qA3rK7mZ1xC4vP6d")
        #expect(webhook.createdAt == (try date("2026-12-04T08:31:17.902Z")))
    }

    @Test func getsDestination() async throws {
        let destination = try await client.destinations.get(tenantID: "tenant_acme", destinationID: "des_8Kq2xT4mWp")

        try await session.onlyRequest().expectAccepted(
            as: "getTenantDestination",
            "GET",
            "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp"
        )
        guard case .webhook(let webhook) = destination else {
            Issue.record("the destination decoded as \(destination)")
            return
        }
        #expect(webhook.topics == .array(["order.placed", "order.refunded"]))
        #expect(webhook.config.url == "https://hooks.example.com/outpost/orders")
        #expect(webhook.disabledAt == nil)
        #expect(webhook.updatedAt == (try date("2026-05-02T16:40:55.318Z")))
    }

    @Test func updatesDestinationWithMergePatchThatClearsOneMetadataKey() async throws {
        let patch = DestinationUpdateWebhook(
            topics: .array(["order.placed", "order.refunded", "order.cancelled"]),
            metadata: .set(["owner": "payments-team", "legacy_owner": nil])
        )

        let updated = try await client.destinations.update(
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp",
            .webhook(patch)
        )

        let request = try await session.onlyRequest()
        request.expectAccepted(
            as: "updateTenantDestination",
            "PATCH",
            "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp"
        )
        try request.expectBody(
            #"""
            {"type": "webhook", "topics": ["order.placed", "order.refunded", "order.cancelled"],
             "metadata": {"owner": "payments-team", "legacy_owner": null}}
            """#
        )
        guard case .webhook(let webhook) = updated else {
            Issue.record("the updated destination decoded as \(updated)")
            return
        }
        #expect(webhook.metadata == ["owner": "payments-team"])
        #expect(webhook.updatedAt == (try date("2026-12-04T08:40:03Z")))
    }

    @Test func updatesDestinationWithMergePatchThatRemovesTheFilterAndEnablesIt() async throws {
        let patch = DestinationUpdateAWSSQS(
            filter: .clear,
            config: AWSSQSConfigUpdate(endpoint: "http://localstack.example.com:4566"),
            disabledAt: .clear
        )

        _ = try await client.destinations.update(tenantID: "tenant_acme", destinationID: "des_sqs", .awsSQS(patch))

        let request = try await session.onlyRequest()
        request.expectAccepted(as: "updateTenantDestination", "PATCH", "/tenants/tenant_acme/destinations/des_sqs")
        try request.expectBody(
            #"""
            {"type": "aws_sqs", "filter": null, "disabled_at": null,
             "config": {"endpoint": "http://localstack.example.com:4566"}}
            """#
        )
    }

    @Test func deletesDestination() async throws {
        let answer = try await client.destinations.delete(tenantID: "tenant_acme", destinationID: "des_asb_ledger")

        try await session.onlyRequest().expectAccepted(
            as: "deleteTenantDestination",
            "DELETE",
            "/tenants/tenant_acme/destinations/des_asb_ledger"
        )
        #expect(answer.success == true)
    }

    @Test func enablesDestination() async throws {
        let destination = try await client.destinations.enable(
            tenantID: "tenant_acme",
            destinationID: "des_sqs_fulfilment"
        )

        try await session.onlyRequest().expectAccepted(
            as: "enableTenantDestination",
            "PUT",
            "/tenants/tenant_acme/destinations/des_sqs_fulfilment/enable"
        )
        guard case .awsSQS(let queue) = destination else {
            Issue.record("the enabled destination decoded as \(destination)")
            return
        }
        #expect(queue.topics == .string(.asterisk))
        #expect(queue.disabledAt == nil)
        #expect(queue.credentials.key == "AKIAEXAMPLEACME00001")
        #expect(queue.target == "acme-fulfilment")
    }

    @Test func disablesDestination() async throws {
        let destination = try await client.destinations.disable(
            tenantID: "tenant_acme",
            destinationID: "des_8Kq2xT4mWp"
        )

        try await session.onlyRequest().expectAccepted(
            as: "disableTenantDestination",
            "PUT",
            "/tenants/tenant_acme/destinations/des_8Kq2xT4mWp/disable"
        )
        guard case .webhook(let webhook) = destination else {
            Issue.record("the disabled destination decoded as \(destination)")
            return
        }
        #expect(webhook.disabledAt == (try date("2026-12-04T09:00:00Z")))
    }
}
