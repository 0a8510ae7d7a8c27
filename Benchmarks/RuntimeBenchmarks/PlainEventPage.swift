import Foundation

/// The baseline's list page: hand-written `Codable` structs of the same shape as the generated models, decoded by
/// Foundation's `JSONDecoder` alone, as an app would write them without the SDK.
struct PlainEventPage: Decodable {
    var models: [PlainEvent]?
    var pagination: PlainPagination?

    /// A decoder for these structs: dates with or without a fraction through Foundation's ISO 8601 parsing.
    static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let withoutFraction = Date.ISO8601FormatStyle()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            if let date = (try? withFraction.parse(text)) ?? (try? withoutFraction.parse(text)) {
                return date
            }
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "not a date-time: \(text)"))
        }
        return decoder
    }
}

/// One event.
struct PlainEvent: Decodable {
    var id: String?
    var tenantID: String?
    var matchedDestinationIDs: [String]?
    var topic: String?
    var time: Date?
    var metadata: [String: String]?
    var data: [String: PlainJSON]?

    enum CodingKeys: String, CodingKey {
        case id
        case tenantID = "tenant_id"
        case matchedDestinationIDs = "matched_destination_ids"
        case topic
        case time
        case metadata
        case data
    }
}

/// The cursor block of a page.
struct PlainPagination: Decodable {
    var orderBy: String?
    var dir: String?
    var limit: Int?
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

/// Any JSON value, as free-form payloads need; Foundation has no such type.
indirect enum PlainJSON: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([PlainJSON])
    case object([String: PlainJSON])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // The most frequent kinds first: each failed attempt costs a thrown error.
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode([String: PlainJSON].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([PlainJSON].self))
        }
    }
}
