/// The description of one API operation that generated code hands to ``RuntimeClient/send(_:_:options:)``.
///
/// Generated code declares one value per operation, for example:
///
///     static let getTenant = APIOperation<Tenant>(
///         id: "getTenant", method: .get, pathTemplate: "/tenants/{tenant_id}",
///         security: [.adminAPIKey, .tenantJWT], responses: [.json(200)])
///
/// The `Output` type is what a successful call returns; each expected response says how its body becomes one.
/// A status outside `responses` fails with ``OutpostError``, carrying the decoded Outpost error body.
public struct APIOperation<Output: Sendable>: Sendable {
    /// The document's `operationId`, used in errors and logs.
    public let id: String

    /// The HTTP method.
    public let method: HTTPMethod

    /// The path below the base URL, with `{name}` placeholders for path parameters.
    public let pathTemplate: String

    /// The schemes the operation accepts; empty when it needs no credential.
    public let security: [SecurityScheme]

    /// The statuses that count as success and how each one's body is decoded.
    public let responses: [ExpectedResponse<Output>]

    /// Creates an operation description.
    ///
    /// - Parameters:
    ///   - id: The document's `operationId`.
    ///   - method: The HTTP method.
    ///   - pathTemplate: The path below the base URL, such as `/tenants/{tenant_id}`.
    ///   - security: The accepted security schemes; empty sends no credential.
    ///   - responses: The successful statuses and how to decode them.
    public init(
        id: String,
        method: HTTPMethod,
        pathTemplate: String,
        security: [SecurityScheme],
        responses: [ExpectedResponse<Output>]
    ) {
        self.id = id
        self.method = method
        self.pathTemplate = pathTemplate
        self.security = security
        self.responses = responses
    }

    func expectedResponse(for status: Int) -> ExpectedResponse<Output>? {
        responses.first { $0.status == status }
    }
}
