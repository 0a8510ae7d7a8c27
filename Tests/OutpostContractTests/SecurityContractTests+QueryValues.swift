import Foundation
import Outpost
import Testing

extension SecurityContractTests {
    @Suite("Hostile query values arrive exactly as sent")
    struct QueryValues {
        let session: MockSession
        let client: OutpostClient

        init() throws {
            session = try MockSession()
            client = session.client()
        }

        @Test(arguments: HostileText.queryValues)
        func valueInAnArrayFilterIsReadBackExactly(_ value: HostileText) async throws {
            _ = try await client.events.list(topic: [value.text, "order.placed"])

            let request = try await session.onlyRequest()
            request.expectAccepted(
                as: "listEvents", "GET", "/events", query: [["topic", value.text], ["topic", "order.placed"]])
            try expectBytes(of: request.queryItems, [["topic", value.text], ["topic", "order.placed"]])
            try expectStrictPairs(request.query, count: 2)
        }

        @Test(arguments: HostileText.queryValues)
        func valueBesideAPathIdentifierIsReadBackExactly(_ value: HostileText) async throws {
            _ = try await client.events.get(eventID: "evt_ord_5521_created", tenantID: value.text)

            let request = try await session.onlyRequest()
            request.expectAccepted(
                as: "getEvent", "GET", "/events/evt_ord_5521_created", query: [["tenant_id", value.text]])
            try expectBytes(of: request.queryItems, [["tenant_id", value.text]])
            try expectStrictPairs(request.query, count: 1)
        }

        @Test func everyHostileValueInOneRequestKeepsItsOwnPair() async throws {
            let values = HostileText.queryValues.map(\.text)

            _ = try await client.tenants.list(id: values, limit: 5)

            let request = try await session.onlyRequest()
            let expected = values.map { ["id", $0] } + [["limit", "5"]]
            request.expectAccepted(as: "listTenants", "GET", "/tenants", query: expected)
            try expectBytes(of: request.queryItems, expected)
            try expectStrictPairs(request.query, count: values.count + 1)
            #expect(!request.query.contains("+"), "a plus sign in the raw query reads as a space")
        }

        /// Checks the decoded pairs byte for byte, since `String` equality treats canonically equivalent text as equal.
        private func expectBytes(
            of items: [[String]],
            _ expected: [[String]],
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            try #require(items.count == expected.count, sourceLocation: sourceLocation)
            for (item, pair) in zip(items, expected) {
                #expect(item.map { Array($0.utf8) } == pair.map { Array($0.utf8) }, sourceLocation: sourceLocation)
            }
        }

        /// Checks that the raw query is `count` pairs of `name=value`, each side strictly percent-encoded.
        private func expectStrictPairs(
            _ query: String,
            count: Int,
            sourceLocation: SourceLocation = #_sourceLocation
        ) throws {
            let pairs = query.split(separator: "&", omittingEmptySubsequences: false)
            try #require(pairs.count == count, "the raw query: \(query)", sourceLocation: sourceLocation)
            for pair in pairs {
                let sides = pair.split(separator: "=", omittingEmptySubsequences: false)
                #expect(sides.count == 2, "the pair \(pair)", sourceLocation: sourceLocation)
                #expect(sides.allSatisfy { String($0).isStrictlyPercentEncoded }, sourceLocation: sourceLocation)
            }
        }
    }
}
