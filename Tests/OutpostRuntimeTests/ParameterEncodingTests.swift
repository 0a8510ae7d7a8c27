import Foundation
import Testing

@testable import OutpostRuntime

/// An open string enum as generated code declares one.
private enum Direction: String, Codable, Sendable {
    case asc
    case desc
}

/// A deepObject filter as generated code declares one.
private struct TimeRange: Codable, Sendable {
    var gte: Date?
    var lt: Date?
}

@Suite struct ParameterEncodingTests {
    private let client = Fixtures.client(transport: StubTransport(responses: [.json(200, Fixtures.tenantBody)]))

    private func url(_ input: OperationInput, template: String = "/events") async throws -> String {
        let operation = APIOperation<NoContent>(
            id: "listEvents", method: .get, pathTemplate: template, security: [], responses: [.noContent(200)])
        return try await client.makeRequest(operation, input).url.absoluteString
    }

    @Test func writesScalarsAsTheirText() async throws {
        var input = OperationInput()
        input.addQuery("limit", encoding: 50)
        input.addQuery("manual", encoding: false)
        input.addQuery("dir", encoding: Direction.asc)
        input.addQuery("next", encoding: String?.none)
        let url = try await url(input)
        #expect(url == "https://api.example.test/2025-07-01/events?limit=50&manual=false&dir=asc")
    }

    @Test func repeatsTheNameForEachArrayElement() async throws {
        var input = OperationInput()
        input.addQuery("topic", encoding: ["user.created", "user.deleted"])
        input.addQuery("filters[topic]", encoding: ["a"])
        let url = try await url(input)
        #expect(url.hasSuffix("/events?topic=user.created&topic=user.deleted&filters%5Btopic%5D=a"))
    }

    @Test func writesObjectMembersInDeepObjectStyle() async throws {
        var input = OperationInput()
        let start = Date(timeIntervalSince1970: 1_767_225_600)
        input.addQuery("time", encoding: TimeRange(gte: start, lt: nil), style: .deepObject)
        let url = try await url(input)
        #expect(url.hasSuffix("/events?time%5Bgte%5D=2026-01-01T00%3A00%3A00Z"))
    }

    @Test func writesTypedPathValuesAsOneSegment() async throws {
        var input = OperationInput()
        input.addPath("type", Direction.desc)
        input.addPath("tenant_id", "a/b")
        let url = try await url(input, template: "/tenants/{tenant_id}/{type}")
        #expect(url.hasSuffix("/tenants/a%2Fb/desc"))
    }

    @Test func failsTheCallForAValueWithoutTextForm() async throws {
        var input = OperationInput()
        input.addQuery("topic", encoding: [["nested"]])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await url(input)
        }
        #expect(error?.kind == .invalidRequest)
        #expect(error?.operationID == "listEvents")
        #expect(
            error?.detail == "The parameter 'topic' cannot be sent: a nested array, object or null has no text form")
    }

    @Test func rejectsAnArrayAsAPathValue() async throws {
        var input = OperationInput()
        input.addPath("tenant_id", ["a", "b"])
        let error = await #expect(throws: OutpostError.self) {
            _ = try await url(input, template: "/tenants/{tenant_id}")
        }
        #expect(error?.detail == "The parameter 'tenant_id' cannot be sent: a path parameter needs exactly one value")
    }
}
