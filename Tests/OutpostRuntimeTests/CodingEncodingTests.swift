import Foundation
import OutpostRuntime
import Testing

private func text(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

@Test func sortsKeysAndLeavesSlashesUnescaped() throws {
    let value: JSONValue = ["url": "https://example.test/hooks", "b": 1, "a": [true, nil]]

    #expect(try text(value) == #"{"a":[true,null],"b":1,"url":"https://example.test/hooks"}"#)
}

@Test func writesTheSameBytesForEqualValues() throws {
    let first: JSONValue = ["z": 1, "y": ["b": 2, "a": 3]]
    let second: JSONValue = ["y": ["a": 3, "b": 2], "z": 1]

    #expect(try JSONCoding.encode(first) == JSONCoding.encode(second))
}

@Test func writesDatesInUTC() throws {
    let date = try RFC3339.parseDate("2026-12-04T17:08:00.123+01:00")

    #expect(try text(["at": date]) == #"{"at":"2026-12-04T16:08:00.123Z"}"#)
}

@Test func refusesNonFiniteNumbersWithThePath() throws {
    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.encode(["ratio": Double.nan]) }

    #expect(error.kind == .encoding)
    #expect(error.codingPath == "ratio")
}

@Test func roundTripsJSONValueThroughTheRuntime() throws {
    let value: JSONValue = ["a": [1, 2.5, "s", true, nil], "b": ["c": -9_007_199_254_740_993], "e": [:], "f": []]

    #expect(try JSONCoding.parse(JSONCoding.encode(value)) == value)
}
