import Foundation
import Outpost
import Testing

/// Successful answers whose body does not match the document: each call fails to decode, naming the JSON path.
@Suite("Faults: answers that do not match the document", .needsMockServer)
struct MismatchFaultContractTests {
    /// One broken answer: the fault, the call it answers and the path the error must name.
    struct Mismatch: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let prefer: String
        let operationID: String
        let status: Int
        let path: String
        /// Text the body excerpt shows for a wrong type, or a member name it lacks for a left-out property.
        let evidence: String
        let call: @Sendable (OutpostClient, RequestOptions) async throws -> Void

        /// The fault's log line in the mock, which names the same path the client must report.
        var logPrefix: String {
            prefer.hasPrefix("fault=wrong-type") ? "wrong-type: \(path) is " : "missing-field: \(path) left out"
        }
    }

    static let mismatches: [Mismatch] = [
        Mismatch(
            testDescription: "number for a required string",
            prefer: "fault=wrong-type; field=id",
            operationID: "getTenantDestination",
            status: 200,
            path: "$.id",
            evidence: #""id": 12345"#,
            call: { client, options in
                _ = try await client.destinations.get(
                    tenantID: "tenant_acme", destinationID: "des_8Kq2xT4mWp", options: options)
            }
        ),
        Mismatch(
            testDescription: "required property left out",
            prefer: "fault=missing-field; field=created_at",
            operationID: "getTenantDestination",
            status: 200,
            path: "$.created_at",
            evidence: #""created_at":"#,
            call: { client, options in
                _ = try await client.destinations.get(
                    tenantID: "tenant_acme", destinationID: "des_8Kq2xT4mWp", options: options)
            }
        ),
        Mismatch(
            testDescription: "number for a nested required string",
            prefer: "fault=wrong-type; field=config.url",
            operationID: "getTenantDestination",
            status: 200,
            path: "$.config.url",
            evidence: #""url": 12345"#,
            call: { client, options in
                _ = try await client.destinations.get(
                    tenantID: "tenant_acme", destinationID: "des_8Kq2xT4mWp", options: options)
            }
        ),
        Mismatch(
            testDescription: "required map left out of the health check",
            prefer: "fault=missing-field; field=workers",
            operationID: "healthCheck",
            status: 200,
            path: "$.workers",
            evidence: #""workers":"#,
            call: { client, options in _ = try await client.health.check(options: options) }
        ),
        Mismatch(
            testDescription: "number for an ID inside a list page",
            prefer: "fault=wrong-type; field=models.1.id",
            operationID: "listTenants",
            status: 200,
            path: "$.models[1].id",
            evidence: #""id": 12345"#,
            call: { client, options in _ = try await client.tenants.list(options: options) }
        ),
        Mismatch(
            testDescription: "text for an optional integer",
            prefer: "fault=wrong-type; field=destinations_count",
            operationID: "getTenant",
            status: 200,
            path: "$.destinations_count",
            evidence: #""destinations_count": "not-a-number""#,
            call: { client, options in _ = try await client.tenants.get(tenantID: "tenant_acme", options: options) }
        ),
        Mismatch(
            testDescription: "number inside an array of strings",
            prefer: "fault=wrong-type; field=topics.2",
            operationID: "getTenant",
            status: 200,
            path: "$.topics[2]",
            evidence: #""invoice.paid", 12345, "order.refunded""#,
            call: { client, options in _ = try await client.tenants.get(tenantID: "tenant_acme", options: options) }
        ),
        Mismatch(
            testDescription: "first required property of a publish answer left out",
            prefer: "fault=missing-field",
            operationID: "publishEvent",
            status: 202,
            path: "$.id",
            evidence: #""id":"#,
            call: { client, options in
                _ = try await client.publish(PublishRequest(data: ["order_id": "ord_5521"]), options: options)
            }
        ),
    ]

    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test(arguments: mismatches)
    func answerNotMatchingTheDocumentFailsToDecodeAtItsPath(_ mismatch: Mismatch) async throws {
        let client = session.client()

        let error = try await #require(throws: OutpostError.self) {
            try await mismatch.call(client, session.prefer(mismatch.prefer))
        }

        #expect(error.kind == .decoding(path: mismatch.path))
        #expect(error.operationID == mismatch.operationID)
        #expect(error.status == mismatch.status)
        #expect(error.errorBody == nil)
        #expect(error.attempts == 1)
        #expect(error.underlyingError != nil)
        #expect(error.description.contains("at \(mismatch.path)."))
        let entry = try #require(try await session.faultLog(count: 1).first)
        #expect(entry.operationID == mismatch.operationID)
        #expect(entry.valid == true)
        #expect(entry.fault?.hasPrefix(mismatch.logPrefix) == true, "the mock says: \(entry.fault ?? "nothing")")
        // The excerpt is the body as sent, so it shows the broken value, or lacks the property left out.
        let excerpt = try #require(error.bodyExcerpt)
        #expect(excerpt.contains(mismatch.evidence) == mismatch.prefer.hasPrefix("fault=wrong-type"), "\(excerpt)")
    }
}
