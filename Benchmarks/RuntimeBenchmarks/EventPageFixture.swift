import Foundation

/// Builds list pages of events shaped like the API's `EventPaginatedResult`, deterministically.
///
/// Timestamps are written the way Outpost's Go server writes them: RFC 3339 in UTC, with a fraction of one to nine
/// digits only when it is not zero, so one page mixes both forms. `data` is free-form JSON of several kinds of
/// values, and `metadata` is a string map or null.
enum EventPageFixture {
    /// The fractions the timestamps cycle through; the empty one is a whole second.
    private static let fractions = ["", ".5", ".123", "", ".123456", ".123456789", ".04"]

    /// Returns the JSON of a page of `count` events.
    ///
    /// - Parameters:
    ///   - count: How many events the page holds.
    ///   - next: The page's `next` cursor, or nil for the last page.
    ///   - prev: The page's `prev` cursor, or nil for the first page.
    /// - Returns: The page's JSON, UTF-8 encoded.
    static func page(count: Int, next: String? = nil, prev: String? = nil) -> Data {
        page(models: models(count: count), limit: count, next: next, prev: prev)
    }

    /// Returns the JSON of a page around events already written out by ``models(count:)``.
    ///
    /// - Parameters:
    ///   - models: The events' JSON, separated by commas.
    ///   - limit: The page size to state in `pagination`.
    ///   - next: The page's `next` cursor, or nil for the last page.
    ///   - prev: The page's `prev` cursor, or nil for the first page.
    /// - Returns: The page's JSON, UTF-8 encoded.
    static func page(models: String, limit: Int, next: String?, prev: String?) -> Data {
        let next = next.map { "\"\($0)\"" } ?? "null"
        let prev = prev.map { "\"\($0)\"" } ?? "null"
        let pagination =
            #""pagination":{"order_by":"time","dir":"desc","limit":\#(limit),"next":\#(next),"prev":\#(prev)}"#
        return Data(#"{"models":[\#(models)],\#(pagination)}"#.utf8)
    }

    /// Returns the JSON of `count` events separated by commas, numbered from 0.
    static func models(count: Int) -> String {
        (0..<count).map(event).joined(separator: ",")
    }

    /// Returns one event's JSON.
    static func event(_ number: Int) -> String {
        let time = timestamp(number)
        let metadata = number % 4 == 3 ? "null" : #"{"source":"checkout","attempt":"\#(number % 3)"}"#
        let destinations = (0..<(number % 3)).map { #""des_\#((number + $0) % 9)""# }.joined(separator: ",")
        let items = (0...(number % 2)).map { item in
            #"{"sku":"sku-\#(item)","quantity":\#(item + 1),"price":\#(Double(number % 50) + 0.25)}"#
        }
        return #"{"id":"evt_\#(padded(number, 7))","tenant_id":"tn_\#(number % 17)","#
            + #""matched_destination_ids":[\#(destinations)],"topic":"order.\#(number % 2 == 0 ? "placed" : "paid")","#
            + #""time":"\#(time)","metadata":\#(metadata),"#
            + #""data":{"order_id":"ord_\#(number)","total":\#(Double(number) * 1.25 + 0.5),"currency":"EUR","#
            + #""paid":\#(number % 2 == 0),"coupon":null,"items":[\#(items.joined(separator: ","))],"#
            + #""customer":{"id":"cus_\#(number % 100)","tags":["vip","eu"]}}}"#
    }

    private static func timestamp(_ number: Int) -> String {
        let minute = padded(number / 60 % 60, 2)
        let second = padded(number % 60, 2)
        return "2026-12-04T\(padded(number / 3600 % 24, 2)):\(minute):\(second)\(fractions[number % fractions.count])Z"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
