/// The YAML stage: parses a file's bytes into a tree of located nodes.
///
/// JSON documents go through the same path, since JSON is YAML. Anchors, aliases and `<<` merge
/// keys are resolved here, within bounds that keep a hostile document from exhausting memory or
/// the stack.
public struct YAMLParser: Sendable {
    /// Bounds on what a document may make the parser build.
    public struct Limits: Hashable, Sendable {
        /// The deepest nesting of sequences and mappings accepted.
        public var maximumDepth: Int

        /// The most nodes that aliases may repeat in the tree, counting every node under each alias.
        ///
        /// Nodes written out in the document are not limited: its size bounds them.
        public var maximumNodes: Int

        /// Creates limits.
        public init(maximumDepth: Int = 256, maximumNodes: Int = 1_000_000) {
            self.maximumDepth = maximumDepth
            self.maximumNodes = maximumNodes
        }
    }

    /// The bounds this parser enforces.
    public var limits: Limits

    /// Creates a parser with the given bounds.
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses a YAML or JSON document into its root node.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents; a UTF-8 byte-order mark is accepted.
    ///   - file: The file's name as the user gave it, used in diagnostics.
    /// - Returns: The root node, or nil when an error stopped parsing, with every diagnostic found.
    public func parse(_ bytes: [UInt8], file: String?) -> StageResult<Node> {
        let source = SourceText(bytes)
        var composer = NodeComposer(limits: limits, file: file)
        let reader = LibYAMLEventReader(bytes: bytes)

        do {
            while try composer.consume(located(reader.next(), in: source)) {}
        } catch {
            composer.diagnostics += diagnostics(for: error, in: source, file: file)
        }
        return composer.result()
    }

    /// Returns the event with its location inside the source: libyaml places the end of input
    /// without a final line break on a line past the last.
    private func located(_ event: YAMLEvent, in source: SourceText) -> YAMLEvent {
        var event = event
        event.location = source.clamped(event.location)
        return event
    }

    /// Turns libyaml's failure into diagnostics, explaining the failures whose wording is obscure.
    private func diagnostics(for error: YAMLSyntaxError, in source: SourceText, file: String?) -> [Diagnostic] {
        let location: SourceLocation
        switch error.position {
        case .mark(let mark): location = source.clamped(mark)
        case .byteOffset(let offset): location = source.location(ofByteOffset: offset)
        }

        // libyaml's reader fails on encoding and on control characters; its scanner's complaint about a
        // tab is cryptic.
        var message = error.problem
        var context = error.context
        if case .byteOffset = error.position {
            message = message.contains("control characters") ? "binary data: \(message)" : "invalid UTF-8: \(message)"
        } else if source.character(at: location) == "\t" {
            message = "tab character in indentation or before a value; YAML indents with spaces only"
            context = nil
        }

        var result = [Diagnostic.error(message, file: file, at: location)]
        if let context {
            result.append(.note(context.description, file: file, at: source.clamped(context.location)))
        }
        return result
    }
}
