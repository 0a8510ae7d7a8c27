import Foundation
import Testing

@testable import OutpostRuntime

/// A model whose two initializers record which one ran, and otherwise read the same members.
private struct Labelled: Decodable, Equatable, JSONObjectDecodable {
    var path: String
    var name: String?
    var note: PatchField<String>
    var extras: [String: Int]

    enum CodingKeys: String, CodingKey {
        case name
        case note
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = "codable"
        name = try container.decode(String?.self, forKey: .name)
        note = try container.decode(PatchField<String>.self, forKey: .note)
        let object = try decoder.container(keyedBy: AnyKey.self)
        var extras: [String: Int] = [:]
        for key in object.allKeys where CodingKeys(rawValue: key.stringValue) == nil {
            extras[key.stringValue] = try object.decode(Int.self, forKey: key)
        }
        self.extras = extras
    }

    init(from object: JSONObjectReader) throws {
        path = "reader"
        name = try object.decode(String?.self, forKey: "name")
        note = try object.decode(PatchField<String>.self, forKey: "note")
        extras = try object.decodeMembers(Int.self) { CodingKeys(rawValue: $0) == nil }
    }

    /// The value without the initializer that made it.
    var members: Labelled {
        var copy = self
        copy.path = ""
        return copy
    }
}

/// Decodes through both paths and returns the results, the object reader's first.
private func bothPaths(_ json: String) throws -> (Labelled, Labelled) {
    let data = Data(json.utf8)
    return (
        try JSONCoding.decode(Labelled.self, from: data, usesObjectReaders: true),
        try JSONCoding.decode(Labelled.self, from: data, usesObjectReaders: false)
    )
}

@Test func turningObjectReadersOffDecodesThroughCodable() throws {
    let (viaReader, viaCodable) = try bothPaths(#"{"name":"a","b":2}"#)

    #expect(viaReader.path == "reader")
    #expect(viaCodable.path == "codable")
    #expect(viaReader.members == viaCodable.members)
}

@Test func readsARequiredNullableMemberAsNilOnlyWhenItIsNull() throws {
    let (present, _) = try bothPaths(#"{"name":"a"}"#)
    let (null, _) = try bothPaths(#"{"name":null}"#)
    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Labelled.self, from: Data("{}".utf8))
    }

    #expect(present.name == "a")
    #expect(null.name == nil)
    #expect(error.kind == .missingValue)
    #expect(error.codingPath == "name")
}

@Test func keepsTheMembersBeyondTheListedOnesInBothPathsAlike() throws {
    let (viaReader, viaCodable) = try bothPaths(#"{"z":1,"name":null,"a":2,"note":"n"}"#)

    #expect(viaReader.extras == ["z": 1, "a": 2])
    #expect(viaReader.note == .set("n"))
    #expect(viaReader.members == viaCodable.members)
}

@Test func reportsAnExtraMemberOfTheWrongKindAtItsKey() throws {
    let json = Data(#"{"name":null,"count":"three"}"#.utf8)

    let viaReader = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Labelled.self, from: json, usesObjectReaders: true)
    }
    let viaCodable = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Labelled.self, from: json, usesObjectReaders: false)
    }

    #expect(viaReader.kind == .typeMismatch)
    #expect(viaReader.codingPath == "count")
    #expect(viaReader.description == viaCodable.description)
}

@Test(
    "Repeated keys decode alike through both paths",
    arguments: [
        #"{"name":null,"note":"a","note":null}"#,
        #"{"name":"x","note":null,"note":"b","name":"y"}"#,
        #"{"name":null,"k":1,"k":2,"note":"c"}"#,
    ])
func repeatedKeysDecodeAlikeThroughBothPaths(_ json: String) throws {
    let data = Data(json.utf8)
    let viaReader = Result { try JSONCoding.decode(Labelled.self, from: data, usesObjectReaders: true).members }
    let viaCodable = Result { try JSONCoding.decode(Labelled.self, from: data, usesObjectReaders: false).members }

    switch (viaReader, viaCodable) {
    case (.success(let reader), .success(let codable)):
        #expect(reader == codable)
    case (.failure(let reader), .failure(let codable)):
        #expect("\(reader)" == "\(codable)")
    default:
        Issue.record("the paths disagree: \(viaReader), but \(viaCodable)")
    }
}

@Test func decodesTheWholeObjectAsAnotherType() throws {
    struct Wrapper: Decodable, JSONObjectDecodable {
        var asJSON: JSONValue
        var asReaderModel: Labelled
        var asMap: [String: String?]

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not used"))
        }

        init(from object: JSONObjectReader) throws {
            asJSON = try object.decode(JSONValue.self)
            asReaderModel = try object.decode(Labelled.self)
            asMap = try object.decode([String: String?].self)
        }
    }

    let wrapper = try JSONCoding.decode(Wrapper.self, from: Data(#"{"name":"a","note":null}"#.utf8))

    #expect(wrapper.asJSON == ["name": "a", "note": nil])
    #expect(wrapper.asReaderModel.path == "reader")
    #expect(wrapper.asReaderModel.note == .clear)
    #expect(wrapper.asMap == ["name": "a", "note": nil])
}

@Test func readsOptionalAndNullableArraysAndObjectsOfReaderModels() throws {
    struct Holder: Decodable, JSONObjectDecodable {
        var list: [Labelled]?
        var missing: [Labelled]?
        var nullable: Labelled?

        init(from decoder: any Decoder) throws {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not used"))
        }

        init(from object: JSONObjectReader) throws {
            list = try object.decodeIfPresent([Labelled].self, forKey: "list")
            missing = try object.decodeIfPresent([Labelled].self, forKey: "missing")
            nullable = try object.decode(Labelled?.self, forKey: "nullable")
        }
    }
    let json = #"{"list":[{"name":"a"},{"name":null}],"nullable":null}"#

    let holder = try JSONCoding.decode(Holder.self, from: Data(json.utf8))
    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Holder.self, from: Data(#"{"list":[{"name":"a"},7],"nullable":null}"#.utf8))
    }

    #expect(holder.list?.map(\.name) == ["a", nil])
    #expect(holder.list?.map(\.path) == ["reader", "reader"])
    #expect(holder.missing == nil)
    #expect(holder.nullable == nil)
    #expect(error.kind == .typeMismatch)
    #expect(error.codingPath == "list[1]")
}
