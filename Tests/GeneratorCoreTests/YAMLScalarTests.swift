import GeneratorCore
import Testing

struct ScalarCase: CustomTestStringConvertible, Sendable {
    var source: String
    var value: ScalarValue
    var text: String
    var testDescription: String { "\(source) is \(value.kindDescription)" }
}

@Test(
    "Scalars resolve under the YAML 1.2 core schema",
    arguments: [
        ScalarCase(source: #""1""#, value: .string, text: "1"),
        ScalarCase(source: "1", value: .integer, text: "1"),
        ScalarCase(source: "-17", value: .integer, text: "-17"),
        ScalarCase(source: "0x1F", value: .integer, text: "0x1F"),
        ScalarCase(source: "0o17", value: .integer, text: "0o17"),
        ScalarCase(source: "1.0", value: .float, text: "1.0"),
        ScalarCase(source: "6.02e23", value: .float, text: "6.02e23"),
        ScalarCase(source: ".inf", value: .float, text: ".inf"),
        ScalarCase(source: "yes", value: .string, text: "yes"),
        ScalarCase(source: "on", value: .string, text: "on"),
        ScalarCase(source: "no", value: .string, text: "no"),
        ScalarCase(source: "true", value: .bool(true), text: "true"),
        ScalarCase(source: "False", value: .bool(false), text: "False"),
        ScalarCase(source: "null", value: .null, text: "null"),
        ScalarCase(source: "~", value: .null, text: "~"),
        ScalarCase(source: "", value: .null, text: ""),
        ScalarCase(source: "'null'", value: .string, text: "null"),
        ScalarCase(source: "!!str 12", value: .string, text: "12"),
        ScalarCase(source: "1.2.3", value: .string, text: "1.2.3"),
        ScalarCase(source: "2025-07-01", value: .string, text: "2025-07-01"),
    ]
)
func scalarResolvesUnderCoreSchema(_ scalarCase: ScalarCase) throws {
    let result = parseYAML("value: \(scalarCase.source)\n")
    let scalar = try #require(result.value?["value"]?.scalar)
    #expect(scalar.value == scalarCase.value)
    #expect(scalar.text == scalarCase.text)
}

@Test func scalarKeepsItsQuotingStyle() throws {
    let result = parseYAML(
        """
        plain: a
        single: 'b'
        double: "c"
        literal: |
          d
        folded: >
          e
        """
    )
    let root = try #require(result.value)
    #expect(root["plain"]?.scalar?.style == .plain)
    #expect(root["single"]?.scalar?.style == .singleQuoted)
    #expect(root["double"]?.scalar?.style == .doubleQuoted)
    #expect(root["literal"]?.scalar?.style == .literal)
    #expect(root["literal"]?.scalar?.text == "d\n")
    #expect(root["folded"]?.scalar?.style == .folded)
}

@Test func jsonDocumentLoadsThroughTheSamePath() throws {
    let result = parseYAML(#"{"openapi": "3.1.0", "count": 1, "quoted": "1", "list": [true, null]}"#)
    let root = try #require(result.value)
    #expect(result.diagnostics.isEmpty)
    #expect(root["openapi"]?.string == "3.1.0")
    #expect(root["count"]?.scalar?.value == .integer)
    #expect(root["quoted"]?.scalar?.value == .string)
    #expect(root.at("list", 0)?.scalar?.value == .bool(true))
    #expect(root.at("list", 1)?.scalar?.value == .null)
    #expect(root["list"]?.location == SourceLocation(line: 1, column: 57))
}
