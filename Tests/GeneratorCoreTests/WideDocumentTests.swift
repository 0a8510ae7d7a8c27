import GeneratorCore
import Testing

@Test func wideMappingFindsADuplicateOfItsFirstKeyAtItsEnd() {
    let keys = (0..<100_000).map { "k\($0): \($0)" } + ["k0: again"]
    let result = parseYAML(keys.joined(separator: "\n"))

    #expect(result.value == nil)
    #expect(
        result.messages == [
            "doc.yaml:100001:1: error: duplicate key 'k0' in mapping (first defined at line 1, column 1)"
        ]
    )
}

@Test func wideMappingKeepsEveryKeyInOrder() throws {
    let keys = (0..<100_000).map { "k\($0): \($0)" }
    let root = try #require(parseYAML(keys.joined(separator: "\n")).value)
    let entries = try #require(root.mapping)

    #expect(entries.count == 100_000)
    #expect(entries.last?.key.scalar?.text == "k99999")
}

@Test func mergeOfAWideMappingKeepsExplicitKeysFirst() throws {
    let base = (0..<50_000).map { "  k\($0): base" }
    let text = "base: &base\n" + base.joined(separator: "\n") + "\nderived:\n  k7: own\n  <<: *base\n"
    let root = try #require(parseYAML(text).value)
    let derived = try #require(root["derived"]?.mapping)

    #expect(derived.count == 50_000)
    #expect(derived.first?.value.scalar?.text == "own")
    #expect(derived.filter { $0.key.scalar?.text == "k7" }.count == 1)
}

@Test func integerAndStringKeysWithTheSameTextAreDistinct() throws {
    let root = try #require(parseYAML("1: integer\n\"1\": string\n").value)
    #expect(root.mapping?.count == 2)
}

@Test func documentWithManyComponentSchemasBuildsItsModel() throws {
    let schemas = (0..<20_000).map { "S\($0): {type: string}" }.joined(separator: "\n")
    let document = try requireModel(componentsDocument(schemas))

    #expect(document.components.schemas.count == 20_000)
    #expect(document.components.schemas["S19999"]?.types == [.string])
}
