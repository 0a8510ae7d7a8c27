/// A node of a parsed YAML document: a scalar, a sequence or a mapping, with where it starts.
///
/// Aliases and merge keys are already resolved when a node tree leaves the YAML stage, so every
/// later stage sees plain values. Locations of nodes reached through an alias are those of the
/// anchored node.
public struct Node: Hashable, Sendable {
    /// The content of a node.
    public enum Content: Hashable, Sendable {
        /// A single value, kept as written.
        case scalar(Scalar)
        /// An ordered list of nodes.
        case sequence([Node])
        /// An ordered list of key-value pairs with distinct keys.
        case mapping([MappingEntry])
    }

    /// The node's content.
    public var content: Content

    /// Where the node starts in the source.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }
}

/// One key-value pair of a YAML mapping.
public struct MappingEntry: Hashable, Sendable {
    /// The key node; in an OpenAPI document always a scalar.
    public var key: Node

    /// The value node.
    public var value: Node

    /// Creates a pair.
    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}

extension Node {
    /// The scalar this node holds, or nil for a collection.
    public var scalar: Scalar? {
        guard case .scalar(let scalar) = content else { return nil }
        return scalar
    }

    /// The elements of this node when it is a sequence.
    public var sequence: [Node]? {
        guard case .sequence(let elements) = content else { return nil }
        return elements
    }

    /// The pairs of this node when it is a mapping.
    public var mapping: [MappingEntry]? {
        guard case .mapping(let entries) = content else { return nil }
        return entries
    }

    /// The text of a string scalar, or nil for any other node.
    public var string: String? {
        guard let scalar, case .string = scalar.value else { return nil }
        return scalar.text
    }

    /// The value for a scalar key of this mapping, or nil when the key is absent or this is not a mapping.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar?.text == key }?.value
    }

    /// A short name of the node's kind for messages: "a string", "a mapping", and so on.
    public var kindDescription: String {
        switch content {
        case .scalar(let scalar): scalar.value.kindDescription
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}
