extension ModelBuilder {
    /// Builds the `components` object; the kinds the generator does not use are warned about and skipped.
    mutating func buildComponents(_ object: ObjectNode) -> Components {
        var components = Components()
        components.extensions = object.extensions

        for (name, node, pointer) in componentEntries("schemas", in: object) {
            if let schema = buildSchema(node, at: pointer, named: "schema '\(name)'") {
                components.schemas.append(schema, for: name)
            }
        }
        for (name, node, pointer) in componentEntries("responses", in: object) {
            let response = referenceable(
                node, at: pointer, named: "response '\(name)'", kind: .response, table: \.responses
            ) { builder, object in builder.buildResponse(object) }
            response.map { components.responses.append($0, for: name) }
        }
        for (name, node, pointer) in componentEntries("parameters", in: object) {
            let parameter = referenceable(
                node, at: pointer, named: "parameter '\(name)'", kind: .parameter, table: \.parameters
            ) { builder, object in builder.buildParameter(object) }
            parameter.map { components.parameters.append($0, for: name) }
        }
        for (name, node, pointer) in componentEntries("requestBodies", in: object) {
            let body = referenceable(
                node, at: pointer, named: "request body '\(name)'", kind: .requestBody, table: \.requestBodies
            ) { builder, object in builder.buildRequestBody(object) }
            body.map { components.requestBodies.append($0, for: name) }
        }
        for (name, node, pointer) in componentEntries("headers", in: object) {
            let header = referenceable(
                node, at: pointer, named: "header '\(name)'", kind: .header, table: \.headers
            ) { builder, object in builder.buildHeader(object) }
            header.map { components.headers.append($0, for: name) }
        }
        for (name, node, pointer) in componentEntries("securitySchemes", in: object) {
            let scheme = referenceable(
                node, at: pointer, named: "security scheme '\(name)'", kind: .securityScheme, table: \.securitySchemes
            ) { builder, object in builder.buildSecurityScheme(object) }
            scheme.map { components.securitySchemes.append($0, for: name) }
        }

        for skipped in ["callbacks", "links", "pathItems"] where object[skipped] != nil {
            let node = object[skipped] ?? object.node
            warning(
                "'\(skipped)' in 'components' is not supported and is skipped", at: node,
                object.pointer.appending(skipped))
        }
        return components
    }

    /// Returns the named entries of one kind of component, with their nodes and pointers.
    private mutating func componentEntries(
        _ kind: String,
        in object: ObjectNode
    ) -> [(name: String, node: Node, pointer: JSONPointer)] {
        guard let mapping = objectField(kind, in: object) else { return [] }
        return mapping.fields.map { ($0.key, $0.value, mapping.pointer.appending($0.key)) }
    }
}
