/// A header of a response, described like a parameter without a name or location.
public struct Header: Hashable, Sendable {
    /// Where the header is.
    public var origin: Origin

    /// A description, in CommonMark.
    public var description: String?

    /// Whether the response always carries the header.
    public var isRequired: Bool

    /// Whether the header is deprecated.
    public var isDeprecated: Bool

    /// The header value's schema; nil when `content` describes it instead.
    public var schema: Schema?

    /// The value's media type and schema when `content` is used instead of `schema`.
    public var content: OrderedMap<MediaType>

    /// The `example` value, raw.
    public var example: Node?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}
