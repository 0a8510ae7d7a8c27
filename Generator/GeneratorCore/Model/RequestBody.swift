/// The body an operation takes, by media type.
public struct RequestBody: Hashable, Sendable {
    /// Where the request body is.
    public var origin: Origin

    /// A description, in CommonMark.
    public var description: String?

    /// The body's schema and examples by media type, such as `application/json`, in document order.
    public var content: OrderedMap<MediaType>

    /// Whether the request must carry a body.
    public var isRequired: Bool

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}
