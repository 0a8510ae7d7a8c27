/// Builds the node tree from parser events, resolving anchors, aliases and merge keys.
///
/// The composer keeps an explicit stack of open collections instead of recursing, so nesting is
/// bounded by `Limits.maximumDepth` and never by the thread's stack.
struct NodeComposer {
    /// A collection whose end event has not arrived yet.
    private struct OpenCollection {
        var anchor: String?
        var location: SourceLocation
        var isMapping: Bool
        var elements: [Node] = []
        var entries: [MappingEntry] = []
        var pendingKey: Node?
        var merges: [(position: Int, entries: [MappingEntry])] = []
        var nodeCount = 1

        /// The position in `entries` of each key, to find a duplicate without comparing every key.
        var keyPositions: [KeyIdentity: Int] = [:]
    }

    /// What makes two keys the same: scalars by their text and by whether they are strings, so that
    /// `1` and `"1"` differ; other keys by their content.
    private enum KeyIdentity: Hashable {
        case scalar(text: String, isString: Bool)
        case collection(Node.Content)

        init(_ key: Node) {
            if let scalar = key.scalar {
                self = .scalar(text: scalar.text, isString: scalar.value == .string)
            } else {
                self = .collection(key.content)
            }
        }
    }

    /// A finished node and how many nodes it holds, itself included.
    private struct Composed {
        var node: Node
        var nodeCount: Int
    }

    private let limits: YAMLParser.Limits
    private let file: String?
    private var stack: [OpenCollection] = []
    private var anchors: [String: Composed] = [:]
    private var openAnchors: Set<String> = []
    private var aliasedNodes = 0
    private var documentCount = 0
    private var root: Node?

    /// Everything the composer noticed so far.
    var diagnostics: [Diagnostic] = []

    init(limits: YAMLParser.Limits, file: String?) {
        self.limits = limits
        self.file = file
    }

    /// Takes the next event; returns false once there is nothing more to read.
    mutating func consume(_ event: YAMLEvent) -> Bool {
        switch event.kind {
        case .streamStart, .documentEnd:
            return true
        case .streamEnd:
            return false
        case .documentStart:
            return startDocument(at: event.location)
        case .alias(let anchor):
            return resolveAlias(anchor, at: event.location)
        case .scalar(let scalar, let anchor):
            let composed = Composed(node: Node(.scalar(scalar), at: event.location), nodeCount: 1)
            return finish(composed, anchor: anchor)
        case .sequenceStart(let anchor):
            return open(OpenCollection(anchor: anchor, location: event.location, isMapping: false))
        case .mappingStart(let anchor):
            return open(OpenCollection(anchor: anchor, location: event.location, isMapping: true))
        case .sequenceEnd, .mappingEnd:
            return close()
        }
    }

    /// Returns the root node, unless an error was found, with all diagnostics.
    func result() -> StageResult<Node> {
        var diagnostics = diagnostics
        // At the file's start, so that every error has a place an editor can jump to.
        if documentCount == 0, !diagnostics.containsErrors {
            let message = "the file holds no YAML document; expected an OpenAPI document"
            diagnostics.append(.error(message, file: file, at: SourceLocation(line: 1, column: 1)))
        }
        return StageResult(value: diagnostics.containsErrors ? nil : root, diagnostics: diagnostics)
    }

    // MARK: - Events

    private mutating func startDocument(at location: SourceLocation) -> Bool {
        documentCount += 1
        guard documentCount == 1 else {
            let message = "the file holds more than one YAML document; an OpenAPI document must be the only one"
            return fail(message, at: location)
        }
        return true
    }

    private mutating func open(_ collection: OpenCollection) -> Bool {
        guard stack.count < limits.maximumDepth else {
            return fail("nesting deeper than \(limits.maximumDepth) levels", at: collection.location)
        }
        if let anchor = collection.anchor {
            openAnchors.insert(anchor)
        }
        stack.append(collection)
        return true
    }

    private mutating func close() -> Bool {
        guard let collection = stack.popLast() else { return true }
        if let anchor = collection.anchor {
            openAnchors.remove(anchor)
        }

        let content: Node.Content
        if collection.isMapping {
            content = .mapping(applyMerges(collection))
        } else {
            content = .sequence(collection.elements)
        }
        let composed = Composed(node: Node(content, at: collection.location), nodeCount: collection.nodeCount)
        return finish(composed, anchor: collection.anchor)
    }

