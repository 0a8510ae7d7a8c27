/// The schema and examples of a body in one media type.
public struct MediaType: Hashable, Sendable {
    /// Where the media type object is.
    public var origin: Origin

    /// The body's schema, when the document gives one.
    public var schema: Schema?

    /// The `example` value, raw.
    public var example: Node?

    /// The `examples` mapping, raw.
    public var examples: Node?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}
