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
    func pageDeclaration(for method: inout MethodDeclaration) -> PageDeclaration? {
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
    ///
    /// The shape is read from the declared models: `models` an array, `pagination` a struct with
    /// `next` and `prev`, whether `pagination` refers to a component or is declared inline.
    private func pageShape(of typeName: String) -> PageDeclaration? {
        guard let models = property("models", of: typeName),
            case .array(let itemType) = models.declaredType.nonOptional,
            let pagination = property("pagination", of: typeName),
            case .named(let paginationTypeName) = pagination.declaredType.nonOptional,
            let next = property("next", of: paginationTypeName),
            let prev = property("prev", of: paginationTypeName)
        else { return nil }

        return PageDeclaration(
            typeName: typeName,
            itemType: itemType,
            itemsProperty: models.name,
            itemsAreOptional: models.declaredType.isOptional,
            paginationProperty: pagination.name,
            paginationIsOptional: pagination.declaredType.isOptional,
            nextProperty: next.name,
            prevProperty: prev.name
        )
    }

    /// Returns the property of a declared struct that holds a JSON key.
    private func property(_ key: String, of typeName: String) -> ModelProperty? {
        guard let declaration = types.declaration(named: typeName),
            case .structure(let structure) = declaration.kind
        else { return nil }
        return structure.properties.first { $0.key == key }
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
