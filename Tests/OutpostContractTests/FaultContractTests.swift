import Foundation
import Outpost
import Testing

/// Broken answers from the mock's faults, each to a valid call: every one ends in an ``OutpostError`` of the
/// right kind, never in a value, a crash or a hang.
@Suite("Faults in the body of an answer", .needsMockServer)
struct FaultContractTests {
    /// The tenant example as the mock sends it, byte for byte.
    static let tenantJSON =
        #"{"id": "tenant_acme", "destinations_count": 3, "topics": ["customer.updated", "invoice.paid", "#
        + #""order.placed", "order.refunded"], "metadata": {"display_name": "Acme Corp", "plan": "enterprise"}, "#
        + #""created_at": "2026-01-08T14:03:29Z", "updated_at": "2026-11-21T09:47:12.604Z"}"#

    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    private func getTenant(_ client: OutpostClient, prefer: String) async throws -> OutpostError {
        try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer(prefer))
        }
    }

    @Test func connectionClosedMidBodyFailsAsTransportWithWhatArrived() async throws {
        let error = try await getTenant(session.client(), prefer: "fault=cut-body")

        let half = String(Self.tenantJSON.prefix(Self.tenantJSON.utf8.count / 2))
        #expect(error.kind == .transport)
        #expect(error.operationID == "getTenant")
        #expect(error.status == 200)
        #expect(error.bodyExcerpt == half)
        #expect(error.errorBody == nil)
        #expect(error.attempts == 1)
        let entry = try #require(try await session.faultLog(count: 1).first)
        #expect(entry.operationID == "getTenant")
        #expect(entry.valid == true)
        #expect(entry.fault == "cut-body: Content-Length 273, 136 bytes sent, then the connection closed")
    }

    @Test func truncatedJSONFailsToDecodeWithTheHalfThatArrived() async throws {
        let error = try await getTenant(session.client(), prefer: "fault=truncated-json")

        // The text ends inside an object, which the parser reports at the root.
        #expect(error.kind == .decoding(path: "$"))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 200)
        #expect(error.bodyExcerpt == String(Self.tenantJSON.prefix(136)))
        #expect(error.errorBody == nil)
        #expect(error.attempts == 1)
        #expect(try await session.faultLog(count: 1).map(\.status) == [200])
    }

    @Test func plainTextDeclaredAsJSONFailsToDecodeAtTheRoot() async throws {
        let error = try await getTenant(session.client(), prefer: "fault=not-json")

        #expect(error.kind == .decoding(path: "$"))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 200)
        #expect(error.bodyExcerpt == "Service temporarily unavailable; please try again later.\n")
        #expect(error.attempts == 1)
    }

    @Test func emptyBodyDeclaredAsJSONFailsToDecodeWithoutAnExcerpt() async throws {
        let error = try await getTenant(session.client(), prefer: "fault=empty-body")

        #expect(error.kind == .decoding(path: "$"))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 200)
        #expect(error.bodyExcerpt == nil)
        #expect(error.attempts == 1)
    }

    @Test func proxysHTMLErrorPageFailsWithItsStatusAndAnExcerptOfThePage() async throws {
        let error = try await getTenant(session.client(), prefer: "fault=html-error")

        #expect(error.kind == .httpStatus(502))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 502)
        #expect(error.errorBody == nil)
        let excerpt = try #require(error.bodyExcerpt)
        #expect(excerpt.hasPrefix("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"))
        #expect(error.headers["content-type"] == "text/html; charset=utf-8")
        #expect(error.attempts == 1)
        #expect(error.description.contains("Body: <!DOCTYPE html>"))
        #expect(try await session.faultLog(count: 1).map(\.fault) == ["html-error: a 502 HTML page from a proxy"])
    }
}
