/// A whole run of the generator: the document and its naming file through every stage to source files.
public struct Generation: Sendable {
    /// The diagnostics of every stage that ran, in order.
    public var diagnostics: [Diagnostic] = []

    /// The generated files by name, or nil when an error stopped generation.
    public var files: [String: String]?

    /// Runs every stage on a document, stopping after the first stage that reports an error.
    ///
    /// - Parameters:
    ///   - bytes: The document's contents.
    ///   - file: The document's path as given, for diagnostics.
    ///   - naming: The naming file's contents and path, when there is one.
    public init(bytes: [UInt8], file: String, naming: (bytes: [UInt8], file: String)? = nil) {
        guard let namingFile = readNaming(naming) else { return }

        let check = DocumentCheck(bytes: bytes, file: file)
        diagnostics += check.diagnostics
        guard let document = check.document, !check.diagnostics.containsErrors else { return }

        let translated = SDKTranslator(naming: namingFile).translate(document, file: file)
        diagnostics += translated.diagnostics
        guard let sdk = translated.value else { return }

        files = SDKRenderer().render(sdk)
        // Notes explain errors; without errors, a run stays quiet.
        diagnostics.removeAll { $0.severity == .note }
        operationCount = document.operations.count
        schemaCount = document.components.schemas.count
    }

    /// The number of operations generated.
    public private(set) var operationCount = 0

    /// The number of component schemas generated.
    public private(set) var schemaCount = 0

    /// One line that sums the run up, such as `29 operations, 91 schemas, 1 warning, 0 errors`.
    public var summary: String {
        DocumentCheck.summaryLine(operations: operationCount, schemas: schemaCount, diagnostics: diagnostics)
    }

    /// Returns the naming file, an empty one when there is none, or nil after reporting its errors.
    private mutating func readNaming(_ naming: (bytes: [UInt8], file: String)?) -> NamingFile? {
        guard let naming else { return NamingFile() }
        let parsed = YAMLParser().parse(naming.bytes, file: naming.file)
        diagnostics += parsed.diagnostics
        guard let root = parsed.value else { return nil }

        let read = NamingFile.read(root, file: naming.file)
        diagnostics += read.diagnostics
        return read.value
    }
}
