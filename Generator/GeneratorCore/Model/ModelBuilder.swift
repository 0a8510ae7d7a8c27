/// The state of one model build: the node tree, what has been built so far, and the diagnostics.
///
/// Each `build…` method reads one kind of OpenAPI object from a node, reports what is wrong with
/// it at the offending node, and returns the part of the model it could build.
struct ModelBuilder {
    /// A `$ref` waiting to be checked once the whole document is built.
    struct PendingReference {
        var reference: Reference
        var kind: ReferenceKind

        /// The pointer of the object whose `$ref` this is, or nil for a reference in another place.
        var holder: JSONPointer?
    }

    /// A scheme name in a security requirement, with where it is written.
    struct SchemeUse {
        var name: String
        var origin: Origin
    }

    let root: Node
    let file: String?

    /// The document's OpenAPI version; 3.1 until the `openapi` field is read.
    var version = OpenAPIVersion(text: "3.1.0", minor: 1)

    var diagnostics: [Diagnostic] = []
    var index = ModelIndex()
    var pendingReferences: [PendingReference] = []
    var schemeUses: [SchemeUse] = []
    var operationIDs: [String: Origin] = [:]

    /// Where each 3.0 `nullable` keyword stands, counted for one note in 3.1 documents.
    var nullableUses: [Origin] = []

    init(root: Node, file: String?) {
        self.root = root
        self.file = file
    }

    /// Records an error about a node.
    mutating func error(_ message: String, at node: Node, _ pointer: JSONPointer) {
        diagnostics.append(.error(message, file: file, at: node.location, pointer: pointer.description))
    }

    /// Records a warning about a node.
    mutating func warning(_ message: String, at node: Node, _ pointer: JSONPointer) {
        diagnostics.append(.warning(message, file: file, at: node.location, pointer: pointer.description))
    }

    /// Records an error at a model value's origin.
    mutating func error(_ message: String, at origin: Origin) {
        diagnostics.append(.error(message, file: file, at: origin.location, pointer: origin.pointer.description))
    }

    /// Returns the diagnostics in source order; those without a location keep their place at the end.
    func sortedDiagnostics() -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location ?? SourceLocation(line: .max, column: .max)
            let right = rhs.element.location ?? SourceLocation(line: .max, column: .max)
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
    }
}

/// A mapping node of the document with its JSON pointer, read field by field.
struct ObjectNode {
    let node: Node
    let entries: [MappingEntry]
    let pointer: JSONPointer

    /// Where the object is.
    var origin: Origin {
        Origin(location: node.location, pointer: pointer)
    }

    /// The value of a field, or nil when it is absent.
    subscript(key: String) -> Node? {
        entries.first { $0.key.scalar?.text == key }?.value
    }

    /// The fields with their keys' text, in document order.
    var fields: [(key: String, value: Node)] {
        entries.compactMap { entry in entry.key.scalar.map { ($0.text, entry.value) } }
    }

    /// The `x-` extensions, raw.
    var extensions: OrderedMap<Node> {
        var result = OrderedMap<Node>()
        for (key, value) in fields where key.hasPrefix("x-") {
            result.append(value, for: key)
        }
        return result
    }
}
