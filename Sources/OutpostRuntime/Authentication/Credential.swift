/// The bearer credential a client sends in `Authorization: Bearer <token>` on secured operations.
public enum Credential: Sendable {
    /// The deployment's admin API key.
    case apiKey(String)

    /// A JWT scoped to one tenant, obtained through the admin API.
    case tenantToken(String)

    /// A provider asked for a token before every attempt, and once more after a `401`.
    case provider(any TokenProvider)

    /// Returns a credential whose token comes from an async function.
    ///
    /// - Parameter fetch: A function that returns a token; its argument is a token the server just refused,
    ///   or `nil` for an ordinary request.
    /// - Returns: The credential.
    public static func provider(
        _ fetch: @escaping @Sendable (_ rejected: String?) async throws -> String
    ) -> Credential {
        .provider(TokenSource(fetch))
    }

    /// A Boolean value that indicates whether a refused token can be replaced by asking again.
    var isRefreshable: Bool {
        if case .provider = self { return true }
        return false
    }

    /// Returns the token to send.
    func token(replacing rejected: String?) async throws -> String {
        switch self {
        case .apiKey(let token), .tenantToken(let token):
            return token
        case .provider(let provider):
            return try await provider.token(replacing: rejected)
        }
    }
}

/// A source of bearer tokens that may change over time, such as tenant JWTs that expire.
public protocol TokenProvider: Sendable {
    /// Returns the token to send.
    ///
    /// - Parameter rejected: A token the server just refused with `401`, so a different one is wanted;
    ///   `nil` for an ordinary request.
    /// - Returns: The token, without the `Bearer ` prefix.
    /// - Throws: Any error that prevents getting a token; the call fails with it as the underlying error.
    func token(replacing rejected: String?) async throws -> String
}

/// A token provider backed by an async function.
public struct TokenSource: TokenProvider {
    private let fetch: @Sendable (String?) async throws -> String

    /// Creates a provider from an async function.
    ///
    /// - Parameter fetch: A function that returns a token; its argument is a refused token or `nil`.
    public init(_ fetch: @escaping @Sendable (_ rejected: String?) async throws -> String) {
        self.fetch = fetch
    }

    /// Returns the token the function gives.
    ///
    /// - Parameter rejected: A token the server just refused, or `nil`.
    /// - Returns: The token.
    /// - Throws: The function's error.
    public func token(replacing rejected: String?) async throws -> String {
        try await fetch(rejected)
    }
}
