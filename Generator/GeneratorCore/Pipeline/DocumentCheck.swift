/// The outcome of checking a document: everything the pipeline's stages noticed, and what it holds.
public struct DocumentCheck: Sendable {
    /// The diagnostics of every stage that ran, in order.
    public var diagnostics: [Diagnostic]

    /// The document's model, when every stage that builds it succeeded.
    public var document: Document?

    /// Checks a document's bytes by running the pipeline's stages up to the first that reports an error.
    ///
    /// - Parameters:
    ///   - bytes: The document's contents.
    ///   - file: The document's path as the user gave it, used in diagnostics.
    public init(bytes: [UInt8], file: String) {
        let parsed = YAMLParser().parse(bytes, file: file)
        diagnostics = parsed.diagnostics
        guard let root = parsed.value, !parsed.hasErrors else { return }

        let built = DocumentBuilder().build(root, file: file)
        diagnostics += built.diagnostics
        document = built.value
    }

    /// The number of operations in the document, or 0 when its model could not be built.
    public var operationCount: Int {
        document?.operations.count ?? 0
    }

    /// The number of component schemas in the document, or 0 when its model could not be built.
    public var schemaCount: Int {
        document?.components.schemas.count ?? 0
    }

    /// The number of warnings found.
    public var warningCount: Int {
        diagnostics.count { $0.severity == .warning }
    }

    /// The number of errors found.
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error }
    }

    /// One line that sums the check up, such as `29 operations, 91 schemas, 2 warnings, 0 errors`.
    public var summary: String {
        Self.summaryLine(operations: operationCount, schemas: schemaCount, diagnostics: diagnostics)
    }

    /// Returns the summary line that `check` and `generate` print: counts of operations, schemas,
    /// warnings and errors.
    static func summaryLine(operations: Int, schemas: Int, diagnostics: [Diagnostic]) -> String {
        [
            counted(operations, "operation"),
            counted(schemas, "schema"),
            counted(diagnostics.count { $0.severity == .warning }, "warning"),
            counted(diagnostics.count { $0.severity == .error }, "error"),
        ].joined(separator: ", ")
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
