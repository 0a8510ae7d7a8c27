extension ModelBuilder {
    /// Builds a security scheme written in place; each kind must have the fields it is used by.
    mutating func buildSecurityScheme(_ object: ObjectNode) -> SecurityScheme? {
        guard let kindText = requiredString("type", in: object) else { return nil }
        guard let kind = SecurityScheme.Kind(rawValue: kindText) else {
            let message =
                "unknown security scheme type '\(kindText)'; expected apiKey, http, mutualTLS, oauth2 or openIdConnect"
            error(message, at: object["type"] ?? object.node, object.pointer.appending("type"))
            return nil
        }

        var scheme = SecurityScheme(origin: object.origin, kind: kind, extensions: object.extensions)
        scheme.description = string("description", in: object)
        switch kind {
        case .apiKey:
            scheme.name = requiredString("name", in: object)
            scheme.location = apiKeyLocation(in: object)
        case .http:
            scheme.scheme = requiredString("scheme", in: object)
            scheme.bearerFormat = string("bearerFormat", in: object)
        case .oauth2:
            scheme.flows = object["flows"]
            if scheme.flows == nil { reportMissing("flows", in: object) }
        case .openIdConnect:
            scheme.openIDConnectURL = requiredString("openIdConnectUrl", in: object)
        case .mutualTLS:
            break
        }
        return scheme
    }

    /// Builds an object's `security` list, or returns nil when the object has none.
    ///
    /// An empty list is kept: on an operation it means that no credential is needed.
    mutating func buildSecurityRequirements(in object: ObjectNode) -> [SecurityRequirement]? {
        guard let elements = sequenceField("security", in: object) else { return nil }
        let pointer = object.pointer.appending("security")
        return elements.enumerated().compactMap { offset, element in
            let named = "an item of 'security'"
            guard let requirement = self.object(element, at: pointer.appending(offset), named: named) else {
                return nil
            }
            var schemes = OrderedMap<[String]>()
            for (name, node) in requirement.fields {
                let scopesPointer = requirement.pointer.appending(name)
                schemeUses.append(
                    SchemeUse(name: name, origin: Origin(location: node.location, pointer: scopesPointer)))
                guard let scopes = node.sequence else {
                    error(
                        "scopes of '\(name)' must be a sequence, not \(node.kindDescription)", at: node, scopesPointer)
                    continue
                }
                let texts = scopes.enumerated().compactMap { offset, scope in
                    text(of: scope, named: "a scope of '\(name)'", at: scopesPointer.appending(offset))
                }
                schemes.append(texts, for: name)
            }
            return SecurityRequirement(origin: requirement.origin, schemes: schemes)
        }
    }

    private mutating func apiKeyLocation(in object: ObjectNode) -> ParameterLocation? {
        guard let text = requiredString("in", in: object) else { return nil }
        guard let location = ParameterLocation(rawValue: text), location != .path else {
            let message = "unknown API key location '\(text)'; expected query, header or cookie"
            error(message, at: object["in"] ?? object.node, object.pointer.appending("in"))
            return nil
        }
        return location
    }
}
