extension ModelBuilder {
    /// Builds the `paths` object; it may be absent in 3.1 documents only.
    mutating func buildPaths(in object: ObjectNode) -> OrderedMap<PathItem> {
        var paths = OrderedMap<PathItem>()
        guard object["paths"] != nil else {
            if !version.isVersion31 {
                reportMissing("paths", in: object)
            }
            return paths
        }
        guard let mapping = objectField("paths", in: object) else { return paths }

        for (path, node) in mapping.fields where !path.hasPrefix("x-") {
            let pointer = mapping.pointer.appending(path)
            guard path.hasPrefix("/") else {
                error("path '\(path)' must start with '/'", at: node, pointer)
                continue
            }
            guard let item = self.object(node, at: pointer, named: "path '\(path)'") else { continue }
            if let built = buildPathItem(item, path: path) {
                paths.append(built, for: path)
            }
        }
        return paths
    }

    /// The fields of a path item other than its operations.
    private static let pathItemFields: Set<String> = ["$ref", "summary", "description", "parameters", "servers"]

    private mutating func buildPathItem(_ object: ObjectNode, path: String) -> PathItem? {
        if let node = object["$ref"] {
            let message = "a path item with '$ref' is not supported; the path '\(path)' is skipped"
            warning(message, at: node, object.pointer.appending("$ref"))
            return nil
        }

        let summary = string("summary", in: object)
        let description = string("description", in: object)
        let parameters = buildParameterList(in: object)
        let servers = buildServers(in: object)

        var operations: [Operation] = []
        for (key, node) in object.fields {
            guard let method = HTTPMethod(rawValue: key) else {
                // A misspelt method would otherwise drop its operation without a word.
                if !Self.pathItemFields.contains(key), !key.hasPrefix("x-") {
                    warning(
                        "unknown key '\(key)' in path '\(path)' is ignored", at: node, object.pointer.appending(key))
                }
                continue
            }
            let pointer = object.pointer.appending(key)
            guard let operation = self.object(node, at: pointer, named: "operation '\(key)'") else { continue }
            if let built = buildOperation(operation, path: path, method: method) {
                operations.append(built)
            }
        }

        return PathItem(
            origin: object.origin,
            path: path,
            summary: summary,
            description: description,
            parameters: parameters,
            operations: operations,
            servers: servers,
            extensions: object.extensions
        )
    }

    /// Builds one operation; a flat list of fields, each read in turn.
    private mutating func buildOperation(_ object: ObjectNode, path: String, method: HTTPMethod) -> Operation? {
        let operationID = string("operationId", in: object)
        if let operationID {
            recordOperationID(operationID, in: object)
        }
        let summary = string("summary", in: object)
        let description = string("description", in: object)
        let tags = stringList("tags", in: object) ?? []
        let parameters = buildParameterList(in: object)
        let requestBody = object["requestBody"].flatMap { node in
            referenceable(
                node,
                at: object.pointer.appending("requestBody"),
                named: "'requestBody'",
                kind: .requestBody,
                table: \.requestBodies
            ) { builder, body in builder.buildRequestBody(body) }
        }
        let responses = buildResponses(in: object)
        let isDeprecated = bool("deprecated", in: object) ?? false
        let security = buildSecurityRequirements(in: object)
        let servers = buildServers(in: object)

        for skipped in ["callbacks", "links"] where object[skipped] != nil {
            let message = "'\(skipped)' is not supported and is skipped"
            warning(message, at: object[skipped] ?? object.node, object.pointer.appending(skipped))
        }

        return Operation(
            origin: object.origin,
            path: path,
            method: method,
            operationID: operationID,
            summary: summary,
            description: description,
            tags: tags,
            parameters: parameters,
            requestBody: requestBody,
            responses: responses,
            isDeprecated: isDeprecated,
            security: security,
            servers: servers,
            extensions: object.extensions
        )
    }

    private mutating func recordOperationID(_ operationID: String, in object: ObjectNode) {
        guard let first = operationIDs[operationID] else {
            operationIDs[operationID] = object.origin
            return
        }
        let node = object["operationId"] ?? object.node
        let message = "duplicate operationId '\(operationID)'; first used at line \(first.location.line)"
        error(message, at: node, object.pointer.appending("operationId"))
    }

    /// Builds the `responses` object; it is required in 3.0 documents.
    private mutating func buildResponses(in object: ObjectNode) -> OrderedMap<Referenceable<Response>> {
        var responses = OrderedMap<Referenceable<Response>>()
        guard object["responses"] != nil else {
            if !version.isVersion31 {
                reportMissing("responses", in: object)
            }
            return responses
        }
        guard let mapping = objectField("responses", in: object) else { return responses }

        for (key, node) in mapping.fields where !key.hasPrefix("x-") {
            let pointer = mapping.pointer.appending(key)
            guard ResponseStatus(key) != nil else {
                let message = "'\(key)' is not a response status such as 200, 4XX or 'default'"
                error(message, at: node, pointer)
                continue
            }
            let response = referenceable(
                node,
                at: pointer,
                named: "response '\(key)'",
                kind: .response,
                table: \.responses
            ) { builder, object in builder.buildResponse(object) }
            if let response {
                responses.append(response, for: key)
            }
        }
        return responses
    }
}
