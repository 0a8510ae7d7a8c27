/// The client side of the SDK: a root client, its resource clients and their methods.
public struct ClientDeclarations: Hashable, Sendable {
    /// The root client's type name, such as `OutpostClient`.
    public var rootTypeName: String

    /// The document's servers, in document order.
    public var servers: [ServerDeclaration]

    /// The resource clients reached from the root client, in the order their tags first appear.
    public var resources: [ResourceDeclaration]

    /// The methods on the root client itself.
    public var rootMethods: [MethodDeclaration]

    /// The list results that pagers walk, each with how its cursors are read.
    public var pages: [PageDeclaration]
}

/// One of the document's servers, as a case the caller can choose.
public struct ServerDeclaration: Hashable, Sendable {
    /// The case name, such as `production`.
    public var caseName: String

    /// The URL as the document gives it.
    public var url: String

    /// The document's description of the server.
    public var description: String?
}

/// A resource client: the methods of one tag, such as `tenants`.
public struct ResourceDeclaration: Hashable, Sendable {
    /// The property on the root client, such as `tenants`.
    public var propertyName: String

    /// The resource client's type name, such as `TenantsClient`.
    public var typeName: String

    /// The tag's description.
    public var documentation: String?

    /// The methods, in document order.
    public var methods: [MethodDeclaration]
}

/// A method that calls one operation.
public struct MethodDeclaration: Hashable, Sendable {
    /// The method's name, such as `list` or `getPortalURL`.
    public var name: String

    /// The summary and description of the operation.
    public var documentation: String?

    /// The operation's `operationId`.
    public var operationID: String

    /// The descriptor's name in the generated `Operations` namespace.
    public var descriptorName: String

    /// The HTTP method, lowercase as the runtime spells it (`get`, `post`).
    public var httpMethod: String

    /// The path template, such as `/tenants/{tenant_id}`.
    public var pathTemplate: String

    /// The names of the security schemes that may authenticate the call; empty means no credential.
    public var securitySchemes: [String]

    /// The parameters in the order the method takes them.
    public var parameters: [ParameterDeclaration]

    /// The result: the body types by status.
    public var result: ResultDeclaration

    /// The body property whose presence makes a retry safe (the server deduplicates on it), if any.
    public var idempotencyField: String?

    /// The pager method that walks this list operation's pages, when it is paginated.
    public var pager: PagerDeclaration?

    /// Whether the operation is deprecated.
    public var isDeprecated: Bool
}

/// One argument of a generated method.
public struct ParameterDeclaration: Hashable, Sendable {
    /// Where the value goes on the wire.
    public enum Placement: Hashable, Sendable {
        /// A path segment.
        case path
        /// A query parameter in form style, arrays repeating the name.
        case query
        /// A query parameter in deepObject style, `name[key]=value`.
        case deepObjectQuery
        /// A header.
        case header
        /// The JSON request body.
        case body
    }

    /// The Swift argument name.
    public var swiftName: String

    /// The argument label, or nil when the argument label is the name itself.
    public var label: String?

    /// The name on the wire, exactly as the document spells it; for the body, its media type.
    public var wireName: String

    /// Where the value goes.
    public var placement: Placement

    /// The Swift type, optional when the parameter is not required.
    public var type: SwiftType

    /// Whether the caller must pass a value.
    public var isRequired: Bool

    /// The parameter's description.
    public var documentation: String?
}

/// What a successful call returns.
public struct ResultDeclaration: Hashable, Sendable {
    /// How one success status answers.
    public struct Response: Hashable, Sendable {
        /// The status code.
        public var status: Int

        /// The body's type, or nil when the status has no body.
        public var bodyType: SwiftType?
    }

    /// The method's return type, or nil for none.
    public var type: SwiftType?

    /// The success statuses the operation declares.
    public var responses: [Response]
}

/// A pager over a paginated list operation's pages.
public struct PagerDeclaration: Hashable, Sendable {
    /// The pager method's name, such as `listAll`.
    public var name: String

    /// The page type, the list operation's result.
    public var pageTypeName: String

    /// The Swift name of the `next` cursor parameter.
    public var nextParameter: String

    /// The Swift name of the `prev` cursor parameter.
    public var prevParameter: String
}

/// How a list result exposes its items and cursors.
public struct PageDeclaration: Hashable, Sendable {
    /// The list result's type name.
    public var typeName: String

    /// The item type.
    public var itemType: SwiftType

    /// The Swift property that holds the items.
    public var itemsProperty: String

    /// Whether the items property is optional.
    public var itemsAreOptional: Bool

    /// The Swift property that holds the pagination object.
    public var paginationProperty: String

    /// Whether the pagination property is optional.
    public var paginationIsOptional: Bool

    /// The Swift property of the pagination object that holds the next page's cursor.
    public var nextProperty: String

    /// The Swift property of the pagination object that holds the previous page's cursor.
    public var prevProperty: String
}
