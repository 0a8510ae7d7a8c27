extension OperationTranslator {
    /// Returns what a successful call returns: the 2xx statuses with their body types.
    ///
    /// All bodies of one type make that the method's result, optional when some status has no body.
    /// Bodies of differing types are not supported: the first status's type is the result, the other
    /// statuses are accepted without their body, and the generator warns.
    mutating func result(of operation: Operation, typePrefix: String) -> ResultDeclaration {
        var responses: [ResultDeclaration.Response] = []
        for entry in operation.responses {
            guard case .code(let status) = ResponseStatus(entry.key), (200..<300).contains(status),
                let response = document.resolve(entry.value)
            else { continue }
            let bodyType = jsonMediaType(in: response.content).map { media in
                media.schema.map {
                    types.swiftType(for: $0, suggestedName: typePrefix + "Response", usage: .response)
                } ?? .jsonValue
            }
            responses.append(ResultDeclaration.Response(status: status, bodyType: bodyType))
        }

        guard let first = responses.lazy.compactMap(\.bodyType).first else {
            return ResultDeclaration(type: nil, responses: responses)
        }
        if responses.contains(where: { $0.bodyType != nil && $0.bodyType != first }) {
            let name = operation.operationID ?? operation.path
            warn(
                "success responses of '\(name)' have bodies of different types; only the first is decoded",
                operation.origin)
            responses = responses.map {
                ResultDeclaration.Response(status: $0.status, bodyType: $0.bodyType == first ? first : nil)
            }
        }
        let allHaveBodies = responses.allSatisfy { $0.bodyType != nil }
        return ResultDeclaration(type: allHaveBodies ? first : first.optional, responses: responses)
    }

    /// Returns the page declaration of a paginated list operation and gives its method a pager.
    ///
    /// A list operation is paginated when it takes `next` and `prev` cursors and answers with an
    /// object holding an array `models` and a `pagination` object with `next` and `prev`.
    mutating func pageDeclaration(for method: inout MethodDeclaration) -> PageDeclaration? {
        guard let next = method.parameters.first(where: { $0.wireName == "next" && $0.placement == .query }),
            let prev = method.parameters.first(where: { $0.wireName == "prev" && $0.placement == .query }),
            case .named(let pageTypeName)? = method.result.type,
            let page = pageShape(of: pageTypeName)
        else { return nil }

        let pagerName = MethodNaming.pagerName(for: method.name)
        method.pager = PagerDeclaration(
            name: pagerName, pageTypeName: pageTypeName, nextParameter: next.swiftName, prevParameter: prev.swiftName)
        return page
    }

    /// Returns how a result type exposes its items and cursors, if it has the paginated shape.
    private mutating func pageShape(of typeName: String) -> PageDeclaration? {
        guard let schema = componentSchema(named: typeName),
            let models = schema.properties["models"].flatMap({ document.resolve($0) }),
            let itemSchema = models.items,
            let pagination = schema.properties["pagination"].flatMap({ document.resolve($0) }),
            pagination.properties["next"] != nil, pagination.properties["prev"] != nil,
            let paginationTypeName = paginationTypeName(schema),
            let itemsProperty = types.propertyName(ofJSONKey: "models", inType: typeName),
            let paginationProperty = types.propertyName(ofJSONKey: "pagination", inType: typeName),
            let nextProperty = types.propertyName(ofJSONKey: "next", inType: paginationTypeName),
            let prevProperty = types.propertyName(ofJSONKey: "prev", inType: paginationTypeName)
        else { return nil }

        return PageDeclaration(
            typeName: typeName,
            itemType: types.swiftType(for: itemSchema, suggestedName: typeName + "Item", usage: .response),
            itemsProperty: itemsProperty,
            itemsAreOptional: !schema.required.contains("models") || models.allowsNull,
            paginationProperty: paginationProperty,
            paginationIsOptional: !schema.required.contains("pagination") || pagination.allowsNull,
            nextProperty: nextProperty,
            prevProperty: prevProperty
        )
    }

    /// Returns the component schema a generated type name was declared for.
    private func componentSchema(named typeName: String) -> Schema? {
        let entry = document.components.schemas.first { SwiftName.typeName($0.key) == typeName }
        return entry.flatMap { document.resolve($0.value) }
    }

    /// Returns the type name of a list result's `pagination` property, when it refers to a component.
    private func paginationTypeName(_ schema: Schema) -> String? {
        guard let reference = schema.properties["pagination"]?.reference else { return nil }
        return reference.componentName.map(SwiftName.typeName)
    }
}

extension MethodNaming {
    /// Returns the name of the pager that walks a list method's pages: `list` is `listAll`,
    /// `listAttempts` is `listAllAttempts`.
    static func pagerName(for methodName: String) -> String {
        let words = SwiftName.splitWords(methodName)
        guard let verb = words.first else { return methodName + "All" }
        return SwiftName.memberName(([verb, "All"] + words.dropFirst()).joined(separator: "_"))
    }
}
