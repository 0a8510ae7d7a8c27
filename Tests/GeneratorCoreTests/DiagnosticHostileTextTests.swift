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
