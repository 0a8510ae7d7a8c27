/// Everything the SDK declares: its models and its clients.
public struct SDKDeclarations: Sendable {
    /// The model types, components first in document order.
    public var models: [ModelDeclaration]

    /// The root client, the resource clients and their methods.
    public var clients: ClientDeclarations

    /// The API's description, for the root client's documentation.
    public var documentation: String?
}

/// The translate stage: turns the document model into the declarations of the SDK.
public struct SDKTranslator: Sendable {
    /// The names the rules cannot decide.
    public var naming: NamingFile

    /// Creates a translator with the given naming file.
    public init(naming: NamingFile = NamingFile()) {
        self.naming = naming
    }

    /// Translates a document into the SDK's declarations.
    ///
    /// - Parameters:
    ///   - document: The document model.
    ///   - file: The document's path, for diagnostics.
    /// - Returns: The declarations, with warnings for what generation skips or approximates.
    public func translate(_ document: Document, file: String) -> StageResult<SDKDeclarations> {
        var types = TypeTranslator(document: document, file: file)
        types.translateComponents()

        var operations = OperationTranslator(document: document, naming: naming, types: types, file: file)
        let clients = operations.translate()
        types = operations.types

        let declarations = SDKDeclarations(
            models: types.declarations,
            clients: clients,
            documentation: documentation(of: document)
        )
        let diagnostics = types.diagnostics + operations.diagnostics
        return StageResult(value: diagnostics.containsErrors ? nil : declarations, diagnostics: diagnostics)
    }

    private func documentation(of document: Document) -> String? {
        let title = document.info.title.trimmingWhitespace
        let summary = (document.info.summary ?? document.info.description)?.trimmingWhitespace
        let firstParagraph = summary?.components(separatedBy: "\n\n").first
        return [title.isEmpty ? nil : "A client for \(title).", firstParagraph].compactMap { $0 }.joined(
            separator: "\n\n")
    }
}
