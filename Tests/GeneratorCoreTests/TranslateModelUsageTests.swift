import GeneratorCore
import Testing

/// A document whose operation sends `Sent`, receives `Received`, and does both with `Both`.
private let usageDocument = """
    openapi: 3.1.0
    info: {title: T, version: "1"}
    paths:
      /things:
        post:
          requestBody:
            content:
              application/json:
                schema: {$ref: "#/components/schemas/Sent"}
          responses:
            "200":
              description: Done.
              content:
                application/json:
                  schema:
                    type: array
                    items: {$ref: "#/components/schemas/Received"}
    components:
      schemas:
        Sent:
          type: object
          properties:
            id: {type: string, readOnly: true}
            secret: {type: string, writeOnly: true}
            note: {type: string, nullable: true}
            both: {$ref: "#/components/schemas/Both"}
        Received:
          type: object
          properties:
            id: {type: string, readOnly: true}
            secret: {type: string, writeOnly: true}
            note: {type: string, nullable: true}
            both: {$ref: "#/components/schemas/Both"}
        Both:
          type: object
          required: [id]
          properties:
            id: {type: string, readOnly: true}
            note: {type: string, nullable: true}
        Unused:
          type: object
          properties:
            note: {type: string, nullable: true}
    """

/// Returns each property of a struct as `key: declared type (access)`.
private func properties(of name: String, in translator: TypeTranslator) -> [String] {
    guard case .structure(let structure) = translator.declarations.first(where: { $0.name == name })?.kind else {
        return []
    }
    return structure.properties.map { "\($0.key): \($0.declaredType.source) (\($0.access))" }
}

@Test func leavesReadOnlyPropertiesOutOfRequestsAndWriteOnlyOnesOutOfResponses() throws {
    let translator = try translateModels(usageDocument)
    #expect(
        properties(of: "Sent", in: translator) == [
            "secret: String? (readWrite)", "note: PatchField<String> (readWrite)", "both: Both? (readWrite)",
        ]
    )
    #expect(
        properties(of: "Received", in: translator) == [
            "id: String? (readWrite)", "note: String? (readWrite)", "both: Both? (readWrite)",
        ]
    )
}

@Test func decodesButNeverEncodesReadOnlyPropertiesOfATypeUsedBothWays() throws {
    let translator = try translateModels(usageDocument)
    #expect(properties(of: "Both", in: translator) == ["id: String? (decodeOnly)", "note: String? (readWrite)"])
    #expect(properties(of: "Unused", in: translator) == ["note: String? (readWrite)"])
}

@Test func givesTheUsageOfEachStruct() throws {
    let translator = try translateModels(usageDocument)
    let usages = translator.declarations.compactMap { declaration -> String? in
        guard case .structure(let structure) = declaration.kind else { return nil }
        return "\(declaration.name): \(structure.usage)"
    }
    #expect(usages == ["Sent: request", "Received: response", "Both: both", "Unused: both"])
}
