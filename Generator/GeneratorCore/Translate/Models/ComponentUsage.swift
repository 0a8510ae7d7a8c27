/// The usage of every component schema: whether operations send it, receive it, or both.
///
/// A component reached from a parameter or a request body is sent; one reached from a response's
/// content or headers is received. Reachability follows `$ref`s, properties, items, map values,
/// the subschemas of `oneOf`, `anyOf` and `allOf`, and discriminator mappings.
struct ComponentUsage: Sendable {
    /// The usage by component name; components no operation reaches are absent.
    private(set) var usages: [String: SchemaUsage] = [:]

    /// The references already followed, with the usage they were followed for.
    private var followed: Set<String> = []

    private let document: Document

    /// Collects the usage of the document's component schemas.
    init(document: Document) {
        self.document = document
        for operation in document.operations {
            visit(operation)
        }
    }

    /// Returns a component's usage; one no operation reaches counts as both sent and received.
    func usage(ofComponent name: String) -> SchemaUsage {
        usages[name] ?? .both
    }

    private mutating func visit(_ operation: Operation) {
        for parameter in document.parameters(of: operation) {
            visit(parameter.schema, as: .request)
            visit(parameter.content, as: .request)
        }

        if let body = operation.requestBody.flatMap(document.resolve) {
            visit(body.content, as: .request)
        }

        for response in operation.responses.values.compactMap(document.resolve) {
            visit(response.content, as: .response)
            for header in response.headers.values.compactMap(document.resolve) {
                visit(header.schema, as: .response)
                visit(header.content, as: .response)
            }
        }
    }

    private mutating func visit(_ content: OrderedMap<MediaType>, as usage: SchemaUsage) {
        for mediaType in content.values {
            visit(mediaType.schema, as: usage)
        }
    }

    private mutating func visit(_ schema: Schema?, as usage: SchemaUsage) {
        guard let schema else { return }

        if let reference = schema.reference {
            visit(reference, as: usage)
            return
        }

        var children = schema.properties.values + schema.oneOf + schema.anyOf + schema.allOf
        children += [schema.items, schema.not].compactMap { $0 }
        if case .schema(let values) = schema.additionalProperties {
            children.append(values)
        }
        for child in children {
            visit(child, as: usage)
        }
        for reference in schema.discriminator?.mapping.values ?? [] {
            visit(reference, as: usage)
        }
    }

    private mutating func visit(_ reference: Reference, as usage: SchemaUsage) {
        guard followed.insert("\(usage) \(reference.target)").inserted else { return }

        if let name = reference.componentName, reference.componentSection == "schemas" {
            usages[name] = usages[name].map { $0.combined(with: usage) } ?? usage
        }
        visit(document.schema(for: reference), as: usage)
    }
}
