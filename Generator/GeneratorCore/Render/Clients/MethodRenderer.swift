/// Renders a method that calls one operation, and its pager when the operation is paginated.
struct MethodRenderer {
    let method: MethodDeclaration

    func write(into writer: inout SourceWriter) {
        writeDocumentation(into: &writer, returns: returnsDocumentation)
        if method.isDeprecated {
            writer.line("@available(*, deprecated, message: \"The API document marks this operation as deprecated.\")")
        }
        let returnClause = method.result.type.map { " -> \($0.source)" } ?? ""
        writeParameterList(method.name, parameters: method.parameters, into: &writer)
        writer.line("    options: RequestOptions = RequestOptions()")
        writer.block(") async throws\(returnClause)") { writer in
            writeBody(into: &writer)
        }
        if let pager = method.pager {
            writer.line()
            writePager(pager, into: &writer)
        }
    }

    // MARK: - The method

    private var returnsDocumentation: String? {
        method.result.type.map { _ in "The decoded response body." }
    }

    private func writeDocumentation(into writer: inout SourceWriter, returns: String?) {
        writer.documentation(method.documentation ?? "Calls `\(method.operationID)`.")
        writer.line("///")
        writer.line("/// `\(method.httpMethod.uppercased()) \(method.pathTemplate)`")
        writer.line("///")
        writer.line("/// - Parameters:")
        for parameter in method.parameters {
            writer.documentation("  - \(parameter.swiftName): \(parameterDocumentation(parameter))")
        }
        writer.line("///   - options: Per-call settings: timeout, retry policy and extra headers.")
        if let returns {
            writer.line("/// - Returns: \(returns)")
        }
        writer.line(
            "/// - Throws: `OutpostError` when the request cannot be sent, the server answers with an error status,")
        writer.line("///   or the body does not match the document; `CancellationError` when the task is cancelled.")
    }

    private func parameterDocumentation(_ parameter: ParameterDeclaration) -> String {
        let text = parameter.documentation?.split(separator: "\n").joined(separator: " ") ?? ""
        if !text.isEmpty { return text }
        return parameter.placement == .body ? "The request body." : "The `\(parameter.wireName)` parameter."
    }

    /// Writes `public func name(` and one line per parameter; the caller closes the list.
    private func writeParameterList(_ name: String, parameters: [ParameterDeclaration], into writer: inout SourceWriter)
    {
        writer.line("public func \(SwiftName.escaped(name))(")
        for parameter in parameters {
            let label = parameter.label.map { "\($0) " } ?? ""
            let defaultValue = parameter.isRequired ? "" : " = nil"
            writer.line(
                "    \(label)\(SwiftName.escaped(parameter.swiftName)): \(parameter.type.source)\(defaultValue),")
        }
    }

    private func writeBody(into writer: inout SourceWriter) {
        writer.line(method.parameters.isEmpty ? "let input = OperationInput()" : "var input = OperationInput()")
        for parameter in method.parameters {
            let value = SwiftName.escaped(parameter.swiftName)
            let wire = parameter.wireName.swiftLiteral
            switch parameter.placement {
            case .path: writer.line("input.addPath(\(wire), \(value))")
            case .query: writer.line("input.addQuery(\(wire), encoding: \(value))")
            case .deepObjectQuery: writer.line("input.addQuery(\(wire), encoding: \(value), style: .deepObject)")
            case .header: writer.line("input.addHeader(\(wire), encoding: \(value))")
            case .body: writeBodyParameter(parameter, into: &writer)
            }
        }
        let call = "runtime.send(Operations.\(method.descriptorName), input, options: options)"
        writer.line(method.result.type == nil ? "_ = try await \(call)" : "return try await \(call)")
    }

    private func writeBodyParameter(_ parameter: ParameterDeclaration, into writer: inout SourceWriter) {
        let value = SwiftName.escaped(parameter.swiftName)
        // The runtime sends `application/json` unless told otherwise.
        let contentType =
            parameter.wireName.lowercased() == "application/json"
            ? "" : ", contentType: \(parameter.wireName.swiftLiteral)"
        if parameter.isRequired {
            writer.line("input.body = .json(\(value)\(contentType))")
        } else {
            writer.line("input.body = \(value).map { .json($0\(contentType)) }")
        }
        guard let field = method.idempotencyField else { return }
        let access = parameter.isRequired ? "\(value).\(field)" : "\(value)?.\(field)"
        writer.line("// The server deduplicates on this field, so a call that sets it is safe to retry.")
        writer.line("input.isIdempotent = \(access) != nil ? true : nil")
    }

    // MARK: - The pager

    private func writePager(_ pager: PagerDeclaration, into writer: inout SourceWriter) {
        let filters = method.parameters.filter {
            $0.swiftName != pager.nextParameter && $0.swiftName != pager.prevParameter
        }
        writer.documentation("Walks every page of `\(method.name)`, fetching each when the loop reaches it.")
        writer.line("///")
        writer.line(
            "/// Iterate the pager for pages, or its `items` for the elements of every page. It keeps the filters,")
        writer.line(
            "/// page size and order given here, ends on the last page, and fails with an `OutpostError` instead")
        writer.line("/// of looping when the server repeats a cursor.")
        writer.line("///")
        writer.line("/// - Parameters:")
        for parameter in filters {
            writer.documentation("  - \(parameter.swiftName): \(parameterDocumentation(parameter))")
        }
        writer.line(
            "///   - cursor: Where to start: `.next(cursor)` walks forward from that page, `.prev(cursor)` walks")
        writer.line("///     backward; nil starts at the first page and walks forward.")
        writer.line("///   - options: Per-call settings for every page's request.")
        writer.line("/// - Returns: A pager that fetches pages lazily.")

        writeParameterList(pager.name, parameters: filters, into: &writer)
        writer.line("    startingAt cursor: PageCursor? = nil,")
        writer.line("    options: RequestOptions = RequestOptions()")
        writer.block(") -> Pager<\(pager.pageTypeName)>") { writer in
            let arguments = method.parameters.map { parameter -> String in
                let name = SwiftName.escaped(parameter.swiftName)
                let value: String
                switch parameter.swiftName {
                case pager.nextParameter: value = "cursor?.next"
                case pager.prevParameter: value = "cursor?.prev"
                default: value = name
                }
                return parameter.label == "_" ? value : "\(parameter.swiftName): \(value)"
            }
            let operationID = method.operationID.swiftLiteral
            writer.line("let direction: PagingDirection = cursor?.prev != nil ? .backward : .forward")
            writer.block(
                "return Pager(operationID: \(operationID), direction: direction, startCursor: cursor) { cursor in"
            ) {
                writer in
                writer.line("try await self.\(SwiftName.escaped(method.name))(")
                for argument in arguments {
                    writer.line("    \(argument),")
                }
                writer.line("    options: options")
                writer.line(")")
            }
        }
    }
}
