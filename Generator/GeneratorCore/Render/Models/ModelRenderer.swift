/// Renders model declarations as Swift source: public, documented, formatted, the same bytes for the same input.
public struct ModelRenderer: Sendable {
    /// The conformances of every generated model.
    static let conformances = "Codable, Hashable, Sendable"

    /// The names that generated coding code gives its parameters and locals; a property of the same name is
    /// reached through `self`.
    static let codingLocals: Set<String> = ["container", "decoder", "encoder", "object", "key", "value"]

    /// Returns a property's name as coding code refers to it: through `self` when a parameter or local shadows it.
    static func member(_ name: String) -> String {
        codingLocals.contains(name) ? "self." + name : SwiftName.escaped(name)
    }

    /// Creates a renderer.
    public init() {}

    /// Returns a declaration as Swift source at file scope, ending with a newline.
    ///
    /// - Parameter declaration: The declaration to render.
    /// - Returns: The source, indented with four spaces and documented from the schema.
    public func render(_ declaration: ModelDeclaration) -> String {
        var writer = ModelSourceWriter()
        writer.documentation(declaration.documentation)
        if declaration.isDeprecated {
            writer.line("@available(*, deprecated)")
        }

        switch declaration.kind {
        case .structure(let structure):
            renderStructure(structure, named: declaration.name, into: &writer)
        case .openEnum(let enumeration):
            renderEnumeration(enumeration, named: declaration.name, into: &writer)
        case .union(let union):
            renderUnion(union, named: declaration.name, into: &writer)
        case .alias(let type):
            writer.line("public typealias \(declaration.name) = \(type.source)")
        }
        return writer.text
    }

    /// Appends a private coding key that takes any string, for objects read key by key.
    func renderObjectKey(into writer: inout ModelSourceWriter) {
        writer.block("private struct ObjectKey: CodingKey") { body in
            body.line("var stringValue: String")
            body.line("var intValue: Int? { nil }")
            body.blank()
            body.block("init(_ stringValue: String)") { $0.line("self.stringValue = stringValue") }
            body.blank()
            body.block("init?(stringValue: String)") { $0.line("self.stringValue = stringValue") }
            body.blank()
            body.block("init?(intValue: Int)") { $0.line("return nil") }
        }
    }

    /// The documentation of every generated `init(from:)`.
    static let decoderDocumentation = "Creates a value by decoding it from the given decoder."

    /// The documentation of every generated `encode(to:)`.
    static let encoderDocumentation = "Encodes this value into the given encoder."
}
