/// One API operation: a method on a path, with its parameters, request body and responses.
public struct Operation: Hashable, Sendable {
    /// Where the operation is.
    public var origin: Origin

    /// The path template the operation is on.
    public var path: String

    /// The operation's HTTP method.
    public var method: HTTPMethod

    /// The operation's unique identifier, when the document gives one.
    public var operationID: String?

    /// A short summary.
    public var summary: String?

    /// A longer description, in CommonMark.
    public var description: String?

    /// The names of the tags the operation belongs to.
    public var tags: [String]

    /// The operation's own parameters; `Document.parameters(of:)` merges in the path item's.
    public var parameters: [Referenceable<Parameter>]

    /// The request body, when the operation takes one.
    public var requestBody: Referenceable<RequestBody>?

    /// The responses by status (`200`, `4XX`, `default`), in document order.
    public var responses: OrderedMap<Referenceable<Response>>

    /// Whether the operation is deprecated.
    public var isDeprecated: Bool

    /// The operation's security requirements: nil to use the document's, empty for no credential at all.
    public var security: [SecurityRequirement]?

    /// Servers that replace the document's for this operation.
    public var servers: [Server]

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}
