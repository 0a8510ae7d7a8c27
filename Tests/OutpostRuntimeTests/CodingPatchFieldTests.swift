import Foundation
import OutpostRuntime
import Testing

/// A merge-patch body whose Codable conformance is synthesized.
private struct DestinationUpdate: Codable, Equatable {
    var topics: PatchField<[String]> = .unchanged
    var disabledAt: PatchField<Date> = .unchanged
    var metadata: PatchField<[String: String?]> = .unchanged

    enum CodingKeys: String, CodingKey {
        case topics
        case disabledAt = "disabled_at"
        case metadata
    }
}

private func encodedText(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

@Test func leavesUnchangedFieldsOut() throws {
    #expect(try encodedText(DestinationUpdate()) == "{}")
}

@Test func writesClearedFieldsAsNull() throws {
    let update = DestinationUpdate(topics: .clear, disabledAt: .clear)

    #expect(try encodedText(update) == #"{"disabled_at":null,"topics":null}"#)
}

@Test func writesSetFieldsAsTheirValue() throws {
    let update = DestinationUpdate(topics: .set(["user.created"]), disabledAt: .set(Date(timeIntervalSince1970: 0)))

    #expect(try encodedText(update) == #"{"disabled_at":"1970-01-01T00:00:00Z","topics":["user.created"]}"#)
}

@Test func writesNullForAMetadataKeyToDelete() throws {
    let update = DestinationUpdate(metadata: .set(["team": nil, "tier": "gold"]))

    #expect(try encodedText(update) == #"{"metadata":{"team":null,"tier":"gold"}}"#)
}

@Test func foundationEncoderAlsoOmitsAndNulls() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let update = DestinationUpdate(topics: .clear, metadata: .set(["team": nil]))

    let text = String(decoding: try encoder.encode(update), as: UTF8.self)

    #expect(text == #"{"metadata":{"team":null},"topics":null}"#)
}

@Test func decodesMissingAsUnchangedNullAsClearAndValuesAsSet() throws {
    let json = Data(#"{"topics":null,"metadata":{"team":null,"tier":"gold"}}"#.utf8)

    let viaTape = try JSONCoding.decode(DestinationUpdate.self, from: json)
    let viaFoundation = try JSONDecoder().decode(DestinationUpdate.self, from: json)

    let expected = DestinationUpdate(
        topics: .clear, disabledAt: .unchanged, metadata: .set(["team": nil, "tier": "gold"]))
    #expect(viaTape == expected)
    #expect(viaFoundation == expected)
}

@Test func convertsFromAnOptional() {
    #expect(PatchField<Int>(nil) == .clear)
    #expect(PatchField<Int>(3) == .set(3))
    #expect(PatchField<Int>.set(3).value == 3)
    #expect(PatchField<Int>.clear.value == nil)
    #expect(PatchField<Int>.unchanged.isUnchanged)
}

@Test func refusesToEncodeAnUnchangedFieldOnItsOwn() throws {
    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.encode([PatchField<Int>.unchanged]) }

    #expect(error.kind == .encoding)
    #expect(error.codingPath == "[0]")
}
