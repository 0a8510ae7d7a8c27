import Foundation
import Outpost

/// Creates a tenant with a webhook destination, publishes an event to it and lists the tenant's events.
func runQuickStart(apiKey: String, baseURL: URL) async throws {
    // An admin client. `OutpostClient(apiKey: apiKey)` alone calls the managed Outpost service.
    let outpost = OutpostClient(credential: .apiKey(apiKey), baseURL: baseURL)

    // A tenant is one of your customers; upserting it twice changes nothing.
    let tenant = try await outpost.tenants.upsert(tenantID: "acme")
    print("Tenant: \(tenant.id ?? "acme")")

    // A webhook destination that receives the tenant's `user.created` events.
    let webhook = DestinationCreateWebhook(
        topics: .array(["user.created"]),
        config: WebhookConfig(url: "https://example.com/webhooks/outpost")
    )
    let destination = try await outpost.destinations.create(tenantID: "acme", .webhook(webhook))
    if case .webhook(let created) = destination {
        print("Webhook destination: \(created.id) for \(created.config.url)")
    }

    // Publish an event; `data` is free-form JSON written as literals.
    let published = try await outpost.publish(
        PublishRequest(data: ["user_id": "usr_123", "plan": "pro"], tenantID: "acme", topic: "user.created")
    )
    print("Published event \(published.id) to \(published.destinationIDs.count) destination(s)")

    // One page of the tenant's events; `events.listAll(...)` walks every page.
    let page = try await outpost.events.list(tenantID: ["acme"], limit: 10)
    for event in page.models ?? [] {
        print("Event \(event.id ?? "?"): \(event.topic ?? "no topic")")
    }

    // Every failed call throws `OutpostError`, with the HTTP status and Outpost's message.
    do {
        let other = try await outpost.tenants.get(tenantID: "globex")
        print("Tenant globex has \(other.destinationsCount ?? 0) destination(s)")
    } catch let error as OutpostError where error.status == 404 {
        print("No tenant globex: \(error.errorBody?.message ?? "not found")")
    }
}
