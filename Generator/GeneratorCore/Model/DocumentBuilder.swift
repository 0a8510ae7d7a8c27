/// The model stage: builds the OpenAPI document model from the YAML stage's node tree.
///
/// Every value of the model keeps its location and JSON pointer. References are checked here,
/// after the whole document is built, so a `$ref` may point forward; a cycle of references with
/// no schema between them, a reference that points nowhere and a reference to another file are
/// errors at the `$ref`.
public struct DocumentBuilder: Sendable {
    /// Creates a builder.
    public init() {}

    /// Builds the model of an OpenAPI 3.0 or 3.1 document.
    ///
    /// - Parameters:
    ///   - root: The document's root node from the YAML stage.
    ///   - file: The file's name as the user gave it, used in diagnostics.
    /// - Returns: The document, or nil when an error was found, with every diagnostic in source order.
    public func build(_ root: Node, file: String?) -> StageResult<Document> {
        var builder = ModelBuilder(root: root, file: file)
        let document = builder.buildDocument()
        let diagnostics = builder.sortedDiagnostics()
        return StageResult(value: diagnostics.containsErrors ? nil : document, diagnostics: diagnostics)
    }
}
