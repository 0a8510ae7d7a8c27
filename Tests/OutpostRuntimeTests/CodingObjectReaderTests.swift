import Foundation
import OutpostRuntime
import Testing

/// A model written the way generated code adopts `JSONObjectDecodable`, next to its synthesized `Codable`.
private struct ReaderTenant: Codable, Equatable, JSONObjectDecodable {
    var id: String
    var createdAt: Date
    var destinationsCount: Int
    var topics: [String]
    var metadata: [String: String]?
    var owner: ReaderOwner?
    var history: [ReaderOwner]?

    enum CodingKeys: String, CodingKey {
        case id
        case createdAt = "created_at"
        case destinationsCount = "destinations_count"
        case topics
        case metadata
        case owner
        case history
    }

    init(from object: JSONObjectReader) throws {
        id = try object.decode(String.self, forKey: "id")
        createdAt = try object.decode(Date.self, forKey: "created_at")
        destinationsCount = try object.decode(Int.self, forKey: "destinations_count")
        topics = try object.decode([String].self, forKey: "topics")
        metadata = try object.decodeIfPresent([String: String].self, forKey: "metadata")
        owner = try object.decodeIfPresent(ReaderOwner.self, forKey: "owner")
        history = try object.decodeIfPresent([ReaderOwner].self, forKey: "history")
    }
}

/// A nested model that decodes through the reader too.
private struct ReaderOwner: Codable, Equatable, JSONObjectDecodable {
    var name: String
    var plan: ReaderPlan

    init(name: String, plan: ReaderPlan) {
        self.name = name
        self.plan = plan
    }

    init(from object: JSONObjectReader) throws {
        name = try object.decode(String.self, forKey: "name")
        plan = try object.decode(ReaderPlan.self, forKey: "plan")
    }
}

/// A string enum that decodes through `Codable` inside a reader.
private enum ReaderPlan: String, Codable {
    case free
    case pro
}

private let tenantJSON = """
    {"id":"t1","created_at":"2026-12-04T16:08:00.5Z","destinations_count":3,"topics":["a","b"],
     "metadata":{"k":"v"},"owner":{"name":"Ana","plan":"pro"},"history":[{"plan":"free","name":"Bo"}]}
    """

@Test func readsMembersInAnyOrder() throws {
    let tenant = try JSONCoding.decode(ReaderTenant.self, from: Data(tenantJSON.utf8))

    #expect(tenant.id == "t1")
    #expect(RFC3339.formatDate(tenant.createdAt) == "2026-12-04T16:08:00.5Z")
    #expect(tenant.destinationsCount == 3)
    #expect(tenant.topics == ["a", "b"])
    #expect(tenant.metadata == ["k": "v"])
    #expect(tenant.owner == ReaderOwner(name: "Ana", plan: .pro))
    #expect(tenant.history == [ReaderOwner(name: "Bo", plan: .free)])
}

@Test func agreesWithTheCodablePathOfTheSameModel() throws {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { try RFC3339.parseDate($0.singleValueContainer().decode(String.self)) }

    let viaReader = try JSONCoding.decode(ReaderTenant.self, from: Data(tenantJSON.utf8))
    let viaCodable = try decoder.decode(ReaderTenant.self, from: Data(tenantJSON.utf8))

    #expect(viaReader == viaCodable)
}

@Test func treatsNullAndMissingOptionalMembersAsNil() throws {
    let json = #"{"id":"t2","created_at":"2026-12-04T16:08:00Z","destinations_count":0,"topics":[],"owner":null}"#

    let tenant = try JSONCoding.decode(ReaderTenant.self, from: Data(json.utf8))

    #expect(tenant.owner == nil)
    #expect(tenant.metadata == nil)
    #expect(tenant.history == nil)
}

@Test func decodesArraysOfReaderModelsAtTheTopLevel() throws {
    let tenants = try JSONCoding.decode([ReaderTenant].self, from: Data("[\(tenantJSON),\(tenantJSON)]".utf8))

    #expect(tenants.map(\.id) == ["t1", "t1"])
}

@Test func reportsAMissingMemberWithItsPath() throws {
    let json = #"[{"id":"t3","created_at":"2026-12-04T16:08:00Z","topics":[]}]"#

    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode([ReaderTenant].self, from: Data(json.utf8))
    }

    #expect(error.kind == .missingValue)
    #expect(error.codingPath == "[0].destinations_count")
    #expect(error.message == "expected a member named \"destinations_count\", found none")
}

@Test func reportsANestedMismatchWithItsPath() throws {
    let json = tenantJSON.replacingOccurrences(of: #""plan":"free""#, with: #""plan":7"#)

    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(ReaderTenant.self, from: Data(json.utf8))
    }

    #expect(error.kind == .typeMismatch)
    #expect(error.codingPath == "history[0].plan")
    #expect(error.line == 2)
}

@Test func refusesANonObjectForAReaderModel() throws {
    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(ReaderOwner.self, from: Data("[]".utf8))
    }

    #expect(error.message == "expected an object, found an array")
}

@Test func readsMergePatchMembers() throws {
    struct Update: Decodable, JSONObjectDecodable {
        var name: PatchField<String>
        var filter: PatchField<JSONValue>
        var topics: PatchField<[String]>

        init(from decoder: any Decoder) throws {
            self = try JSONCoding.decode(Update.self, from: Data("{}".utf8))
        }

        init(from object: JSONObjectReader) throws {
            name = try object.decode(PatchField<String>.self, forKey: "name")
            filter = try object.decode(PatchField<JSONValue>.self, forKey: "filter")
            topics = try object.decode(PatchField<[String]>.self, forKey: "topics")
        }
    }

    let update = try JSONCoding.decode(Update.self, from: Data(#"{"filter":null,"topics":["a"]}"#.utf8))

    #expect(update.name == .unchanged)
    #expect(update.filter == .clear)
    #expect(update.topics == .set(["a"]))
}

@Test func exposesContainsAndACodableDecoder() throws {
    struct Probe: Decodable, JSONObjectDecodable {
        var hasID: Bool
        var hasMissing: Bool
        var viaDecoder: ReaderOwner

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not used"))
        }

        init(from object: JSONObjectReader) throws {
            hasID = object.contains("name")
            hasMissing = object.contains("missing")
            viaDecoder = try ReaderOwner(from: object.decoder)
        }
    }

    let probe = try JSONCoding.decode(Probe.self, from: Data(#"{"name":"Cy","plan":"free"}"#.utf8))

    #expect(probe.hasID)
    #expect(!probe.hasMissing)
    #expect(probe.viaDecoder == ReaderOwner(name: "Cy", plan: .free))
}

@Test func readsRequiredArraysOfReaderModelsWithElementPaths() throws {
    struct Team: Decodable, JSONObjectDecodable {
        var members: [ReaderOwner]

        init(from object: JSONObjectReader) throws {
            members = try object.decode([ReaderOwner].self, forKey: "members")
        }
    }
    let good = #"{"members":[{"name":"A","plan":"free"},{"name":"B","plan":"pro"}]}"#
    let bad = good.replacingOccurrences(of: #""plan":"pro""#, with: #""plan":"gold""#)

    let team = try JSONCoding.decode(Team.self, from: Data(good.utf8))
    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.decode(Team.self, from: Data(bad.utf8)) }

    #expect(team.members == [ReaderOwner(name: "A", plan: .free), ReaderOwner(name: "B", plan: .pro)])
    #expect(error.kind == .invalidValue)
    #expect(error.codingPath == "members[1].plan")
}
