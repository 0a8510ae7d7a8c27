import Foundation
import Outpost
import Testing

/// Answers larger than ``ClientConfiguration/maxResponseBodyBytes``, declared up front or streamed without a length.
@Suite("Faults: bodies past the size limit", .needsMockServer)
struct SizeFaultContractTests {
    static let limit = 4096

    /// The excerpt of a padding body longer than an excerpt: its first 1024 characters and an ellipsis.
    static let paddingExcerpt = #"{"padding": ""# + String(repeating: "x", count: 1024 - 13) + "…"

    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    private func limitedClient() -> OutpostClient {
        session.client { $0.maxResponseBodyBytes = Self.limit }
    }

    @Test(arguments: ["oversize", "stream"])
    func bodyOneBytePastTheLimitFailsAsTooLarge(fault: String) async throws {
        let client = limitedClient()

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(
                tenantID: "tenant_acme", options: session.prefer("fault=\(fault); size=\(Self.limit + 1)"))
        }

        #expect(error.kind == .responseTooLarge(limit: Self.limit))
        #expect(error.operationID == "getTenant")
        #expect(error.status == 200)
        #expect(error.attempts == 1)
        #expect(error.errorBody == nil)
        // A declared length past the limit is refused before the body is read; a stream is cut at the limit.
        #expect(error.bodyExcerpt == (fault == "stream" ? Self.paddingExcerpt : nil))
        #expect(try await session.faultLog(count: 1).map(\.status) == [200])
    }

    @Test(arguments: ["oversize", "stream"])
    func bodyExactlyAtTheLimitIsRead(fault: String) async throws {
        let client = limitedClient()

        // The padding document has no member a tenant declares, so it decodes as a tenant without values.
        let tenant = try await client.tenants.get(
            tenantID: "tenant_acme", options: session.prefer("fault=\(fault); size=\(Self.limit)"))

        #expect(tenant.id == nil)
        #expect(tenant.topics == nil)
    }

    @Test func largeBodyDeclaredUpFrontIsRefusedBeforeAnyOfItIsRead() async throws {
        let client = limitedClient()

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("fault=oversize"))
        }

        #expect(error.kind == .responseTooLarge(limit: Self.limit))
        #expect(error.status == 200)
        #expect(error.headers["content-length"] == "1048576")
        #expect(error.bodyExcerpt == nil)
        #expect(try await session.faultLog(count: 1).map(\.fault) == ["oversize: a 200 with Content-Length 1048576"])
    }

    @Test func streamedBodyIsCutAtTheLimitAndExcerpted() async throws {
        let client = limitedClient()

        let error = try await #require(throws: OutpostError.self) {
            try await client.tenants.get(tenantID: "tenant_acme", options: session.prefer("fault=stream; size=8388608"))
        }

        #expect(error.kind == .responseTooLarge(limit: Self.limit))
        #expect(error.status == 200)
        #expect(error.headers["content-length"] == nil)
        #expect(error.bodyExcerpt == Self.paddingExcerpt)
        #expect(error.attempts == 1)
        let entry = try #require(try await session.faultLog(count: 1).first)
        #expect(entry.fault == "stream: a 200 streaming 8388608 bytes in chunks, without a length")
    }
}
