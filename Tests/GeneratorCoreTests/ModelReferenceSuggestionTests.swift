import Testing

@testable import GeneratorCore

/// A document whose components hold `names` as empty object schemas, and one schema that refers to `target`.
private func document(schemas names: [String], referringTo target: String) -> String {
    let schemas = names.map { "    \($0): {type: object}" }.joined(separator: "\n")
    return """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Holder: {$ref: "#/components/schemas/\(target)"}
        \(schemas)
        """
}

@Test func aMisspeltTargetNamesTheSchemaItMostLikelyMeant() {
    let diagnostics = modelDiagnostics(document(schemas: ["Tenant", "Destination"], referringTo: "Tenat"))
    #expect(
        diagnostics == [
            """
            doc.yaml:5:20: error: '$ref' target '#/components/schemas/Tenat' does not exist; \
            did you mean '#/components/schemas/Tenant' [#/components/schemas/Holder/$ref]
            """
        ]
    )
}

@Test(
    "A suggestion differs in case, or by an edit or two in a longer name",
    arguments: [
        ("tenant", "Tenant"), ("Tenat", "Tenant"), ("DestinationCreat", "DestinationCreate"),
        ("DestinatonCreat", "DestinationCreate"), ("id", "ID"),
    ])
func suggestsANearName(target: String, expected: String) {
    let diagnostics = modelDiagnostics(document(schemas: [expected, "Other"], referringTo: target))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.contains("did you mean '#/components/schemas/\(expected)'") == true)
}

@Test(
    "No suggestion for a name far from every other, for a short name off by an edit, or for a tie",
    arguments: [
        ("NoSuchTenant", ["Tenant"]), ("Ten", ["Tan"]), ("Tent", ["Tents", "Tenth"]),
    ])
func suggestsNothingWithoutOneNearestName(target: String, names: [String]) {
    let diagnostics = modelDiagnostics(document(schemas: names, referringTo: target))
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.contains("does not exist [") == true)
}

@Test func onlyTheFirstHundredMissingTargetsGetASuggestion() {
    let holders = (0..<150).map { "    H\($0): {$ref: \"#/components/schemas/Tenat\"}" }.joined(separator: "\n")
    let yaml = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Tenant: {type: object}
        \(holders)
        """

    let diagnostics = modelDiagnostics(yaml)

    #expect(diagnostics.count == 150)
    #expect(diagnostics.count { $0.contains("did you mean") } == ReferenceResolver.maximumSuggestions)
}

@Test func editDistanceIgnoresCaseAndStopsPastItsLimit() {
    #expect(ReferenceResolver.distance("Tenant", "tenant", limit: 0) == 0)
    #expect(ReferenceResolver.distance("Tenat", "Tenant", limit: 1) == 1)
    #expect(ReferenceResolver.distance("kitten", "sitting", limit: 3) == 3)
    #expect(ReferenceResolver.distance("kitten", "sitting", limit: 2) == nil)
    #expect(ReferenceResolver.distance("a", "abcd", limit: 2) == nil)
}
