extension Document {
    /// Returns the schema at a pointer, such as `#/components/schemas/Tenant`, or nil when there is none.
    public func schema(at pointer: JSONPointer) -> Schema? {
        index.schemas[pointer]
    }

    /// Returns the schema a reference designates, one step, or nil when it designates none.
    public func schema(for reference: Reference) -> Schema? {
        index.schemas[reference.target]
    }

    /// Returns a schema with its references followed: the first schema along the chain that is not a `$ref`.
    ///
    /// Keywords written beside a `$ref`, such as `nullable`, stay on the referring schema; read them
    /// there before resolving. A schema that is not a reference is returned as it is.
    public func resolve(_ schema: Schema) -> Schema? {
        var current = schema
        var visited: Set<JSONPointer> = []
        while let reference = current.reference {
            guard visited.insert(reference.target).inserted, let next = index.schemas[reference.target] else {
                return nil
            }
            current = next
        }
        return current
    }

    /// Returns a parameter with its references followed, or nil when a reference designates none.
    public func resolve(_ parameter: Referenceable<Parameter>) -> Parameter? {
        follow(parameter, in: index.parameters)
    }

    /// Returns a request body with its references followed, or nil when a reference designates none.
    public func resolve(_ requestBody: Referenceable<RequestBody>) -> RequestBody? {
        follow(requestBody, in: index.requestBodies)
    }

    /// Returns a response with its references followed, or nil when a reference designates none.
    public func resolve(_ response: Referenceable<Response>) -> Response? {
        follow(response, in: index.responses)
    }

    /// Returns a header with its references followed, or nil when a reference designates none.
    public func resolve(_ header: Referenceable<Header>) -> Header? {
        follow(header, in: index.headers)
    }

    /// Returns a security scheme with its references followed, or nil when a reference designates none.
    public func resolve(_ scheme: Referenceable<SecurityScheme>) -> SecurityScheme? {
        follow(scheme, in: index.securitySchemes)
    }

    /// Returns the security scheme a security requirement names, or nil when there is none by that name.
    public func securityScheme(named name: String) -> SecurityScheme? {
        components.securitySchemes[name].flatMap(resolve)
    }

    /// Returns an operation's parameters with its path item's merged in and every reference followed.
    ///
    /// The path item's parameters come first; an operation's parameter replaces the path item's
    /// parameter of the same name and location.
    public func parameters(of operation: Operation) -> [Parameter] {
        let own = operation.parameters.compactMap(resolve)
        let shared = (paths[operation.path]?.parameters ?? []).compactMap(resolve).filter { shared in
            !own.contains { $0.name == shared.name && $0.location == shared.location }
        }
        return shared + own
    }

    /// Returns the security requirements in effect for an operation: its own, or else the document's.
    public func security(of operation: Operation) -> [SecurityRequirement] {
        operation.security ?? security
    }

    private func follow<Value>(
        _ item: Referenceable<Value>,
        in table: [JSONPointer: Referenceable<Value>]
    ) -> Value? {
        var current = item
        var visited: Set<JSONPointer> = []
        while case .reference(let reference) = current {
            guard visited.insert(reference.target).inserted, let next = table[reference.target] else { return nil }
            current = next
        }
        return current.value
    }
}
