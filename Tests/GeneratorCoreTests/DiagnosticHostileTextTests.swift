import GeneratorCore
import Testing

@Test func longMessageKeepsItsBeginningAndItsEnd() {
    let version = String(repeating: "9", count: 10_000)
    let message = "OpenAPI version '\(version)' is not supported; expected 3.0.x or 3.1.x"
    let diagnostic = Diagnostic.error(message)

    // Two thirds of the limit from the start, a quarter from the end.
    #expect(message.count == 10_060)
    #expect(diagnostic.message.hasPrefix("OpenAPI version '" + String(repeating: "9", count: 249) + "…"))
    #expect(
        diagnostic.message.hasSuffix(
            "…" + String(repeating: "9", count: 57) + "' is not supported; expected 3.0.x or 3.1.x"))
    #expect(diagnostic.message.contains("…(9694 characters left out)…"))
    #expect(diagnostic.message.count == 266 + 100 + "…(9694 characters left out)…".count)
}

@Test func messageAtTheLimitIsKeptWhole() {
    let message = String(repeating: "m", count: Diagnostic.maximumMessageLength)
    #expect(Diagnostic.error(message).message == message)
}

@Test func longLineIsQuotedAroundTheColumn() {
    let line = String(repeating: "a", count: 1_000) + "X" + String(repeating: "b", count: 1_000)
    let diagnostic = Diagnostic.error("here", file: "doc.yaml", at: SourceLocation(line: 1, column: 1_001))
    let text = DiagnosticFormatter(source: SourceText(Array(line.utf8))).format(diagnostic)
    let lines = text.split(separator: "\n").map(String.init)

    #expect(lines.count == 3)
    #expect(lines[1] == "..." + String(repeating: "a", count: 80) + "X" + String(repeating: "b", count: 79) + "...")
    #expect(lines[2] == String(repeating: " ", count: 83) + "^")
}

@Test func longLineIsQuotedFromItsStartForAnEarlyColumn() {
    let line = String(repeating: "c", count: 500)
    let diagnostic = Diagnostic.error("here", file: "doc.yaml", at: SourceLocation(line: 1, column: 3))
    let lines = DiagnosticFormatter(source: SourceText(Array(line.utf8))).format(diagnostic).split(separator: "\n")

    #expect(lines[1] == String(repeating: "c", count: DiagnosticFormatter.maximumQuotedLineLength) + "...")
    #expect(lines[2] == "  ^")
}

@Test func longLineIsQuotedToItsEndForALateColumn() {
    let line = String(repeating: "c", count: 500)
    let diagnostic = Diagnostic.error("here", file: "doc.yaml", at: SourceLocation(line: 1, column: 501))
    let lines = DiagnosticFormatter(source: SourceText(Array(line.utf8))).format(diagnostic).split(separator: "\n")

    #expect(lines[1] == "..." + String(repeating: "c", count: DiagnosticFormatter.maximumQuotedLineLength))
    #expect(lines[2] == String(repeating: " ", count: 163) + "^")
}

@Test func controlCharactersOfAQuotedLineAreShownAsReplacementCharacters() {
    let bytes: [UInt8] = Array("a: ".utf8) + [0x00, 0x1B] + Array("[31m\tb".utf8)
    let diagnostic = Diagnostic.error("here", file: "doc.yaml", at: SourceLocation(line: 1, column: 4))
    let text = DiagnosticFormatter(source: SourceText(bytes)).format(diagnostic)

    #expect(text == "doc.yaml:1:4: error: here\na: \u{FFFD}\u{FFFD}[31m\tb\n   ^")
}

@Test func controlCharactersOfAMessageAndAPointerAreShownAsReplacementCharacters() {
    let diagnostic = Diagnostic.error(
        "version '1\u{1B}[2J\u{7}\nforged.yaml:1:1: error: x\u{85}\u{2028}\u{2029}'\t",
        file: "doc.yaml",
        pointer: "#/paths/~1a\u{1B}]0;title\u{7}\r\n\u{7F}/get"
    )

    // "\r\n" is one character but two scalars, each replaced.
    #expect(
        diagnostic.message
            == "version '1\u{FFFD}[2J\u{FFFD}\u{FFFD}forged.yaml:1:1: error: x\u{FFFD}\u{FFFD}\u{FFFD}'\t"
    )
    #expect(diagnostic.pointer == "#/paths/~1a\u{FFFD}]0;title\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}/get")
}

