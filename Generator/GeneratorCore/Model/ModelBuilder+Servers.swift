extension ModelBuilder {
    /// Builds an object's `servers` list, or an empty list when it has none.
    mutating func buildServers(in object: ObjectNode) -> [Server] {
        guard let elements = sequenceField("servers", in: object) else { return [] }
        let pointer = object.pointer.appending("servers")
        return elements.enumerated().compactMap { offset, element in
            self.object(element, at: pointer.appending(offset), named: "an item of 'servers'").flatMap {
                buildServer($0)
            }
        }
    }

    private mutating func buildServer(_ object: ObjectNode) -> Server? {
        let url = requiredString("url", in: object)
        let description = string("description", in: object)

        var variables = OrderedMap<ServerVariable>()
        if let mapping = objectField("variables", in: object) {
            for (name, node) in mapping.fields {
                let pointer = mapping.pointer.appending(name)
                guard let variable = self.object(node, at: pointer, named: "server variable '\(name)'") else {
                    continue
                }
                if let built = buildServerVariable(variable) {
                    variables.append(built, for: name)
                }
            }
        }

        guard let url else { return nil }
        for name in Self.templateVariables(in: url) where variables[name] == nil {
            let node = object["url"] ?? object.node
            error("server variable '\(name)' is not defined in 'variables'", at: node, object.pointer.appending("url"))
        }
        return Server(
            origin: object.origin,
            url: url,
            description: description,
            variables: variables,
            extensions: object.extensions
        )
    }

    private mutating func buildServerVariable(_ object: ObjectNode) -> ServerVariable? {
        let defaultValue = requiredString("default", in: object)
        let allowedValues = stringList("enum", in: object) ?? []
        let description = string("description", in: object)
        return defaultValue.map {
            ServerVariable(
                origin: object.origin, defaultValue: $0, allowedValues: allowedValues, description: description)
        }
    }

    /// Returns the names between braces in a URL or path template, in order.
    static func templateVariables(in template: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in template {
            switch character {
            case "{": current = ""
            case "}":
                if let name = current { names.append(name) }
                current = nil
            default: current?.append(character)
            }
        }
        return names
    }
}
