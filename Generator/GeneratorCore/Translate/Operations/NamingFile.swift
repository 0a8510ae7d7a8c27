/// The generator's naming file: what the naming rules cannot decide well, kept beside the document.
///
/// ```yaml
/// client: OutpostClient            # the root client's type name
/// servers: [production, local]     # case names for the document's servers, in order
/// operations:                      # where an operation's method goes: resource.method, or method on the client
///   getManagedConfig: configuration.get
///   publishEvent: publish
/// idempotent-when-set:             # a body field whose presence makes the call safe to retry
///   publishEvent: id
/// ```
public struct NamingFile: Hashable, Sendable {
    /// Where an operation's method goes.
    public struct Placement: Hashable, Sendable {
        /// The resource property on the root client, or nil for a method on the client itself.
        public var resource: String?

        /// The method name.
        public var method: String

        /// Creates a placement.
        public init(resource: String?, method: String) {
            self.resource = resource
            self.method = method
        }
    }

    /// The root client's type name, when given.
    public var clientTypeName: String?

    /// Case names for the document's servers, in order.
    public var serverNames: [String] = []

    /// Method placements by `operationId`.
    public var placements: [String: Placement] = [:]

    /// Idempotency fields by `operationId`.
    public var idempotencyFields: [String: String] = [:]

    /// Creates an empty naming file: every name comes from the rules.
    public init() {}
}

extension NamingFile {
    /// Reads a naming file's node tree.
    ///
    /// - Parameters:
    ///   - root: The parsed file.
    ///   - file: The file's path, for diagnostics.
    /// - Returns: The naming file, or nil with errors when it is malformed.
    public static func read(_ root: Node, file: String) -> StageResult<NamingFile> {
        var reader = NamingFileReader(file: file)
        let naming = reader.read(root)
        return StageResult(value: reader.diagnostics.containsErrors ? nil : naming, diagnostics: reader.diagnostics)
    }
}

/// Reads a naming file, collecting located errors.
private struct NamingFileReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func read(_ root: Node) -> NamingFile {
        var naming = NamingFile()
        guard let entries = mapping(root, "#") else { return naming }

        for entry in entries {
            let key = entry.key.scalar?.text ?? ""
            switch key {
            case "client":
                naming.clientTypeName = identifier(entry.value, "#/client")
            case "servers":
                naming.serverNames = (entry.value.sequence ?? []).compactMap { identifier($0, "#/servers") }
                if entry.value.sequence == nil { wrongType(entry.value, "#/servers", expected: "a sequence") }
            case "operations":
                naming.placements = operations(entry.value)
            case "idempotent-when-set":
                naming.idempotencyFields = strings(entry.value, "#/idempotent-when-set")
            default:
                let message = "unknown key '\(key)'; expected client, servers, operations or idempotent-when-set"
                diagnostics.append(.error(message, file: file, at: entry.key.location, pointer: "#/\(key)"))
            }
        }
        return naming
    }

    private mutating func operations(_ node: Node) -> [String: NamingFile.Placement] {
        var placements: [String: NamingFile.Placement] = [:]
        for (operationID, target) in strings(node, "#/operations") {
            let parts = target.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(parts.count), parts.allSatisfy(isIdentifier) else {
                let location = node.mapping?.first { $0.key.scalar?.text == operationID }?.value.location
                let message = "'\(target)' is not a method name or 'resource.method'"
                diagnostics.append(.error(message, file: file, at: location, pointer: "#/operations/\(operationID)"))
                continue
            }
            placements[operationID] = NamingFile.Placement(
                resource: parts.count == 2 ? parts[0] : nil, method: parts[parts.count - 1])
        }
        return placements
    }

    private mutating func strings(_ node: Node, _ pointer: String) -> [String: String] {
        var result: [String: String] = [:]
        for entry in mapping(node, pointer) ?? [] {
            guard let key = entry.key.scalar?.text, let value = entry.value.string else {
                wrongType(entry.value, pointer, expected: "a string")
                continue
            }
            result[key] = value
        }
        return result
    }

    private mutating func identifier(_ node: Node, _ pointer: String) -> String? {
        guard let text = node.string, isIdentifier(text) else {
            diagnostics.append(.error("expected a Swift identifier", file: file, at: node.location, pointer: pointer))
            return nil
        }
        return text
    }

    private mutating func mapping(_ node: Node, _ pointer: String) -> [MappingEntry]? {
        guard let entries = node.mapping else {
            wrongType(node, pointer, expected: "a mapping")
            return nil
        }
        return entries
    }

    private mutating func wrongType(_ node: Node, _ pointer: String, expected: String) {
        let message = "expected \(expected), not \(node.kindDescription)"
        diagnostics.append(.error(message, file: file, at: node.location, pointer: pointer))
    }

    private func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
