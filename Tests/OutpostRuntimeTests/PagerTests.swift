import Foundation
import Testing

@testable import OutpostRuntime

/// A list page shaped like Outpost's `{models, pagination}` responses.
private struct EventPage: CursorPage, Decodable {
    struct Pagination: Decodable {
        var next: String?
        var prev: String?
    }

    var models: [String]
    var pagination: Pagination

    var items: [String] { models }
    var nextCursor: String? { pagination.next }
    var prevCursor: String? { pagination.prev }
}

@Suite struct PagerTests {
    private static let listEvents = APIOperation<EventPage>(
        id: "listEvents", method: .get, pathTemplate: "/events", security: [.adminAPIKey], responses: [.json(200)])

    /// Returns a pager over a client whose stub answers each request with the next body.
    private static func pager(
        bodies: [String],
        direction: PagingDirection = .forward,
        startCursor: PageCursor? = nil
    ) -> (Pager<EventPage>, StubTransport) {
        let transport = StubTransport(responses: bodies.map { .json(200, $0) })
        let client = Fixtures.client(transport: transport)
        let pager = Pager(operationID: "listEvents", direction: direction, startCursor: startCursor) { cursor in
            var input = OperationInput()
            input.addQuery("topic", ["a", "b"])
            input.addQuery("limit", "2")
            input.addQuery("dir", "asc")
            input.addQuery("next", cursor?.next)
            input.addQuery("prev", cursor?.prev)
            return try await client.send(listEvents, input)
        }
        return (pager, transport)
    }

    private static func collect(_ pager: Pager<EventPage>) async throws -> [String] {
        var items: [String] = []
        for try await item in pager.items {
            items.append(item)
        }
        return items
    }

    @Test(arguments: [
        #"{"models": ["e3"], "pagination": {"next": null, "prev": "c1"}}"#,
        #"{"models": ["e3"], "pagination": {"prev": "c1"}}"#,
        #"{"models": ["e3"], "pagination": {"next": "", "prev": "c1"}}"#,
    ])
    func stopsWhenTheNextCursorIsNullMissingOrEmpty(lastPage: String) async throws {
        let first = #"{"models": ["e1", "e2"], "pagination": {"next": "c1", "prev": null}}"#
        let (pager, transport) = Self.pager(bodies: [first, lastPage])

        #expect(try await Self.collect(pager) == ["e1", "e2", "e3"])
        #expect(transport.requests.count == 2)
    }

    @Test func keepsTheCallersFiltersAndAddsTheCursor() async throws {
        let first = #"{"models": ["e1"], "pagination": {"next": "c/1"}}"#
        let last = #"{"models": ["e2"], "pagination": {"next": null}}"#
        let (pager, transport) = Self.pager(bodies: [first, last])

        _ = try await Self.collect(pager)

        let queries = transport.requests.map { $0.url.query ?? "" }
        #expect(queries == ["topic=a&topic=b&limit=2&dir=asc", "topic=a&topic=b&limit=2&dir=asc&next=c%2F1"])
    }

    @Test func failsInsteadOfLoopingWhenTheServerRepeatsACursor() async throws {
        let first = #"{"models": ["e1"], "pagination": {"next": "c1"}}"#
        let second = #"{"models": ["e2"], "pagination": {"next": "c2"}}"#
        let repeated = #"{"models": ["e3"], "pagination": {"next": "c1"}}"#
        let (pager, transport) = Self.pager(bodies: [first, second, repeated])

        var items: [String] = []
        let error = await #expect(throws: OutpostError.self) {
            for try await item in pager.items {
                items.append(item)
            }
        }

        #expect(error?.kind == .repeatedCursor("c1"))
        #expect(error?.operationID == "listEvents")
        #expect(items == ["e1", "e2"])
        #expect(transport.requests.count == 3)
    }

    @Test func startsFromAGivenCursor() async throws {
        let page = #"{"models": ["e9"], "pagination": {"next": null}}"#
        let (pager, transport) = Self.pager(bodies: [page], startCursor: .next("c8"))

        #expect(try await Self.collect(pager) == ["e9"])
        #expect(transport.requests.first?.url.query?.hasSuffix("&next=c8") == true)
    }

    @Test func walksBackwardsWithPrev() async throws {
        let newer = #"{"models": ["e5", "e6"], "pagination": {"next": "n1", "prev": "p1"}}"#
        let older = #"{"models": ["e3", "e4"], "pagination": {"next": "n0", "prev": null}}"#
        let (pager, transport) = Self.pager(bodies: [newer, older], direction: .backward, startCursor: .prev("p2"))

        var pages: [[String]] = []
        for try await page in pager {
            pages.append(page.items)
        }

        #expect(pages == [["e5", "e6"], ["e3", "e4"]])
        #expect(transport.requests.map { $0.url.query?.hasSuffix("prev=p2") == true } == [true, false])
        #expect(transport.requests.last?.url.query?.hasSuffix("&prev=p1") == true)
    }

    @Test func fetchesLazily() async throws {
        let first = #"{"models": ["e1", "e2"], "pagination": {"next": "c1"}}"#
        let (pager, transport) = Self.pager(bodies: [first, first])

        var iterator = pager.items.makeAsyncIterator()
        let item = try await iterator.next()

        #expect(item == "e1")
        #expect(transport.requests.count == 1)
    }

    @Test func exposesTheCursorToSend() {
        #expect(PageCursor.next("a").next == "a")
        #expect(PageCursor.next("a").prev == nil)
        #expect(PageCursor.prev("b").prev == "b")
        #expect(PageCursor.prev("b").value == "b")
    }
}
