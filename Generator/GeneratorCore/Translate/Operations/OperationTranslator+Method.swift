extension OperationTranslator {
    /// Returns the method that calls an operation.
    mutating func translateMethod(_ operation: Operation, named name: String, tag: String?) -> MethodDeclaration {
        let operationID = operation.operationID ?? name
        let typePrefix = SwiftName.typeName(operationID)
        var scope = NameScope(reserving: ["options"])

        var parameters = document.parameters(of: operation).compactMap {
            translateParameter($0, typePrefix: typePrefix)
        }
        if let body = requestBody(of: operation, typePrefix: typePrefix) {
            let pathCount = parameters.prefix { $0.placement == .path }.count
            parameters.insert(body, at: pathCount)
        }
        let names = scope.claim(parameters.map(\.swiftName), as: { $0 }, origins: [])
        for index in parameters.indices {
            parameters[index].swiftName = names[index]
        }
        diagnostics += scope.diagnostics

        return MethodDeclaration(
            name: name,
            documentation: documentation(summary: operation.summary, description: operation.description),
            operationID: operationID,
            descriptorName: SwiftName.memberName(operationID),
            httpMethod: operation.method.rawValue,
            pathTemplate: operation.path,
            securitySchemes: securitySchemes(of: operation),
            parameters: parameters,
            result: result(of: operation, typePrefix: typePrefix),
            idempotencyField: idempotencyProperty(operationID, body: parameters.first { $0.placement == .body }),
            pager: nil,
            isDeprecated: operation.isDeprecated
        )
    }

    /// Returns the Swift property of the body that the naming file marks as making a retry safe.
    private func idempotencyProperty(_ operationID: String, body: ParameterDeclaration?) -> String? {
        guard let field = naming.idempotencyFields[operationID], let body else { return nil }
        var type = body.type
        if case .optional(let wrapped) = type {
            type = wrapped
        }
        guard case .named(let typeName) = type else { return nil }
        return types.propertyName(ofJSONKey: field, inType: typeName) ?? SwiftName.memberName(field)
    }

    /// Returns the names of the schemes that may authenticate the call, in document order.
    private func securitySchemes(of operation: Operation) -> [String] {
        var names: [String] = []
        for requirement in document.security(of: operation) {
            for name in requirement.schemes.keys where !names.contains(name) {
                names.append(name)
            }
        }
        return names
    }

    /// Returns the summary and description joined as one documentation text.
    func documentation(summary: String?, description: String?) -> String? {
        let parts = [summary, description].compactMap { $0?.trimmingWhitespace }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }
}

extension String {
    /// The text without leading and trailing spaces and line breaks.
    var trimmingWhitespace: String {
        let characters = Array(self)
        let start = characters.firstIndex { !$0.isWhitespace } ?? characters.endIndex
        let end = characters.lastIndex { !$0.isWhitespace }.map { $0 + 1 } ?? start
        return String(characters[start..<max(start, end)])
    }
}
