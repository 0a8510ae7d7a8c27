import Foundation
import Outpost
import Testing

extension SecurityContractTests {
    @Suite("Hostile identifiers stay one path segment")
    struct PathSegments {
        let session: MockSession
        let client: OutpostClient

        init() throws {
            session = try MockSession()
            client = session.client()
        }

        @Test(arguments: PathOperation.all, HostileText.identifiers)
        func identifierReachesTheServerAsOnePercentEncodedSegment(
            operation: PathOperation,
            identifier: HostileText
        ) async throws {
            do {
                try await operation.call(client, identifier.text)
            } catch let error as OutpostError where operation.isEnumeration {
                // The document lists the values this parameter takes, so the mock refuses any other.
                #expect(error.status == 400)
            }

            let request = try await session.onlyRequest()
            #expect(request.operationID == operation.id)
            #expect(request.valid == !operation.isEnumeration, "the validator: \(request.validationMessage ?? "")")
            #expect(request.query.isEmpty)
            let path = try #require(request.path.removingPrefix(MockServer.apiPath))
            let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            let expected = operation.template.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            try #require(segments.count == expected.count, "the server received \(request.path)")

            for (segment, part) in zip(segments, expected) {
                guard part.hasPrefix("{") else {
                    #expect(segment == part)
                    continue
                }
                #expect(String(segment).isStrictlyPercentEncoded, "the segment \(segment) is not fully encoded")
                #expect(segment != "." && segment != "..")
                let decoded = try #require(segment.removingPercentEncoding)
                #expect(Array(decoded.utf8) == Array(identifier.text.utf8), "\(segment) decodes to \(decoded)")
            }
        }

        @Test func dotSegmentsAreSentAsPercentEncodedDots() async throws {
            _ = try await client.destinations.get(tenantID: ".", destinationID: "..")

            let request = try await session.onlyRequest()
            request.expectAccepted(as: "getTenantDestination", "GET", "/tenants/%2E/destinations/%2E%2E")
        }
    }
}

/// An operation with path parameters, called with one identifier in every one of its parameters.
struct PathOperation: Sendable, CustomTestStringConvertible {
    /// The operation's `operationId`.
    let id: String

    /// The path template below the API's base path.
    let template: String

    /// A Boolean value that indicates whether the document limits the parameter to a list of values.
    var isEnumeration = false

    /// Calls the operation with the identifier in every path parameter.
    let call: @Sendable (OutpostClient, String) async throws -> Void

    var testDescription: String { id }

    /// One operation per kind of path parameter: tenant, destination, event and attempt IDs, and a destination type
    /// that the open enumeration lets a caller give as any text.
    static let all: [PathOperation] = [
        PathOperation(id: "getTenant", template: "/tenants/{tenant_id}") { client, id in
            _ = try await client.tenants.get(tenantID: id)
        },
        PathOperation(id: "getTenantDestination", template: "/tenants/{tenant_id}/destinations/{destination_id}") {
            client,
            id in
            _ = try await client.destinations.get(tenantID: id, destinationID: id)
        },
        PathOperation(id: "getEvent", template: "/events/{event_id}") { client, id in
            _ = try await client.events.get(eventID: id)
        },
        PathOperation(id: "getAttempt", template: "/attempts/{attempt_id}") { client, id in
            _ = try await client.attempts.get(attemptID: id)
        },
        PathOperation(
            id: "getTenantDestinationAttempt",
            template: "/tenants/{tenant_id}/destinations/{destination_id}/attempts/{attempt_id}"
        ) { client, id in
            _ = try await client.destinations.getAttempt(tenantID: id, destinationID: id, attemptID: id)
        },
        PathOperation(id: "getDestinationTypeSchema", template: "/destination-types/{type}", isEnumeration: true) {
            client,
            id in
            _ = try await client.schemas.getDestinationType(type: .unknown(id))
        },
    ]
}

extension String {
    /// Returns the text after the prefix, or `nil` when the text does not start with it.
    func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
