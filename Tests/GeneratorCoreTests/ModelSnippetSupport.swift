import GeneratorCore
import Testing

/// Wraps component schemas, written at the indentation of `components.schemas` entries' keys minus four
/// spaces, into a 3.1 document.
func componentsDocument(_ schemas: String) -> String {
    let indented = schemas.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    return """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
        \(indented.joined(separator: "\n"))
        """
}

/// Translates every component schema of a document and returns the translator.
func translateModels(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> TypeTranslator
{
    let document = try requireModel(yaml, sourceLocation: sourceLocation)
    var translator = TypeTranslator(document: document, file: "doc.yaml")
    translator.translateComponents()
    return translator
}

/// Returns the Swift source of every model declared for a snippet of component schemas, separated by blank lines.
func renderedModels(_ schemas: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    let translator = try translateModels(componentsDocument(schemas), sourceLocation: sourceLocation)
    return translator.declarations.map(ModelRenderer().render).joined(separator: "\n")
}

/// Returns the compiler-style text of every diagnostic that translating a snippet of component schemas reports.
func modelTranslationDiagnostics(
    _ schemas: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> [String] {
    try translateModels(componentsDocument(schemas), sourceLocation: sourceLocation).diagnostics.map(\.description)
}
