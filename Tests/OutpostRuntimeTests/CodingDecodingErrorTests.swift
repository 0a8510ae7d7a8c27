import Foundation
import OutpostRuntime
import Testing

private struct Page: Decodable {
    var models: [Model]
}

private struct Model: Decodable {
    var id: String
    var createdAt: Date
    var count: Int?

    enum CodingKeys: String, CodingKey {
        case id
        case createdAt = "created_at"
        case count
    }
}

private func decodingError(_ json: String) throws -> JSONCodingError {
    try #require(throws: JSONCodingError.self) { try JSONCoding.decode(Page.self, from: Data(json.utf8)) }
}

@Test func typeMismatchCarriesThePathAndWhatWasFound() throws {
    let error = try decodingError(
        """
        {"models": [
          {"id": "a", "created_at": "2026-12-04T16:08:00Z"},
          {"id": 7, "created_at": "2026-12-04T16:08:00Z"}
        ]}
        """)

    #expect(error.kind == .typeMismatch)
    #expect(error.codingPath == "models[1].id")
    #expect(error.message == "expected a string, found a number")
    #expect(error.line == 3)
    #expect(error.column == 10)
    #expect(
        error.description == """
            Cannot decode JSON at models[1].id (line 3, column 10): expected a string, found a number.
            """)
}

@Test func missingKeyNamesTheKeyInThePath() throws {
    let error = try decodingError(#"{"models": [{"created_at": "2026-12-04T16:08:00Z"}]}"#)

    #expect(error.kind == .missingValue)
    #expect(error.codingPath == "models[0].id")
    #expect(error.message == "expected a member named \"id\", found none")
    #expect(error.column == 13)
}

@Test func nullForARequiredValueIsAMissingValue() throws {
    let error = try decodingError(#"{"models": [{"id": null, "created_at": "2026-12-04T16:08:00Z"}]}"#)

    #expect(error.kind == .missingValue)
    #expect(error.codingPath == "models[0].id")
    #expect(error.message == "expected a string, found null")
}

@Test func invalidDateCarriesThePathAndTheExpectedForm() throws {
    let error = try decodingError(#"{"models": [{"id": "a", "created_at": "2026-12-04 16:08"}]}"#)

    #expect(error.kind == .invalidValue)
    #expect(error.codingPath == "models[0].created_at")
    #expect(error.message.hasPrefix("expected an RFC 3339 date-time such as 2026-12-04T16:08:00Z"))
    #expect(error.message.hasSuffix("found \"2026-12-04 16:08\" ('T' between the date and the time at character 11)"))
}

@Test func numberOutOfRangeForItsTypeIsAnInvalidValue() throws {
    let error = try decodingError(#"{"models": [{"id": "a", "created_at": "2026-12-04T16:08:00Z", "count": 1e30}]}"#)

    #expect(error.kind == .invalidValue)
    #expect(error.codingPath == "models[0].count")
    #expect(error.message == "expected a number that fits in Int, found 1e30")
}

@Test func wrongContainerKindAtTheTopLevel() throws {
    let error = try decodingError("[]")

    #expect(error.kind == .typeMismatch)
    #expect(error.codingPath == "")
    #expect(error.message == "expected an object, found an array")
    #expect(error.description.hasPrefix("Cannot decode JSON at the top level (line 1, column 1)"))
}

@Test func errorsFromATypesOwnInitializerKeepTheirCause() throws {
    struct Refusal: Error {}
    struct Picky: Decodable {
        init(from decoder: any Decoder) throws {
            throw Refusal()
        }
    }

    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.decode(Picky.self, from: Data("{}".utf8)) }

    #expect(error.kind == .invalidValue)
    #expect(error.underlyingError is Refusal)
}
