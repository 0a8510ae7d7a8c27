import GeneratorCore
import Testing

/// A document made in the test around a scalar or a line of several megabytes, with the first error it must produce.
struct HugeDocument: Sendable, CustomTestStringConvertible {
    /// The size of the huge part, in characters.
    static let size = 4 << 20

    var testDescription: String
    var text: String
    var line: Int
    var column: Int
    var message: String

    static let all = [
        HugeDocument(
            testDescription: "huge version string",
            text: "openapi: \"\(String(repeating: "3", count: size))\"\ninfo: {title: T, version: \"1\"}\n",
            line: 1,
            column: 10,
            message: "OpenAPI version '333"
        ),
        HugeDocument(
            testDescription: "huge description before a wrong type",
            text: """
                openapi: 3.1.0
                info: {title: T, version: "1", description: "\(String(repeating: "a", count: size))"}
                paths: 5
                """,
            line: 3,
            column: 8,
            message: "'paths' must be a mapping, not an integer"
        ),
        HugeDocument(
            testDescription: "huge quoted key, longer than YAML allows a key without '?'",
            text: """
                openapi: 3.1.0
                info: {title: T, version: "1"}
                paths: {"/\(String(repeating: "p", count: size))": {}}
                """,
            line: 3,
            column: size + 12,
            message: "did not find expected ',' or '}'"
        ),
        HugeDocument(
            testDescription: "huge line whose flow sequence is never closed",
            text: """
                openapi: 3.1.0
                info: {title: T, version: "1"}
                x-list: [\(String(repeating: "abcdefgh, ", count: size / 10))
                """,
            line: 3,
            column: 10 + size / 10 * 10,
            message: "did not find expected node content"
        ),
    ]
}

@Test(arguments: HugeDocument.all)
func hugeDocumentEndsWithABoundedLocatedError(_ document: HugeDocument) throws {
    let bytes = Array(document.text.utf8)
    let generation = Generation(bytes: bytes, file: "huge.yaml")

    #expect(generation.files == nil)
    let first = try #require(generation.diagnostics.first { $0.severity == .error })
    #expect(first.location == GeneratorCore.SourceLocation(line: document.line, column: document.column))
    #expect(first.message.hasPrefix(document.message) || first.message.contains(document.message), "\(first)")
    expectEveryErrorLocatedInside(generation.diagnostics, SourceText(bytes))

    // The message and the quoted line are cut short, so a huge document cannot flood the output.
    let formatter = DiagnosticFormatter(source: SourceText(bytes))
    for diagnostic in generation.diagnostics {
        #expect(diagnostic.message.count <= Diagnostic.maximumMessageLength + 40)
        #expect(formatter.format(diagnostic).count <= 2 * Diagnostic.maximumMessageLength + 400)
    }
}

@Test func documentWithMoreNodesThanTheAliasLimitButNoAliasParses() throws {
    let text = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        x-list: [\(String(repeating: "1, ", count: 1_000_000))2]
        """
    let parsed = YAMLParser().parse(Array(text.utf8), file: "huge.yaml")

    #expect(!parsed.hasErrors)
    let list = try #require(parsed.value?.mapping?.first { $0.key.scalar?.text == "x-list" }?.value.sequence)
    #expect(list.count == 1_000_001)
}
