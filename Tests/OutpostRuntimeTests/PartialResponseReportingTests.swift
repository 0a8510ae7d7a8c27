import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct PartialResponseReportingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let reason: TransportFailure.Reason
        let kind: OutpostError.Kind
    }

    static let cases = [
        Case(testDescription: "cut connection", reason: .connectionFailed, kind: .transport),
        Case(testDescription: "deadline passed", reason: .timedOut, kind: .timeout),
        Case(testDescription: "body past the limit", reason: .responseTooLarge, kind: .responseTooLarge(limit: 2048)),
    ]

    @Test(arguments: cases)
    func errorCarriesTheStatusAndAnExcerptOfWhatArrived(_ failure: Case) async throws {
        let partial = HTTPResponse.json(200, #"{"id": "acme", "secret": "whsec_abc123", "top"#)
        let transport = StubTransport { _, _ in
            throw TransportFailure(failure.reason, partialResponse: partial)
        }
        let client = Fixtures.client(transport: transport, retryPolicy: .never) { $0.maxResponseBodyBytes = 2048 }

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == failure.kind)
        #expect(error?.operationID == "getTenant")
        #expect(error?.status == 200)
        #expect(error?.bodyExcerpt == #"{"id": "acme", "secret": "[redacted]", "top"#)
        #expect(error?.headers["content-type"] == "application/json")
        #expect(error?.errorBody == nil)
        #expect(error?.attempts == 1)
    }

    @Test func failureWithoutAResponseHasNoStatusOrExcerpt() async throws {
        let transport = StubTransport { _, _ in throw TransportFailure(.connectionFailed) }
        let client = Fixtures.client(transport: transport, retryPolicy: .never)

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .transport)
        #expect(error?.status == nil)
        #expect(error?.bodyExcerpt == nil)
    }

    @Test func bodyPastTheLimitFromATransportThatKeptItAllIsExcerptedBoundedly() async throws {
        let transport = StubTransport { _, _ in
            HTTPResponse.json(200, #"{"id": ""# + String(repeating: "y", count: 5000) + #""}"#)
        }
        let client = Fixtures.client(transport: transport, retryPolicy: .never) { $0.maxResponseBodyBytes = 4096 }

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
        }

        #expect(error?.kind == .responseTooLarge(limit: 4096))
        #expect(error?.status == 200)
        #expect(error?.bodyExcerpt?.count == 1025)
        #expect(error?.bodyExcerpt?.hasPrefix(#"{"id": "yyy"#) == true)
    }
}

@Suite struct PartialResponseSecrecyTests {
    @Test func underlyingFailureKeepsItsReasonButNotTheRawResponse() async throws {
        let partial = HTTPResponse(
            status: 200,
            headers: ["Content-Type": "application/json", "X-Echo": "Bearer admin-key-123"],
            body: Data(#"{"echo": "admin-key-123", "id": "ac"#.utf8)
        )
        let transport = StubTransport { _, _ in
            throw TransportFailure(
                .connectionFailed, underlyingError: URLError(.networkConnectionLost), partialResponse: partial)
        }
        let client = Fixtures.client(transport: transport, retryPolicy: .never)

        let error = try #require(
            await #expect(throws: OutpostError.self) {
                _ = try await client.send(Fixtures.getTenant, Fixtures.tenantInput)
            }
        )

        let cause = try #require(error.underlyingError as? TransportFailure)
        #expect(cause.reason == .connectionFailed)
        #expect((cause.underlyingError as? URLError)?.code == .networkConnectionLost)
        #expect(cause.partialResponse == nil)
        #expect(error.status == 200)
        #expect(error.bodyExcerpt?.contains("admin-key-123") == false)

        var dumped = ""
        dump(error, to: &dumped)
        #expect(!dumped.contains("admin-key-123"))
        #expect(!String(reflecting: error).contains("admin-key-123"))
    }
}
