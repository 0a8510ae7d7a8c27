import Foundation
import OutpostRuntime

// The list page's models again, adopting JSONObjectDecodable the way generated code does.

/// A list page whose models decode through `JSONObjectReader`.
struct FastEventPage: Codable, Hashable, Sendable, JSONObjectDecodable {
    var models: [FastEvent]
    var pagination: Pagination

    init(from object: JSONObjectReader) throws {
        models = try object.decode([FastEvent].self, forKey: "models")
        pagination = try object.decode(Pagination.self, forKey: "pagination")
    }
}

/// An event that decodes through `JSONObjectReader`.
struct FastEvent: Codable, Hashable, Sendable, JSONObjectDecodable {
    var id: String
    var tenantID: String
    var destinationID: String
    var topic: String
    var time: Date
    var successfulAt: Date?
    var metadata: [String: String]?
    var data: FastEventData

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

    init(from object: JSONObjectReader) throws {
        id = try object.decode(String.self, forKey: "id")
        tenantID = try object.decode(String.self, forKey: "tenant_id")
        destinationID = try object.decode(String.self, forKey: "destination_id")
        topic = try object.decode(String.self, forKey: "topic")
        time = try object.decode(Date.self, forKey: "time")
        successfulAt = try object.decodeIfPresent(Date.self, forKey: "successful_at")
        metadata = try object.decodeIfPresent([String: String].self, forKey: "metadata")
        data = try object.decode(FastEventData.self, forKey: "data")
    }
}

/// An event payload that decodes through `JSONObjectReader`.
struct FastEventData: Codable, Hashable, Sendable, JSONObjectDecodable {
    var userID: String
    var plan: String
    var amount: Double
    var seats: Int
    var tags: [String]
    var address: FastAddress

    enum CodingKeys: String, CodingKey {
        case userID = "user_id"
        case plan
        case amount
        case seats
        case tags
        case address
    }

    init(from object: JSONObjectReader) throws {
        userID = try object.decode(String.self, forKey: "user_id")
        plan = try object.decode(String.self, forKey: "plan")
        amount = try object.decode(Double.self, forKey: "amount")
        seats = try object.decode(Int.self, forKey: "seats")
        tags = try object.decode([String].self, forKey: "tags")
        address = try object.decode(FastAddress.self, forKey: "address")
    }
}

/// An address that decodes through `JSONObjectReader`.
struct FastAddress: Codable, Hashable, Sendable, JSONObjectDecodable {
    var city: String
    var country: String
    var postcode: String?

    init(from object: JSONObjectReader) throws {
        city = try object.decode(String.self, forKey: "city")
        country = try object.decode(String.self, forKey: "country")
        postcode = try object.decodeIfPresent(String.self, forKey: "postcode")
    }
}
