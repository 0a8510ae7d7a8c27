extension ModelBuilder {
    /// Builds an object's `parameters` list; a name used twice in one location is an error.
    mutating func buildParameterList(in object: ObjectNode) -> [Referenceable<Parameter>] {
        guard let elements = sequenceField("parameters", in: object) else { return [] }
        let pointer = object.pointer.appending("parameters")

        var parameters: [Referenceable<Parameter>] = []
        var seen: Set<String> = []
        for (offset, element) in elements.enumerated() {
            let parameter = referenceable(
                element,
                at: pointer.appending(offset),
                named: "an item of 'parameters'",
                kind: .parameter,
                table: \.parameters
            ) { builder, object in builder.buildParameter(object) }
            guard let parameter else { continue }

            if let value = parameter.value, !seen.insert("\(value.location.rawValue) \(value.name)").inserted {
                let message = "duplicate \(value.location.rawValue) parameter '\(value.name)'"
                error(message, at: element, pointer.appending(offset))
            }
            parameters.append(parameter)
        }
        return parameters
    }

    /// Builds a parameter written in place; a flat list of fields, each read in turn.
    mutating func buildParameter(_ object: ObjectNode) -> Parameter? {
        let name = requiredString("name", in: object)
        let location = parameterLocation(in: object)
        let description = string("description", in: object)
        let isRequired = bool("required", in: object)
        let isDeprecated = bool("deprecated", in: object) ?? false
        let allowsEmptyValue = bool("allowEmptyValue", in: object) ?? false
        let style = parameterStyle(in: object)
        let explode = bool("explode", in: object)
        let schema = object["schema"].flatMap {
            buildSchema($0, at: object.pointer.appending("schema"), named: "'schema'")
        }
        let content = buildContent(in: object)
        guard let name, let location else { return nil }

        if location == .path, isRequired != true {
            let node = object["required"] ?? object.node
            let pointer = object["required"] == nil ? object.pointer : object.pointer.appending("required")
            error("path parameter '\(name)' must have 'required: true'", at: node, pointer)
        }
        if object["schema"] == nil, object["content"] == nil {
            error("parameter '\(name)' needs a 'schema' or a 'content'", at: object.node, object.pointer)
        }

        return Parameter(
            origin: object.origin,
            name: name,
            location: location,
            description: description,
            isRequired: isRequired ?? false,
            isDeprecated: isDeprecated,
            allowsEmptyValue: allowsEmptyValue,
            style: style,
            explode: explode,
            schema: schema,
            content: content,
            example: object["example"],
            examples: object["examples"],
            extensions: object.extensions
        )
    }

    /// Builds a header written in place.
    mutating func buildHeader(_ object: ObjectNode) -> Header? {
        let description = string("description", in: object)
        let isRequired = bool("required", in: object) ?? false
        let isDeprecated = bool("deprecated", in: object) ?? false
        let schema = object["schema"].flatMap {
            buildSchema($0, at: object.pointer.appending("schema"), named: "'schema'")
        }
        let content = buildContent(in: object)
        return Header(
            origin: object.origin,
            description: description,
            isRequired: isRequired,
            isDeprecated: isDeprecated,
            schema: schema,
            content: content,
            example: object["example"],
            extensions: object.extensions
        )
    }

    private mutating func parameterLocation(in object: ObjectNode) -> ParameterLocation? {
        guard let text = requiredString("in", in: object) else { return nil }
        guard let location = ParameterLocation(rawValue: text) else {
            let message = "unknown parameter location '\(text)'; expected path, query, header or cookie"
            error(message, at: object["in"] ?? object.node, object.pointer.appending("in"))
            return nil
        }
        return location
    }

    private mutating func parameterStyle(in object: ObjectNode) -> ParameterStyle? {
        guard let text = string("style", in: object) else { return nil }
        guard let style = ParameterStyle(rawValue: text) else {
            error(
                "unknown parameter style '\(text)'", at: object["style"] ?? object.node,
                object.pointer.appending("style"))
            return nil
        }
        return style
    }
}
