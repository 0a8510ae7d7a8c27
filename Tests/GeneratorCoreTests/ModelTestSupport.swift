import GeneratorCore
import Testing

/// Parses a YAML snippet named `doc.yaml` and builds its model, failing the test on a YAML error.
func buildModel(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StageResult<Document> {
    let parsed = YAMLParser().parse(Array(yaml.utf8), file: "doc.yaml")
    guard let root = parsed.value else {
        Issue.record("the snippet is not valid YAML: \(parsed.diagnostics)", sourceLocation: sourceLocation)
        return StageResult(value: nil, diagnostics: parsed.diagnostics)
    }
    return DocumentBuilder().build(root, file: "doc.yaml")
}

/// Returns the compiler-style text of every diagnostic the model stage reports for a snippet.
func modelDiagnostics(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String] {
    buildModel(yaml, sourceLocation: sourceLocation).diagnostics.map(\.description)
}

/// Builds a snippet's model and requires that it has no errors.
func requireModel(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let result = buildModel(yaml, sourceLocation: sourceLocation)
    return try #require(result.value, "unexpected diagnostics: \(result.diagnostics)", sourceLocation: sourceLocation)
}
