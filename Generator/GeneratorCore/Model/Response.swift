/// One response of an operation: its description, headers and body by media type.
public struct Response: Hashable, Sendable {
    /// Where the response is.
    public var origin: Origin

    /// A description, in CommonMark.
    public var description: String?

    /// The response headers by name, in document order.
    public var headers: OrderedMap<Referenceable<Header>>

    /// The body's schema and examples by media type, in document order; empty for no body.
    public var content: OrderedMap<MediaType>

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}

/// The status a response applies to: one code, a class such as `4XX`, or every other status.
public enum ResponseStatus: Hashable, Sendable {
    /// One status code, such as 200.
    case code(Int)
    /// A class of codes by its first digit, such as 4 for `4XX`.
    case range(Int)
    /// Every status the operation lists no response for.
    case `default`

    /// Reads a key of a `responses` mapping, or returns nil when it is not a status.
    public init?(_ key: String) {
        if key == "default" {
            self = .default
        } else if key.count == 3, let code = Int(key), (100...599).contains(code) {
            self = .code(code)
        } else if key.count == 3, key.uppercased().hasSuffix("XX"), let digit = Int(key.prefix(1)),
            (1...5).contains(digit)
        {
            self = .range(digit)
        } else {
            return nil
        }
    }
}
