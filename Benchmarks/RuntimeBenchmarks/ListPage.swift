import Foundation
import OutpostRuntime

/// One event of a list page, shaped like the API's event model.
struct Event: Codable, Hashable, Sendable {
    var id: String
    var tenantID: String
    var destinationID: String
    var topic: String
    var time: Date
    var successfulAt: Date?
    var metadata: [String: String]?
    var data: EventData

    enum CodingKeys: String, CodingKey {
        case id
        case tenantID = "tenant_id"
        case destinationID = "destination_id"
        case topic
        case time
        case successfulAt = "successful_at"
        case metadata
        case data
    }
}

/// The event's payload: a few nested fields of the kinds real payloads carry.
struct EventData: Codable, Hashable, Sendable {
    var userID: String
    var plan: String
    var amount: Double
    var seats: Int
    var tags: [String]
    var address: Address

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case plan
        case amount
        case seats
        case tags
        case address
    }
}

/// A nested object inside the payload.
struct Address: Codable, Hashable, Sendable {
    var city: String
    var country: String
    var postcode: String?
}

/// A page of a cursor-paginated list.
struct EventPage: Codable, Hashable, Sendable {
    var models: [Event]
    var pagination: Pagination
}

/// The cursor block of a list page.
struct Pagination: Codable, Hashable, Sendable {
    var orderBy: String
    var dir: String
    var limit: Int
    var next: String?
    var prev: String?

    enum CodingKeys: String, CodingKey {
        case orderBy = "order_by"
        case dir
        case limit
        case next
        case prev
    }
}

/// Builds the JSON of a list page of `count` events, deterministically.
enum ListPageFixture {
    /// Returns the page's JSON; timestamps alternate between whole seconds and 3, 6 or 9 fraction digits, or
    /// are all whole seconds when `withFractions` is false.
    static func makeJSON(count: Int, withFractions: Bool = true) -> Data {
        var events: [String] = []
        events.reserveCapacity(count)
        for number in 0..<count {
            events.append(event(number, fractions: withFractions ? ["", ".123", ".123456", ".123456789"] : [""]))
        }
        let pagination = #""pagination":{"order_by":"time","dir":"desc","limit":\#(count),"next":"MTcz","prev":null}"#
        return Data("{\"models\":[\(events.joined(separator: ","))],\(pagination)}".utf8)
    }

    /// Returns one event's JSON.
    private static func event(_ number: Int, fractions: [String]) -> String {
        let second = String(format: "%02d", number % 60)
        let time =
            "2026-12-04T16:\(String(format: "%02d", number / 60 % 60)):\(second)\(fractions[number % fractions.count])Z"
        let successful =
            number % 5 == 0 ? "null" : "\"2026-12-04T16:10:\(second)\(fractions[(number + 1) % fractions.count])Z\""
        let tags = (0..<(number % 4)).map { "\"tag-\($0)\"" }.joined(separator: ",")
        return """
            {"id":"evt_\(String(format: "%06d", number))","tenant_id":"tn_\(number % 17)",\
            "destination_id":"des_\(number % 9)","topic":"user.\(number % 2 == 0 ? "created" : "updated")",\
            "time":"\(time)","successful_at":\(successful),\
            "metadata":{"src":"bill","attempt":"\(number % 3)"},\
            "data":{"user_id":"usr_\(number)","plan":"pro","amount":\(Double(number) * 1.25 + 0.5),\
            "seats":\(number % 50),"tags":[\(tags)],\
            "address":{"city":"Porto","country":"PT","postcode":\(number % 2 == 0 ? "\"4000\"" : "null")}}}
            """
    }
}
