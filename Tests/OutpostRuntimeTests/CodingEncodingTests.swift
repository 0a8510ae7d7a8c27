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

@Test func writesShortestRoundTrippingNumbers() throws {
    let value: JSONValue = [2.0, 0.1, 1e20, -0.0, .double(.leastNonzeroMagnitude), 9_007_199_254_740_993, -1]

    #expect(try text(value) == "[2.0,0.1,1e+20,-0.0,5e-324,9007199254740993,-1]")
    #expect(try JSONCoding.parse(JSONCoding.encode(value)) == value)
}

@Test func escapesOnlyQuotesBackslashesAndControlCharacters() throws {
    let value = "quote \" backslash \\ slash / tab \t nul \u{0} bell \u{7} é 😀"

    #expect(try text([value]) == #"["quote \" backslash \\ slash / tab \t nul \u0000 bell \u0007 é 😀"]"#)
    #expect(try JSONCoding.decode([String].self, from: JSONCoding.encode([value])) == [value])
}

@Test func supportsNestedContainersFilledInAnyOrder() throws {
    struct Envelope: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            var list = container.nestedUnkeyedContainer(forKey: JSONKey("list"))
            var inner = container.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("inner"))
            try container.encode(1, forKey: JSONKey("late"))
            try list.encode("a")
            try inner.encode(true, forKey: JSONKey("flag"))
            var pair = list.nestedUnkeyedContainer()
            try pair.encodeNil()
            try pair.encode(2.5)
        }
    }

    #expect(try text(Envelope()) == #"{"inner":{"flag":true},"late":1,"list":["a",[null,2.5]]}"#)
}

@Test func writesAnEmptyObjectForATypeThatEncodesNothing() throws {
    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }
    struct Empty: Encodable {}

    #expect(try text([Nothing()]) == "[{}]")
    #expect(try text(Empty()) == "{}")
}

@Test func writesFoundationTypesAsFoundationsEncoderDoes() throws {
    let data = Data([0xFF, 0x00, 0x10])
    let url = try #require(URL(string: "https://example.test/a?b=c"))
    let decimal = try #require(Decimal(string: "12.50"))

    #expect(try text([data]) == #"["/wAQ"]"#)
    #expect(try text([url]) == #"["https://example.test/a?b=c"]"#)
    #expect(try text([decimal]) == "[12.5]")
    #expect(try JSONCoding.decode([Data].self, from: JSONCoding.encode([data])) == [data])
}

@Test func keepsTheLastValueOfARepeatedKey() throws {
    struct Repeated: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: JSONKey.self)
            try container.encode(1, forKey: JSONKey("b"))
            try container.encode(2, forKey: JSONKey("a"))
            try container.encode(3, forKey: JSONKey("b"))
        }
    }

    #expect(try text(Repeated()) == #"{"a":2,"b":3}"#)
}

/// A coding key made from any string.
private struct JSONKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil

    init(_ name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        nil
    }
}
