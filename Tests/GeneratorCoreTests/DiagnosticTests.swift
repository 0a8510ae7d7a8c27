import GeneratorCore
import Testing

@Test func diagnosticPrintsInCompilerStyleWithPointer() {
    let diagnostic = Diagnostic.error(
        "did not find expected key",
        file: "openapi.yaml",
        at: SourceLocation(line: 124, column: 28),
        pointer: "#/paths/~1tenants/get"
    )
    #expect(diagnostic.description == "openapi.yaml:124:28: error: did not find expected key [#/paths/~1tenants/get]")
}

@Test func diagnosticWithoutLocationPrintsFileAndSeverity() {
    let diagnostic = Diagnostic.warning("unsupported keyword", file: "doc.yaml")
    #expect(diagnostic.description == "doc.yaml: warning: unsupported keyword")
}
