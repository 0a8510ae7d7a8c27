import GeneratorCore
import Testing

/// A document whose component schemas S0, S1, … each refer to the next; the last refers to `last`.
private func chainDocument(length: Int, last: String) -> String {
    let links = (0..<length).map { "    S\($0): {$ref: \"#/components/schemas/S\($0 + 1)\"}" }
    return """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
        \(links.joined(separator: "\n"))
            S\(length): \(last)
        """
}

@Test func longChainOfReferencesToASchemaResolves() throws {
    let document = try requireModel(chainDocument(length: 5_000, last: "{type: string}"))
    let first = try #require(document.components.schemas["S0"])
    #expect(document.resolve(first)?.types == [.string])
}

@Test func longCycleIsReportedAtEveryMemberWithItsEndsNamed() {
    let diagnostics = buildModel(chainDocument(length: 3_000, last: "{$ref: \"#/components/schemas/S0\"}"))
        .diagnostics
    #expect(diagnostics.count == 3_001)
    #expect(diagnostics.allSatisfy { $0.severity == .error })
    #expect(
        diagnostics.first?.description == """
            doc.yaml:5:16: error: '$ref' cycle never reaches a schema: '#/components/schemas/S0' -> \
            '#/components/schemas/S1' -> '#/components/schemas/S2' -> '#/components/schemas/S3' -> … (2995 more) -> \
            '#/components/schemas/S2999' -> '#/components/schemas/S3000' -> '#/components/schemas/S0' \
            [#/components/schemas/S0/$ref]
            """
    )
    #expect(
        diagnostics.last?.message == """
            '$ref' cycle never reaches a schema: '#/components/schemas/S3000' -> '#/components/schemas/S0' -> \
            '#/components/schemas/S1' -> '#/components/schemas/S2' -> … (2995 more) -> '#/components/schemas/S2998' -> \
            '#/components/schemas/S2999' -> '#/components/schemas/S3000'
            """
    )
}

@Test func shortCycleNamesEveryStep() {
    let messages = buildModel(chainDocument(length: 2, last: "{$ref: \"#/components/schemas/S1\"}"))
        .diagnostics.map(\.message)
    #expect(
        messages == [
            "'$ref' cycle never reaches a schema: '#/components/schemas/S1' -> '#/components/schemas/S2' -> "
                + "'#/components/schemas/S1'",
            "'$ref' cycle never reaches a schema: '#/components/schemas/S2' -> '#/components/schemas/S1' -> "
                + "'#/components/schemas/S2'",
        ]
    )
}

@Test func longChainIntoACycleReportsOnlyTheCycle() {
    let diagnostics = buildModel(chainDocument(length: 4_000, last: "{$ref: \"#/components/schemas/S3999\"}"))
        .diagnostics
    #expect(diagnostics.map(\.pointer) == ["#/components/schemas/S3999/$ref", "#/components/schemas/S4000/$ref"])
}

@Test func longChainToAMissingSchemaReportsOnlyTheBrokenLink() {
    let diagnostics = buildModel(chainDocument(length: 4_000, last: "{$ref: \"#/components/schemas/Missing\"}"))
        .diagnostics
    #expect(
        diagnostics.map(\.description) == [
            "doc.yaml:4005:19: error: '$ref' target '#/components/schemas/Missing' does not exist "
                + "[#/components/schemas/S4000/$ref]"
        ]
    )
}

/// A document whose schemas R0, R1, … each refer into a cycle S0 -> S1 -> … -> S0 that follows them.
private func referencesIntoACycleDocument(references: Int, cycleLength: Int) -> String {
    let outside = (0..<references).map { "    R\($0): {$ref: \"#/components/schemas/S\($0 % cycleLength)\"}" }
    let cycle = (0..<cycleLength).map { "    S\($0): {$ref: \"#/components/schemas/S\(($0 + 1) % cycleLength)\"}" }
    return """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
        \((outside + cycle).joined(separator: "\n"))
        """
}

/// Walking the whole cycle again for each reference into it would take millions of steps here.
@Test func manyReferencesIntoALongCycleReportOnlyTheCycleOnce() {
    let diagnostics = buildModel(referencesIntoACycleDocument(references: 3_000, cycleLength: 3_000)).diagnostics

    #expect(diagnostics.count == 3_000)
    #expect(diagnostics.allSatisfy { $0.severity == .error && $0.pointer?.hasPrefix("#/components/schemas/S") == true })
    #expect(
        diagnostics.first?.description == """
            doc.yaml:3005:16: error: '$ref' cycle never reaches a schema: '#/components/schemas/S0' -> \
            '#/components/schemas/S1' -> '#/components/schemas/S2' -> '#/components/schemas/S3' -> … (2994 more) -> \
            '#/components/schemas/S2998' -> '#/components/schemas/S2999' -> '#/components/schemas/S0' \
            [#/components/schemas/S0/$ref]
            """
    )
    #expect(
        diagnostics.last?.message == """
            '$ref' cycle never reaches a schema: '#/components/schemas/S2999' -> '#/components/schemas/S0' -> \
            '#/components/schemas/S1' -> '#/components/schemas/S2' -> … (2994 more) -> '#/components/schemas/S2997' -> \
            '#/components/schemas/S2998' -> '#/components/schemas/S2999'
            """
    )
}