    private mutating func resolveAlias(_ anchor: String, at location: SourceLocation) -> Bool {
        guard let target = anchors[anchor] else {
            let reason =
                openAnchors.contains(anchor) ? "refers to a node that contains it" : "is not defined before use"
            diagnostics.append(.error("alias '*\(anchor)' \(reason)", file: file, at: location))
            let placeholder = Node(.scalar(Scalar(text: "", style: .plain)), at: location)
            return finish(Composed(node: placeholder, nodeCount: 1))
        }
        guard countAliased(target.nodeCount, at: location) else { return false }
        return finish(target)
    }

    // MARK: - Building

    /// Adds the nodes an alias repeats to the running total; fails once it exceeds the node limit.
    ///
    /// Only repeated nodes count: the nodes written out in the document are bounded by its size, while a few
    /// aliases of aliases can stand for billions of nodes that later stages would walk one by one.
    private mutating func countAliased(_ nodes: Int, at location: SourceLocation) -> Bool {
        aliasedNodes += nodes
        guard aliasedNodes <= limits.maximumNodes else {
            return fail(
                "the document expands to more than \(limits.maximumNodes) nodes through its aliases", at: location)
        }
        return true
    }

    /// Records a finished node: registers its anchor and adds it to its parent.
    private mutating func finish(_ composed: Composed, anchor: String? = nil) -> Bool {
        if let anchor {
            anchors[anchor] = composed
        }

        guard !stack.isEmpty else {
            root = composed.node
            return true
        }
        stack[stack.count - 1].nodeCount += composed.nodeCount
        if stack[stack.count - 1].isMapping {
            addToMapping(composed.node)
        } else {
            stack[stack.count - 1].elements.append(composed.node)
        }
        return true
    }

    /// Adds a key or a value to the innermost open mapping.
    private mutating func addToMapping(_ node: Node) {
        guard let key = stack[stack.count - 1].pendingKey else {
            stack[stack.count - 1].pendingKey = node
            return
        }
        stack[stack.count - 1].pendingKey = nil

        if let scalar = key.scalar, scalar.style == .plain, scalar.text == "<<" {
            addMerge(node)
            return
        }
        let identity = KeyIdentity(key)
        if let position = stack[stack.count - 1].keyPositions[identity] {
            let first = stack[stack.count - 1].entries[position]
            let firstAt = "line \(first.key.location.line), column \(first.key.location.column)"
            let message = "duplicate key '\(key.scalar?.text ?? "")' in mapping (first defined at \(firstAt))"
            diagnostics.append(.error(message, file: file, at: key.location))
            return
        }
        stack[stack.count - 1].keyPositions[identity] = stack[stack.count - 1].entries.count
        stack[stack.count - 1].entries.append(MappingEntry(key: key, value: node))
    }

    /// Records the mappings named by a `<<` key, to be merged when the mapping closes.
    private mutating func addMerge(_ value: Node) {
        let sources = value.sequence ?? [value]
        var merged: [MappingEntry] = []
        var mergedKeys: Set<KeyIdentity> = []
        for source in sources {
            guard let entries = source.mapping else {
                let message =
                    "a '<<' merge key takes a mapping or a sequence of mappings, not \(source.kindDescription)"
                diagnostics.append(.error(message, file: file, at: source.location))
                continue
            }
            merged += entries.filter { mergedKeys.insert(KeyIdentity($0.key)).inserted }
        }
        let position = stack[stack.count - 1].entries.count
        stack[stack.count - 1].merges.append((position, merged))
    }

    /// Returns a mapping's entries with merged ones inserted where their `<<` stood, explicit keys winning.
    private func applyMerges(_ collection: OpenCollection) -> [MappingEntry] {
        var result = collection.entries
        var keys = Set(collection.keyPositions.keys)
        for merge in collection.merges.reversed() {
            let additions = merge.entries.filter { keys.insert(KeyIdentity($0.key)).inserted }
            result.insert(contentsOf: additions, at: merge.position)
        }
        return result
    }

    /// Reports an error that stops parsing.
    private mutating func fail(_ message: String, at location: SourceLocation) -> Bool {
        diagnostics.append(.error(message, file: file, at: location))
        return false
    }
}
