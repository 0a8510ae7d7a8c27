/// A server the API is reached at: a URL template and the variables it uses.
public struct Server: Hashable, Sendable {
    /// Where the server is.
    public var origin: Origin

    /// The URL, possibly with `{variable}` placeholders.
    public var url: String

    /// A description of the server.
    public var description: String?

    /// The variables of the URL template, in document order.
    public var variables: OrderedMap<ServerVariable>

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}

/// A variable of a server's URL template.
public struct ServerVariable: Hashable, Sendable {
    /// Where the variable is.
    public var origin: Origin

    /// The value used when the user gives none.
    public var defaultValue: String

    /// The values allowed, or empty when any value is.
    public var allowedValues: [String]

    /// A description of the variable.
    public var description: String?
}
