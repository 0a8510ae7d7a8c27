/// A security scheme an operation accepts, named as in the API document's `securitySchemes`.
///
/// Both of Outpost's schemes send `Authorization: Bearer <token>`; the name tells which kind of token the
/// server expects. An operation whose list of schemes is empty sends no credential.
public struct SecurityScheme: RawRepresentable, Hashable, Sendable {
    /// The scheme's name in the API document.
    public let rawValue: String

    /// Creates a scheme from its name in the API document.
    ///
    /// - Parameter rawValue: The scheme's name.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The admin API key, sent as a bearer token (`AdminApiKey`).
    public static let adminAPIKey = SecurityScheme(rawValue: "AdminApiKey")

    /// A JWT scoped to one tenant, sent as a bearer token (`TenantJwt`).
    public static let tenantJWT = SecurityScheme(rawValue: "TenantJwt")
}
