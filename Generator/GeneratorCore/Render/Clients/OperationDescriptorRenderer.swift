/// Renders the runtime's description of one operation: method, path, security and expected responses.
struct OperationDescriptorRenderer {
    let method: MethodDeclaration

    /// The descriptor's output type: the method's result, or `NoContent` when it returns nothing.
    var outputType: String {
        method.result.type?.source ?? "NoContent"
    }

    func write(into writer: inout SourceWriter) {
        let security = method.securitySchemes.map { "SecurityScheme(rawValue: \($0.swiftLiteral))" }
        writer.line("/// `\(method.httpMethod.uppercased()) \(method.pathTemplate)`")
        writer.line("static let \(method.descriptorName) = APIOperation<\(outputType)>(")
        writer.line("    id: \(method.operationID.swiftLiteral),")
        writer.line("    method: .\(method.httpMethod),")
        writer.line("    pathTemplate: \(method.pathTemplate.swiftLiteral),")
        writer.line("    security: [\(security.joined(separator: ", "))],")
        writer.line("    responses: [")
        for response in method.result.responses {
            writer.line("        \(expectedResponse(response)),")
        }
        writer.line("    ]")
        writer.line(")")
    }

    /// Returns how the runtime reads one success status.
    private func expectedResponse(_ response: ResultDeclaration.Response) -> String {
        guard let resultType = method.result.type else {
            return ".noContent(\(response.status))"
        }
        guard let bodyType = response.bodyType else {
            return ".empty(\(response.status), value: nil)"
        }
        if resultType == bodyType {
            return ".json(\(response.status))"
        }
        return ".json(\(response.status), as: \(bodyType.source).self) { $0 }"
    }
}
