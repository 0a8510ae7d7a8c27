/// An OpenAPI 3.0 or 3.1 document: what the model stage builds from the node tree.
public struct Document: Hashable, Sendable {
    /// The OpenAPI version the document declares.
    public var version: OpenAPIVersion

    /// The API's title, version and descriptions.
    public var info: Info

    /// The servers the API is reached at, in document order.
    public var servers: [Server]

    /// The path items by path template, in document order.
    public var paths: OrderedMap<PathItem>

    /// The reusable components.
    public var components: Components

    /// The security requirements for every operation that states none; empty when none are declared.
    public var security: [SecurityRequirement]

    /// The tags with their descriptions, in document order.
    public var tags: [Tag]

    /// The `x-` extensions of the document's root, raw.
    public var extensions: OrderedMap<Node>

    /// Every model value that a `$ref` may designate, by pointer.
    let index: ModelIndex

    /// Every operation of every path item, in document order.
    public var operations: [Operation] {
        paths.values.flatMap(\.operations)
    }
}

/// The OpenAPI version a document declares in its `openapi` field.
public struct OpenAPIVersion: Hashable, Sendable {
    /// The version as written, such as `3.1.0`.
    public var text: String

    /// The minor version: 0 for 3.0.x, 1 for 3.1.x.
    public var minor: Int

    /// Whether the document follows OpenAPI 3.1, whose schemas are JSON Schema 2020-12.
    public var isVersion31: Bool {
        minor == 1
    }
}

/// The `info` object: the API's title, version and descriptions.
public struct Info: Hashable, Sendable {
    /// Where the object is.
    public var origin: Origin

    /// The API's title.
    public var title: String

    /// The version of the API (not of OpenAPI).
    public var version: String

    /// A short summary, in 3.1 documents.
    public var summary: String?

    /// A longer description, in CommonMark.
    public var description: String?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}

/// A tag declared at the document's root, which operations name to group themselves.
public struct Tag: Hashable, Sendable {
    /// Where the tag is.
    public var origin: Origin

    /// The tag's name.
    public var name: String

    /// A description of the group, in CommonMark.
    public var description: String?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}
