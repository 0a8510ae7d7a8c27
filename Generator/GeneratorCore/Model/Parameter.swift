/// A parameter of an operation: a value in the path, the query string, a header or a cookie.
public struct Parameter: Hashable, Sendable {
    /// Where the parameter is.
    public var origin: Origin

    /// The parameter's name as sent.
    public var name: String

    /// Where the parameter goes in the request (its `in` field).
    public var location: ParameterLocation

    /// A description, in CommonMark.
    public var description: String?

    /// Whether the request must carry the parameter; always true for a path parameter.
    public var isRequired: Bool

    /// Whether the parameter is deprecated.
    public var isDeprecated: Bool

    /// Whether an empty value may be sent, for query parameters.
    public var allowsEmptyValue: Bool

    /// The serialization style as written, or nil for the location's default.
    public var style: ParameterStyle?

    /// Whether arrays and objects are exploded, as written, or nil for the style's default.
    public var explode: Bool?

    /// The schema of the value; nil when `content` describes it instead.
    public var schema: Schema?

    /// The value's media type and schema when `content` is used instead of `schema`.
    public var content: OrderedMap<MediaType>

    /// The `example` value, raw.
    public var example: Node?

    /// The `examples` value, raw.
    public var examples: Node?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>

    /// The style in effect: the one written, or the location's default.
    public var effectiveStyle: ParameterStyle {
        style ?? location.defaultStyle
    }

    /// Whether arrays and objects are exploded in effect: as written, or true for the form style only.
    public var effectiveExplode: Bool {
        explode ?? (effectiveStyle == .form)
    }
}

/// Where a parameter goes in the request.
public enum ParameterLocation: String, Hashable, Sendable, CaseIterable {
    /// A `{variable}` of the path template.
    case path
    /// The query string.
    case query
    /// A request header.
    case header
    /// A cookie.
    case cookie

    /// The style a parameter in this location has when it states none.
    public var defaultStyle: ParameterStyle {
        switch self {
        case .path, .header: .simple
        case .query, .cookie: .form
        }
    }
}

/// How a parameter's value is serialized.
public enum ParameterStyle: String, Hashable, Sendable, CaseIterable {
    /// `;name=value`, in the path.
    case matrix
    /// `.value`, in the path.
    case label
    /// `name=value`, in the query or a cookie.
    case form
    /// `value,value`, in the path or a header.
    case simple
    /// Array items separated by spaces, in the query.
    case spaceDelimited
    /// Array items separated by `|`, in the query.
    case pipeDelimited
    /// `name[key]=value` for objects, in the query.
    case deepObject
}