@Test func escapedVersionInTheDocumentPrintsAsOneLineWithoutControlCharacters() throws {
    let yaml = #"""
        openapi: "3.9\e[31m\ndoc.yaml:1:1: error: forged"
        info: {title: T, version: "1"}
        paths: {}
        """#
    let diagnostic = try #require(DocumentCheck(bytes: Array(yaml.utf8), file: "doc.yaml").diagnostics.first)

    #expect(
        diagnostic.description == "doc.yaml:1:10: error: OpenAPI version '3.9\u{FFFD}[31m\u{FFFD}doc.yaml:1:1: error: "
            + "forged' is not supported; expected 3.0.x or 3.1.x [#/openapi]"
    )
}

@Test func escapedKeyInTheDocumentPrintsWithoutControlCharactersInMessageOrPointer() throws {
    let yaml = #"""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            "A\e[8m\a\n": 5
        """#
    let diagnostics = DocumentCheck(bytes: Array(yaml.utf8), file: "doc.yaml").diagnostics

    #expect(
        diagnostics.map(\.description) == [
            "doc.yaml:5:19: error: schema 'A\u{FFFD}[8m\u{FFFD}\u{FFFD}' must be a mapping, not an integer "
                + "[#/components/schemas/A\u{FFFD}[8m\u{FFFD}\u{FFFD}]"
        ]
    )
}

@Test func longPointerKeepsItsBeginningAndItsEnd() {
    let pointer = "#/components/schemas/" + String(repeating: "k", count: 10_000) + "/properties/id"
    let diagnostic = Diagnostic.error("here", pointer: pointer)

    // Two thirds of the limit from the start, a quarter from the end.
    #expect(
        diagnostic.pointer
            == "#/components/schemas/" + String(repeating: "k", count: 245) + "…(9669 characters left out)…"
            + String(repeating: "k", count: 86) + "/properties/id"
    )
}

/// A key longer than libyaml's limit for an implicit key is written as an explicit one, `? key`.
@Test func errorUnderAHugeKeyPrintsABoundedPointer() throws {
    let key = String(repeating: "k", count: 1_024 * 1_024)
    let yaml = "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\ncomponents:\n  schemas:\n    ? \(key)\n    : 5\n"
    let diagnostic = try #require(DocumentCheck(bytes: Array(yaml.utf8), file: "doc.yaml").diagnostics.first)

    // Checked first so that a failure does not print the whole pointer.
    try #require((diagnostic.pointer?.count ?? 0) <= Diagnostic.maximumPointerLength + 40)
    let omitted = "#/components/schemas/".count + key.count - 266 - 100
    #expect(
        diagnostic.pointer
            == "#/components/schemas/" + String(repeating: "k", count: 245) + "…(\(omitted) characters left out)…"
            + String(repeating: "k", count: 100)
    )
}

/// A letter followed by combining marks is one character however many marks follow it.
@Test func runOfCombiningMarksIsBoundedInMessageAndPointer() {
    let marks = { (count: Int) in String(repeating: "\u{301}", count: count) }
    let text = "a" + marks(10_000)
    let diagnostic = Diagnostic.error("schema '\(text)' is wrong", pointer: "#/\(text)")

    #expect(text.count == 1)
    let message = "schema 'a" + marks(257) + "…(9653 characters left out)…" + marks(90) + "' is wrong"
    #expect(Array(diagnostic.message.unicodeScalars) == Array(message.unicodeScalars))
    let pointer = "#/a" + marks(263) + "…(9637 characters left out)…" + marks(100)
    #expect(Array((diagnostic.pointer ?? "").unicodeScalars) == Array(pointer.unicodeScalars))
}
