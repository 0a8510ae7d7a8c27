import GeneratorCore
import Testing

/// A document with one wrongly typed schema for each of `count` component schemas.
private func documentWithBrokenSchemas(_ count: Int) -> String {
    let schemas = (0..<count).map { "    S\($0): 5" }
    return """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
        \(schemas.joined(separator: "\n"))
        """
}

@Test func reportPrintsTheFirstHundredErrorsThenANoteThatCountsTheRest() {
    let yaml = documentWithBrokenSchemas(250)
    let check = DocumentCheck(bytes: Array(yaml.utf8), file: "doc.yaml")
    let report = DiagnosticReport(check.diagnostics, sources: [("doc.yaml", Array(yaml.utf8))])
    let entries = report.entries

    #expect(check.summary == "0 operations, 0 schemas, 0 warnings, 250 errors")
    #expect(report.printed == Array(check.diagnostics.prefix(100)))
    #expect(entries.count == 101)
    #expect(
        entries[99] == """
            doc.yaml:104:10: error: schema 'S99' must be a mapping, not an integer [#/components/schemas/S99]
                S99: 5
                     ^
            """
    )
    #expect(entries[100] == "doc.yaml: note: 150 more errors not shown")
}

@Test func reportNamesOmittedErrorsAndWarningsAndKeepsTheNotesOfThePrintedOnes() {
    let problems = (0..<100).map { Diagnostic.warning("warning \($0)", file: "doc.yaml") }
    let rest: [Diagnostic] = [
        .note("note of warning 99", file: "doc.yaml"),
        .error("error 100", file: "other.yaml"),
        .note("note of error 100", file: "other.yaml"),
        .warning("warning 101", file: "doc.yaml"),
        .error("error 102", file: "doc.yaml"),
    ]
    let report = DiagnosticReport(problems + rest, sources: [])

    #expect(report.printed == problems + [rest[0]])
    #expect(report.omittedErrorCount == 2)
    #expect(report.omittedWarningCount == 1)
    #expect(report.entries.last == "other.yaml: note: 2 more errors and 1 more warning not shown")
}

@Test func reportOfAtMostAHundredErrorsPrintsThemAllWithoutANote() {
    let diagnostics = (0..<100).map { Diagnostic.error("error \($0)", file: "doc.yaml") }
    let report = DiagnosticReport(diagnostics + [.note("a note", file: "doc.yaml")], sources: [])

    #expect(report.omissionNote == nil)
    #expect(report.entries.count == 101)
    #expect(report.entries.last == "doc.yaml: note: a note")
}

/// The command line used to crash when `--naming` named the document itself.
@Test func reportQuotesTheFirstOfTwoSourcesWithTheSameName() {
    let diagnostic = Diagnostic.error("here", file: "doc.yaml", at: SourceLocation(line: 1, column: 2))
    let sources = [(file: "doc.yaml", bytes: Array("first".utf8)), (file: "doc.yaml", bytes: Array("second".utf8))]

    #expect(DiagnosticReport([diagnostic], sources: sources).entries == ["doc.yaml:1:2: error: here\nfirst\n ^"])
}
