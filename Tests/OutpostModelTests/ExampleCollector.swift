import GeneratorCore
import OutpostRuntime

/// Collects the examples of a document's component schemas and of its operations' bodies, with the Swift type
/// the translated SDK declares for each.
struct ExampleCollector {
    /// The examples collected so far.
    private(set) var examples: [DocumentExample] = []

    private let root: Node
    private let document: Document

    /// The Swift type of each component schema, by the component's name.
    private let componentTypes: [String: SwiftType]

    /// The types that generated type aliases stand for, by the aliases' names.
    private let aliases: [String: SwiftType]

    /// The generated methods, by the `operationId` they call.
    private let methods: [String: MethodDeclaration]

    /// The media type objects already collected; a component response or request body is shared.
    private var collectedMedia: Set<JSONPointer> = []

    init(root: Node, document: Document, sdk: SDKDeclarations) {
        self.root = root
        self.document = document

        // The translate stage declares the components first, in document order.
        let names = document.components.schemas.keys
        componentTypes = Dictionary(
            zip(names, sdk.models.prefix(names.count).map { SwiftType.named($0.name) }),
            uniquingKeysWith: { first, _ in first })
        aliases = Dictionary(
            sdk.models.compactMap { model in
                guard case .alias(let type) = model.kind else { return nil }
                return (model.name, type)
            },
            uniquingKeysWith: { first, _ in first })

        let clients = sdk.clients
        let allMethods = clients.rootMethods + clients.resources.flatMap(\.methods)
        methods = Dictionary(allMethods.map { ($0.operationID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Collects the `example` and each of the `examples` of every component schema.
    mutating func collectComponentExamples() {
        for entry in document.components.schemas {
            let schema = entry.value
            let name = "schema \(entry.key)"
            let type = componentTypes[entry.key]
            if let example = schema.example {
                add("\(name): example", example, at: schema.origin.pointer.appending("example"), type: type)
            }
            for (index, example) in (schema.examples?.sequence ?? []).enumerated() {
                let pointer = schema.origin.pointer.appending("examples").appending(index)
                add("\(name): examples[\(index)]", example, at: pointer, type: type)
            }
        }
    }

    /// Collects the examples of every operation's request body and responses, in document order.
    mutating func collectOperationExamples() {
        for operation in document.operations {
            let label = operation.operationID ?? "\(operation.method) \(operation.path)"
            let method = operation.operationID.flatMap { methods[$0] }

            if let requestBody = operation.requestBody, let body = document.resolve(requestBody) {
                let bodyType = method?.parameters.first { $0.placement == .body }?.type.nonOptional
                let name = requestBody.reference?.componentName.map { "request body \($0)" } ?? "\(label) request"
                collectMedia(of: body.content, named: name, type: bodyType)
            }

            for entry in operation.responses {
                guard let response = document.resolve(entry.value) else { continue }
                let name = entry.value.reference?.componentName.map { "response \($0)" } ?? "\(label) \(entry.key)"
                collectMedia(of: response.content, named: name, type: successType(of: method, status: entry.key))
            }
        }
    }

    /// Returns the body type a method decodes for a success status, or nil when the status is not one.
    private func successType(of method: MethodDeclaration?, status: String) -> SwiftType? {
        guard case .code(let code) = ResponseStatus(status) else { return nil }
        return method?.result.responses.first { $0.status == code }?.bodyType
    }

    /// Collects the examples of each media type of a body once, typed by the method or by the schema's component.
    private mutating func collectMedia(of content: OrderedMap<MediaType>, named name: String, type: SwiftType?) {
        for entry in content where collectedMedia.insert(entry.value.origin.pointer).inserted {
            let media = entry.value
            let label = content.count > 1 ? "\(name) \(entry.key)" : name
            let mediaType = type ?? componentType(of: media.schema)
            if let example = media.example {
                add("\(label): example", example, at: media.origin.pointer.appending("example"), type: mediaType)
            }
            for example in media.examples?.mapping ?? [] {
                let exampleName = example.key.scalar?.text ?? ""
                let pointer = media.origin.pointer.appending("examples").appending(exampleName)
                addExample(named: "\(label): \(exampleName)", example.value, at: pointer, type: mediaType)
            }
        }
    }

    /// Returns the Swift type of a schema that refers to a component schema.
    private func componentType(of schema: Schema?) -> SwiftType? {
        guard let reference = schema?.reference, reference.componentSection == "schemas",
            let name = reference.componentName
        else { return nil }
        return componentTypes[name]
    }

    /// Adds the `value` of an Example Object, following a `$ref` into `components/examples`.
    private mutating func addExample(named name: String, _ node: Node, at pointer: JSONPointer, type: SwiftType?) {
        var node = node
        var pointer = pointer
        if let reference = node["$ref"]?.string {
            guard let target = JSONPointer(reference: reference), let resolved = target.node(in: root) else {
                addProblem(named: name, "`$ref: \(reference)` names nothing in the document", node, at: pointer)
                return
            }
            (node, pointer) = (resolved, target)
        }
        guard let value = node["value"] else {
            addProblem(named: name, "the example has no `value` to check", node, at: pointer)
            return
        }
        add(name, value, at: pointer.appending("value"), type: type)
    }

    private mutating func add(_ name: String, _ node: Node, at pointer: JSONPointer, type: SwiftType?) {
        let value = Result { () throws(ExampleCatalogError) in try JSONValue(node) }
        let type = type.map(resolvingAliases)
        examples.append(
            DocumentExample(name: name, pointer: pointer, line: node.location.line, type: type, value: value))
    }

    /// Returns a type with each generated type alias replaced by the type it stands for, which has a runtime name.
    private func resolvingAliases(_ type: SwiftType) -> SwiftType {
        switch type {
        case .named(let name): aliases[name].map(resolvingAliases) ?? type
        case .array(let element): .array(resolvingAliases(element))
        case .dictionary(let value): .dictionary(resolvingAliases(value))
        case .optional(let wrapped): .optional(resolvingAliases(wrapped))
        case .generic(let name, let arguments): .generic(name, arguments.map(resolvingAliases))
        }
    }

    /// Adds an example whose value cannot be read, so that its test fails saying why.
    private mutating func addProblem(named name: String, _ problem: String, _ node: Node, at pointer: JSONPointer) {
        let failure = ExampleCatalogError("\(pointer): \(problem)")
        let line = node.location.line
        examples.append(DocumentExample(name: name, pointer: pointer, line: line, type: nil, value: .failure(failure)))
    }
}
