/// The reusable parts of a document, each kind by name in document order.
public struct Components: Hashable, Sendable {
    /// The component schemas.
    public var schemas: OrderedMap<Schema>

    /// The component responses.
    public var responses: OrderedMap<Referenceable<Response>>

    /// The component parameters.
    public var parameters: OrderedMap<Referenceable<Parameter>>

    /// The component request bodies.
    public var requestBodies: OrderedMap<Referenceable<RequestBody>>

    /// The component headers.
    public var headers: OrderedMap<Referenceable<Header>>

    /// The security schemes that security requirements name.
    public var securitySchemes: OrderedMap<Referenceable<SecurityScheme>>

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>

    /// Creates empty components, for a document that declares none.
    init() {
        schemas = OrderedMap()
        responses = OrderedMap()
        parameters = OrderedMap()
        requestBodies = OrderedMap()
        headers = OrderedMap()
        securitySchemes = OrderedMap()
        extensions = OrderedMap()
    }
}
