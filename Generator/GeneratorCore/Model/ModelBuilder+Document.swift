extension ModelBuilder {
    /// Builds the whole document, then checks its references and the rules that span objects.
    mutating func buildDocument() -> Document? {
        guard let object = object(root, at: .root, named: "the document") else { return nil }
        guard let version = buildVersion(in: object) else { return nil }
        self.version = version

        let info = objectField("info", in: object).flatMap { buildInfo($0) }
        if object["info"] == nil {
            reportMissing("info", in: object)
        }
        let servers = buildServers(in: object)
        let components = objectField("components", in: object).map { buildComponents($0) } ?? Components()
        let security = buildSecurityRequirements(in: object)
        let tags = buildTags(in: object)
        let paths = buildPaths(in: object)
        if let webhooks = object["webhooks"] {
            warning("'webhooks' is not supported and is skipped", at: webhooks, object.pointer.appending("webhooks"))
        }

        checkReferences()
        checkSecuritySchemeNames(components)
        checkPathTemplates(paths)
        noteNullableUses()

        guard let info else { return nil }
        return Document(
            version: version,
            info: info,
            servers: servers,
            paths: paths,
            components: components,
            security: security ?? [],
            tags: tags,
            extensions: object.extensions,
            index: index
        )
    }

    /// Reads the `openapi` field; Swagger 2.0 and versions other than 3.0.x and 3.1.x are errors.
    private mutating func buildVersion(in object: ObjectNode) -> OpenAPIVersion? {
        if object["openapi"] == nil, let swagger = object["swagger"] {
            let text = swagger.scalar?.text ?? "2.0"
            let message = "Swagger \(text) documents are not supported; convert the document to OpenAPI 3.0 or 3.1"
            error(message, at: swagger, object.pointer.appending("swagger"))
            return nil
        }
        guard let text = requiredString("openapi", in: object) else { return nil }

        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0] == "3", let minor = Int(parts[1]), minor <= 1 else {
            let node = object["openapi"] ?? object.node
            let message = "OpenAPI version '\(text)' is not supported; expected 3.0.x or 3.1.x"
            error(message, at: node, object.pointer.appending("openapi"))
            return nil
        }
        return OpenAPIVersion(text: text, minor: minor)
    }

    private mutating func buildInfo(_ object: ObjectNode) -> Info? {
        let title = requiredString("title", in: object)
        let version = requiredString("version", in: object)
        let summary = string("summary", in: object)
        let description = string("description", in: object)
        guard let title, let version else { return nil }
        return Info(
            origin: object.origin,
            title: title,
            version: version,
            summary: summary,
            description: description,
            extensions: object.extensions
        )
    }

    private mutating func buildTags(in object: ObjectNode) -> [Tag] {
        guard let elements = sequenceField("tags", in: object) else { return [] }
        let pointer = object.pointer.appending("tags")
        return elements.enumerated().compactMap { offset, element in
            guard let tag = self.object(element, at: pointer.appending(offset), named: "an item of 'tags'") else {
                return nil
            }
            let name = requiredString("name", in: tag)
            let description = string("description", in: tag)
            return name.map {
                Tag(origin: tag.origin, name: $0, description: description, extensions: tag.extensions)
            }
        }
    }

    /// Adds one note for the 3.0 `nullable` keyword in a 3.1 document, at its first use.
    private mutating func noteNullableUses() {
        guard version.isVersion31, let first = nullableUses.first else { return }
        let places = nullableUses.count == 1 ? "1 place" : "\(nullableUses.count) places"
        let message = "'nullable' is an OpenAPI 3.0 keyword; read as allowing null in \(places)"
        diagnostics.append(
            .note(message, file: file, at: first.location, pointer: first.pointer.description)
        )
    }
}
