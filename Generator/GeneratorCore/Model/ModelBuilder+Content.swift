extension ModelBuilder {
    /// Builds a request body written in place.
    mutating func buildRequestBody(_ object: ObjectNode) -> RequestBody? {
        let description = string("description", in: object)
        let isRequired = bool("required", in: object) ?? false
        if object["content"] == nil {
            reportMissing("content", in: object)
        }
        let content = buildContent(in: object)
        return RequestBody(
            origin: object.origin,
            description: description,
            content: content,
            isRequired: isRequired,
            extensions: object.extensions
        )
    }

    /// Builds a response written in place.
    mutating func buildResponse(_ object: ObjectNode) -> Response? {
        let description = string("description", in: object)
        let content = buildContent(in: object)

        var headers = OrderedMap<Referenceable<Header>>()
        if let mapping = objectField("headers", in: object) {
            for (name, node) in mapping.fields {
                let header = referenceable(
                    node,
                    at: mapping.pointer.appending(name),
                    named: "header '\(name)'",
                    kind: .header,
                    table: \.headers
                ) { builder, object in builder.buildHeader(object) }
                if let header {
                    headers.append(header, for: name)
                }
            }
        }

        if let links = object["links"] {
            warning("'links' is not supported and is skipped", at: links, object.pointer.appending("links"))
        }
        return Response(
            origin: object.origin,
            description: description,
            headers: headers,
            content: content,
            extensions: object.extensions
        )
    }

    /// Builds an object's `content` mapping of media types, or an empty one when it has none.
    mutating func buildContent(in object: ObjectNode) -> OrderedMap<MediaType> {
        var content = OrderedMap<MediaType>()
        guard let mapping = objectField("content", in: object) else { return content }
        for (name, node) in mapping.fields {
            let pointer = mapping.pointer.appending(name)
            guard let mediaType = self.object(node, at: pointer, named: "media type '\(name)'") else { continue }
            content.append(buildMediaType(mediaType), for: name)
        }
        return content
    }

    private mutating func buildMediaType(_ object: ObjectNode) -> MediaType {
        let schema = object["schema"].flatMap {
            buildSchema($0, at: object.pointer.appending("schema"), named: "'schema'")
        }
        if let encoding = object["encoding"] {
            warning("'encoding' is not supported and is ignored", at: encoding, object.pointer.appending("encoding"))
        }
        return MediaType(
            origin: object.origin,
            schema: schema,
            example: object["example"],
            examples: object["examples"],
            extensions: object.extensions
        )
    }
}
