/// The operations available on one path template, with the parameters they share.
public struct PathItem: Hashable, Sendable {
    /// Where the path item is.
    public var origin: Origin

    /// The path template, such as `/tenants/{tenant_id}`.
    public var path: String

    /// A summary for every operation of the path.
    public var summary: String?

    /// A description for every operation of the path.
    public var description: String?

    /// The parameters every operation of the path shares.
    public var parameters: [Referenceable<Parameter>]

    /// The operations in document order.
    public var operations: [Operation]

    /// Servers that replace the document's for this path.
    public var servers: [Server]

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}

/// An HTTP method that a path item can hold an operation for.
public enum HTTPMethod: String, Hashable, Sendable, CaseIterable {
    /// `GET`.
    case get
    /// `PUT`.
    case put
    /// `POST`.
    case post
    /// `DELETE`.
    case delete
    /// `OPTIONS`.
    case options
    /// `HEAD`.
    case head
    /// `PATCH`.
    case patch
    /// `TRACE`.
    case trace
}
