import Foundation
import GeneratorCore
import Testing

@Test func blockMappingBrokenMidLineReportsLibYAMLProblemAtItsPosition() {
    let result = parseYAML(
        """
        paths:
          /tenants:
            get: {summary: list} extra
        """
    )
    #expect(
        result.messages == [
            "doc.yaml:3:26: error: did not find expected key",
            "doc.yaml:3:5: note: while parsing a block mapping",
        ]
    )
    #expect(result.value == nil)
}

@Test func valueOutdentedIntoAMappingReportsTheMissingKey() {
    let result = parseYAML("info:\n  title: x\n version: 1\n")
    #expect(
        result.messages == [
            "doc.yaml:3:2: error: did not find expected key",
            "doc.yaml:1:1: note: while parsing a block mapping",
        ]
    )
}

@Test func tabInIndentationIsExplained() {
    let result = parseYAML("info:\n\ttitle: x\n")
    #expect(
        result.messages == [
            "doc.yaml:2:1: error: tab character in indentation or before a value; YAML indents with spaces only"
        ]
    )
}

@Test func invalidUTF8IsLocatedByLineAndColumn() {
    // "é" is two bytes but one column, so the bad byte after it is in column 9, not 10.
    let bytes = Array("a: 1\nb: 2\nc: \"café".utf8) + [0xFF] + Array("\"\n".utf8)
    let result = parseYAML(bytes: bytes)
    #expect(result.messages == ["doc.yaml:3:9: error: invalid UTF-8: invalid leading UTF-8 octet (byte 0xFF)"])
}

@Test func errorAtTheEndOfInputWithoutALineBreakIsOnTheLastLine() {
    #expect(
        parseYAML("a: {").messages == [
            "doc.yaml:1:5: error: did not find expected node content",
            "doc.yaml:1:5: note: while parsing a flow node",
        ]
    )
}

@Test func nodeAtTheEndOfInputWithoutALineBreakIsOnTheLastLine() throws {
    let root = try #require(parseYAML("a:").value)
    #expect(root["a"]?.location == SourceLocation(line: 1, column: 3))
}

@Test func emptyFileIsAnError() {
    #expect(
        parseYAML("").messages == ["doc.yaml:1:1: error: the file holds no YAML document; expected an OpenAPI document"]
    )
}

@Test func fileWithOnlyCommentsIsAnError() {
    let result = parseYAML("# nothing here\n\n")
    #expect(result.messages == ["doc.yaml:1:1: error: the file holds no YAML document; expected an OpenAPI document"])
}

@Test func secondDocumentInTheStreamIsAnError() {
    let result = parseYAML("openapi: 3.1.0\n---\nopenapi: 3.0.3\n")
    let expected =
        "doc.yaml:2:1: error: the file holds more than one YAML document; an OpenAPI document must be the only one"
    #expect(result.messages == [expected])
    #expect(result.value == nil)
}

@Test func undefinedAliasIsAnError() {
    let result = parseYAML("a: *missing\n")
    #expect(result.messages == ["doc.yaml:1:4: error: alias '*missing' is not defined before use"])
}

@Test func aliasInsideItsOwnAnchorIsAnError() {
    let result = parseYAML("a: &loop\n  b: *loop\n")
    #expect(result.messages == ["doc.yaml:2:6: error: alias '*loop' refers to a node that contains it"])
}

@Test func aliasExpansionBombIsRefused() {
    var lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
        let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
        lines.append("l\(level): &l\(level) [\(aliases)]")
    }
    let result = parseYAML(lines.joined(separator: "\n"))
    #expect(result.value == nil)
    // Each level holds ten times the one before; the eighth alias on line 6 passes a million nodes.
    #expect(
        result.messages == ["doc.yaml:6:45: error: the document expands to more than 1000000 nodes through its aliases"]
    )
}

/// The root mapping is the first level, so the 256th bracket, in column 259, is one too deep.
@Test func deepFlowNestingIsRefused() {
    let text = "a: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
    let result = parseYAML(text)
    #expect(result.messages == ["doc.yaml:1:259: error: nesting deeper than 256 levels"])
}

@Test func deepBlockNestingIsRefused() {
    let text = (0..<5_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
    let result = parseYAML(text)
    #expect(result.messages == ["doc.yaml:257:257: error: nesting deeper than 256 levels"])
}

@Test func nestingLimitIsConfigurable() {
    let result = parseYAML("a: [[[1]]]", limits: YAMLParser.Limits(maximumDepth: 3))
    #expect(result.messages == ["doc.yaml:1:6: error: nesting deeper than 3 levels"])
}

@Test func errorIsPrintedWithTheSourceLineAndACaret() throws {
    let source = "a:\n  b: [1, 2\n  c: 3\n"
    let result = parseYAML(source)
    let error = try #require(result.diagnostics.first)
    let text = DiagnosticFormatter(source: SourceText(Array(source.utf8))).format(error)
    #expect(
        text == """
            doc.yaml:3:4: error: did not find expected ',' or ']'
              c: 3
               ^
            """
    )
}

@Test(.enabled(if: FileManager.default.fileExists(atPath: referenceDocumentPath)))
func referenceDocumentParsesWithoutDiagnostics() throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: referenceDocumentPath)))
    let result = YAMLParser().parse(bytes, file: "outpost-openapi.yaml")
    #expect(result.diagnostics.isEmpty)
    #expect(result.value?["openapi"]?.string == "3.1.0")
}

/// Outpost's published document, kept beside the repository as reference data.
let referenceDocumentPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/reference/outpost-openapi.yaml").path
