import Foundation

/// What the loopback server answers: one tenant, and a list of events served in pages with cursors.
struct FixtureAnswers: Sendable {
    /// The events the paged list holds in all.
    let totalEvents: Int

    /// The events on each page.
    let pageSize: Int

    /// The JSON of one page's events; every page repeats them, only the cursors differ.
    private let pageModels: String

    /// The answer to `GET /tenants/{tenant_id}`.
    static let tenant =
        Data(
            #"{"id":"tn_1","destinations_count":3,"topics":["order.placed","order.paid"],"metadata":{"plan":"pro"},"#
                .utf8)
        + Data(#""created_at":"2026-12-01T10:00:00Z","updated_at":"2026-12-03T08:30:00.123456Z"}"#.utf8)

    /// Creates the answers of a list of `totalEvents` events in pages of `pageSize`.
    init(totalEvents: Int, pageSize: Int) {
        self.totalEvents = totalEvents
        self.pageSize = pageSize
        pageModels = EventPageFixture.models(count: pageSize)
    }

    /// Returns the answer to a request target.
    func answer(_ target: String) -> LoopbackServer.Answer {
        if target.hasPrefix("/tenants/") {
            return (200, Self.tenant)
        }
        if target.hasPrefix("/events") {
            return (200, eventPage(cursor: Self.queryValue("next", in: target)))
        }
        return (404, Data(#"{"message":"not found"}"#.utf8))
    }

    /// Returns the page a `next` cursor such as `p3` points at; the first page without one.
    private func eventPage(cursor: String?) -> Data {
        let index = cursor.flatMap { Int($0.dropFirst()) } ?? 0
        let pageCount = (totalEvents + pageSize - 1) / pageSize
        let next = index + 1 < pageCount ? "p\(index + 1)" : nil
        let prev = index > 0 ? "p\(index - 1)" : nil
        return EventPageFixture.page(models: pageModels, limit: pageSize, next: next, prev: prev)
    }

    private static func queryValue(_ name: String, in target: String) -> String? {
        guard let query = target.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(separator: "&") where pair.hasPrefix("\(name)=") {
            return String(pair.dropFirst(name.count + 1))
        }
        return nil
    }
}
