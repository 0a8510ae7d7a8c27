import Foundation
import Testing

@testable import OutpostRuntime

/// An event as the tests decode it, with a server timestamp.
private struct Event: Decodable, Sendable {
    var id: String
    var time: Date
}

/// The output of an operation with two documented success statuses.
enum UpsertResult: Sendable, Equatable {
    case updated(Tenant)
    case created(Tenant)
}

@Suite struct ResponseDecodingTests {
    @Test func decodesServerDatesWithAndWithoutFractions() async throws {
        let operation = APIOperation<[Event]>(
            id: "listEvents", method: .get, pathTemplate: "/events", security: [], responses: [.json(200)])
        let body =
            #"[{"id": "e1", "time": "2026-01-02T03:04:05Z"}, {"id": "e2", "time": "2026-01-02T03:04:05.5+01:00"}]"#
        let client = Fixtures.client(transport: StubTransport(responses: [.json(200, body)]))

        let events = try await client.send(operation, OperationInput())

        #expect(events.map(\.time.timeIntervalSince1970) == [1_767_323_045, 1_767_319_445.5])
    }

    @Test(arguments: [(200, UpsertResult.updated(Tenant(id: "acme"))), (201, .created(Tenant(id: "acme")))])
    func picksTheDecoderForTheStatus(status: Int, expected: UpsertResult) async throws {
        let operation = APIOperation<UpsertResult>(
            id: "upsertTenant", method: .put, pathTemplate: "/tenants/{tenant_id}", security: [.adminAPIKey],
            responses: [
                .json(200, as: Tenant.self) { .updated($0) },
                .json(201, as: Tenant.self) { .created($0) },
            ])
        let client = Fixtures.client(transport: StubTransport(responses: [.json(status, Fixtures.tenantBody)]))

        #expect(try await client.send(operation, Fixtures.tenantInput) == expected)
    }

    @Test func reportsThePathOfAFailureInsideAnArray() async throws {
        let operation = APIOperation<[Event]>(
            id: "listEvents", method: .get, pathTemplate: "/events", security: [], responses: [.json(200)])
        let body = #"[{"id": "e1", "time": "2026-01-02T03:04:05Z"}, {"id": "e2", "time": "yesterday"}]"#
        let client = Fixtures.client(transport: StubTransport(responses: [.json(200, body)]))

        let error = await #expect(throws: OutpostError.self) {
            _ = try await client.send(operation, OperationInput())
        }

        #expect(error?.kind == .decoding(path: "$[1].time"))
        #expect(error?.underlyingError is JSONCodingError)
    }
}
