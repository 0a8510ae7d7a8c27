/// Translates the document's schemas into Swift model declarations and tells how any schema is spelled.
///
/// Component schemas become declarations named after the component; schemas written in place that
/// need a type of their own (objects, enums, unions) are declared with names from their context,
/// such as `SeekPaginationDir` for the `dir` property of `SeekPagination`. Every name passes through
/// `SwiftName` and a `NameScope`, so collisions are resolved with a warning.
public struct TypeTranslator: Sendable {
    /// The document being translated.
    let document: Document

    /// The file name diagnostics carry.
    let file: String

    /// The usage of each component schema, from the operations that reach it.
    let componentUsage: ComponentUsage

    /// The Swift type name of each component schema, by component name.
    var componentTypeNames: [String: String] = [:]

    /// The names every generated type draws from.
    var typeNames = NameScope(reserving: TypeTranslator.reservedTypeNames)

    /// The declarations of component schemas, in document order.
    var componentDeclarations: [ModelDeclaration] = []

    /// The declarations of schemas written in place, in the order declared; nil while one is being filled in.
    var inlineDeclarations: [ModelDeclaration?] = []

    /// The Swift property names of each struct, by JSON key.
    var propertyNames: [String: [String: String]] = [:]

    /// The pointers of referenced schemas being translated in place, to stop at a cycle.
    var referencesInProgress: Set<String> = []

    /// The diagnostics of translation so far, not counting name collisions.
    var translationDiagnostics: [Diagnostic] = []

    /// Names of runtime and standard types that generated code uses beside the models.
    static let reservedTypeNames = ["JSONValue", "CalendarDate", "PatchField", "JSONCoding", "Foundation"]

    /// Creates a translator for a document.
    ///
    /// - Parameters:
    ///   - document: The document whose schemas are translated.
    ///   - file: The file name that diagnostics carry.
    public init(document: Document, file: String) {
        self.document = document
        self.file = file
        self.componentUsage = ComponentUsage(document: document)
    }

    /// Declares every component schema, in document order.
    ///
    /// Call it once, before any `swiftType(for:suggestedName:usage:)`, so references find the components' names.
    public mutating func translateComponents() {
        let schemas = document.components.schemas
        let names = typeNames.claim(schemas.keys, as: SwiftName.typeName, origins: schemas.values.map(\.origin))
        for (key, name) in zip(schemas.keys, names) {
            componentTypeNames[key] = name
        }

        for entry in schemas {
            guard let name = componentTypeNames[entry.key] else { continue }
            let context = TypeContext(
                name: name,
                usage: componentUsage.usage(ofComponent: entry.key),
                isComponent: true
            )
            let type = translate(entry.value, in: context)
            if type != .named(name) {
                let documentation = documentation(of: entry.value) ?? "A value of the `\(entry.key)` schema."
                declare(
                    ModelDeclaration(
                        name: name,
                        documentation: documentation,
                        isDeprecated: entry.value.isDeprecated,
                        kind: .alias(type),
                        origin: entry.value.origin
                    ),
                    in: context
                )
            }
        }
    }

    /// Returns the Swift type for a schema used at some place, declaring a type for it when one is needed.
    ///
    /// - Parameters:
    ///   - schema: The schema of a parameter, a request or response body, or a header.
    ///   - suggestedName: The name of a type declared for the schema, already UpperCamelCase.
    ///   - usage: Whether the value is sent, received, or both.
    /// - Returns: The type, optional when the schema allows `null`.
    public mutating func swiftType(for schema: Schema, suggestedName: String, usage: SchemaUsage) -> SwiftType {
        let nullable = isNullable(schema)

        // A component's own schema, passed after resolving a reference, is the component's type.
        let tokens = schema.origin.pointer.tokens
        if tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas",
            let name = componentTypeNames[tokens[2]]
        {
            return nullable ? .optional(.named(name)) : .named(name)
        }

        let context = TypeContext(name: suggestedName, usage: usage, isComponent: false)
        let type = translate(schema, in: context)
        return nullable ? type.optional : type
    }

    /// Every model declaration so far: components first in document order, then the others in the order declared.
    public var declarations: [ModelDeclaration] {
        RecursionBreaker.breakCycles(in: componentDeclarations + inlineDeclarations.compactMap { $0 })
    }

    /// The warnings of translation so far, name collisions included.
    public var diagnostics: [Diagnostic] {
        let collisions = typeNames.diagnostics.map { diagnostic in
            var located = diagnostic
            located.file = file
            return located
        }
        return collisions + translationDiagnostics
    }

    /// Returns a declared type by name as translated, before recursion is broken: cheaper than `declarations`
    /// when only the shape of one type is needed.
    public func declaration(named name: String) -> ModelDeclaration? {
        componentDeclarations.first { $0.name == name }
            ?? inlineDeclarations.lazy.compactMap { $0 }.first { $0.name == name }
    }

    /// Returns the Swift property name chosen for a JSON key of a declared struct, or nil when there is none.
    ///
    /// - Parameters:
    ///   - key: The JSON key as written in the document.
    ///   - typeName: The name of the struct.
    public func propertyName(ofJSONKey key: String, inType typeName: String) -> String? {
        propertyNames[typeName]?[key]
    }

    /// Records a warning at a place in the document.
    mutating func warn(_ message: String, at origin: Origin?) {
        translationDiagnostics.append(
            .warning(message, file: file, at: origin?.location, pointer: origin.map { "\($0.pointer)" })
        )
    }
}

/// Where a schema is translated: the name a type declared for it takes, and the directions it travels in.
struct TypeContext: Sendable {
    /// The name of a declared type: a component's name, or a name proposed from the context.
    var name: String

    /// The directions the value travels in.
    var usage: SchemaUsage

    /// Whether `name` is a component's name, already claimed.
    var isComponent: Bool

    /// Returns the context of a schema nested in this one, such as a property's, named with a suffix.
    func nested(_ suffix: String) -> TypeContext {
        TypeContext(name: name + suffix, usage: usage, isComponent: false)
    }
}
