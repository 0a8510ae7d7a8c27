extension OperationTranslator {
    /// Returns a path, query or header parameter as a method argument; cookies are skipped with a warning.
    mutating func translateParameter(_ parameter: Parameter, typePrefix: String) -> ParameterDeclaration? {
        guard let placement = placement(of: parameter) else { return nil }
        guard let schema = parameter.schema else {
            warn(
                "parameter '\(parameter.name)' is described by 'content', which is not supported; it is skipped",
                parameter.origin)
            return nil
        }

        let typeName = typePrefix + SwiftName.typeName(parameter.name)
        var type = parameterType(schema, typeName: typeName)
        if !parameter.isRequired {
            type = type.optional
        }
        return ParameterDeclaration(
            swiftName: SwiftName.memberName(parameter.name),
            label: nil,
            wireName: parameter.name,
            placement: placement,
            type: type,
            isRequired: parameter.isRequired,
            documentation: parameter.description?.trimmingWhitespace
        )
    }

    private mutating func placement(of parameter: Parameter) -> ParameterDeclaration.Placement? {
        switch (parameter.location, parameter.effectiveStyle) {
        case (.path, _):
            return .path
        case (.header, _):
            return .header
        case (.query, .deepObject):
            return .deepObjectQuery
        case (.query, .form):
            if !parameter.effectiveExplode {
                warn(
                    "query parameter '\(parameter.name)' without 'explode' is sent exploded, one pair per value",
                    parameter.origin)
            }
            return .query
        case (.query, let style):
            warn(
                "query parameter '\(parameter.name)' in style '\(style.rawValue)' is sent in form style",
                parameter.origin)
            return .query
        case (.cookie, _):
            warn("cookie parameter '\(parameter.name)' is not supported; it is skipped", parameter.origin)
            return nil
        }
    }

    /// Returns a parameter's type: a `oneOf` of a value and an array of such values is an array,
    /// so a caller passes one value or many.
    private mutating func parameterType(_ schema: Schema, typeName: String) -> SwiftType {
        if let element = oneOrManyElement(schema) {
            return .array(types.swiftType(for: element, suggestedName: typeName, usage: .request))
        }
        return types.swiftType(for: schema, suggestedName: typeName, usage: .request)
    }

    /// Returns the single-value alternative of `oneOf: [T, array of T]`, or nil for any other schema.
    private func oneOrManyElement(_ schema: Schema) -> Schema? {
        guard schema.oneOf.count == 2 else { return nil }
        let resolved = schema.oneOf.map { document.resolve($0) ?? $0 }
        guard let arrayIndex = resolved.firstIndex(where: { $0.nonNullTypes == [.array] }) else { return nil }
        let single = schema.oneOf[1 - arrayIndex]
        guard let items = resolved[arrayIndex].items, sameShape(items, single) else { return nil }
        return single
    }

    /// Whether two schemas describe the same values: the same reference, or the same type, format and enum.
    private func sameShape(_ first: Schema, _ second: Schema) -> Bool {
        if let a = first.reference, let b = second.reference {
            return a.target == b.target
        }
        let enumTexts = { (schema: Schema) in schema.enumValues?.map { $0.scalar?.text } }
        return first.reference == nil && second.reference == nil && first.nonNullTypes == second.nonNullTypes
            && first.format == second.format && enumTexts(first) == enumTexts(second)
    }

    /// Returns the JSON request body as the method's unlabeled argument after the path parameters.
    mutating func requestBody(of operation: Operation, typePrefix: String) -> ParameterDeclaration? {
        guard let reference = operation.requestBody, let body = document.resolve(reference) else { return nil }
        guard let (mediaType, media) = jsonContent(in: body.content) else {
            let types = body.content.keys.joined(separator: ", ")
            warn("request body of type '\(types)' is not supported; the operation is generated without it", body.origin)
            return nil
        }

        let type =
            media.schema.map { types.swiftType(for: $0, suggestedName: typePrefix + "Request", usage: .request) }
            ?? .jsonValue
        return ParameterDeclaration(
            swiftName: "body",
            label: "_",
            wireName: mediaType,
            placement: .body,
            type: body.isRequired ? type : type.optional,
            isRequired: body.isRequired,
            documentation: body.description?.trimmingWhitespace
        )
    }

    /// Returns the first JSON media type among a body's content types, with its name, if there is one.
    func jsonContent(in content: OrderedMap<MediaType>) -> (type: String, media: MediaType)? {
        content.first { entry in
            let type = entry.key.lowercased()
            return type == "application/json" || type.hasSuffix("+json")
        }.map { ($0.key, $0.value) }
    }

    /// Returns the first JSON media type among a body's content types, if there is one.
    func jsonMediaType(in content: OrderedMap<MediaType>) -> MediaType? {
        jsonContent(in: content)?.media
    }

    mutating func warn(_ message: String, _ origin: Origin) {
        diagnostics.append(.warning(message, file: file, at: origin.location, pointer: "\(origin.pointer)"))
    }
}
