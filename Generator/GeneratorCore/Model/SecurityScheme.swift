/// A way of authenticating requests that security requirements can name.
public struct SecurityScheme: Hashable, Sendable {
    /// The kind of a security scheme.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A key in a header, query parameter or cookie.
        case apiKey
        /// HTTP authentication, such as bearer or basic.
        case http
        /// Mutual TLS.
        case mutualTLS
        /// OAuth 2.
        case oauth2
        /// OpenID Connect.
        case openIdConnect
    }

    /// Where the scheme is.
    public var origin: Origin

    /// The scheme's kind (its `type` field).
    public var kind: Kind

    /// A description, in CommonMark.
    public var description: String?

    /// The header, query parameter or cookie name of an `apiKey` scheme.
    public var name: String?

    /// Where an `apiKey` scheme's key goes.
    public var location: ParameterLocation?

    /// The HTTP authentication scheme of an `http` scheme, such as `bearer`.
    public var scheme: String?

    /// A hint at the bearer token's format, such as `JWT`.
    public var bearerFormat: String?

    /// The OAuth 2 flows, raw.
    public var flows: Node?

    /// The OpenID Connect discovery URL.
    public var openIDConnectURL: String?

    /// The `x-` extensions, raw.
    public var extensions: OrderedMap<Node>
}

/// One way of satisfying security: every named scheme together, each with its scopes.
///
/// An empty requirement means that no credential is needed.
public struct SecurityRequirement: Hashable, Sendable {
    /// Where the requirement is.
    public var origin: Origin

    /// The scopes needed by scheme name, in document order.
    public var schemes: OrderedMap<[String]>
}
