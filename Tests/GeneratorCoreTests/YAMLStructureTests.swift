import GeneratorCore
import Testing

@Test func nodesCarryOneBasedLinesAndColumns() throws {
    let result = parseYAML(
        """
        openapi: 3.1.0
        paths:
          /tenants:
            get:
              tags: [Tenants, Admin]
        """
    )
    let root = try #require(result.value)
    #expect(root.location == SourceLocation(line: 1, column: 1))
    #expect(root["openapi"]?.location == SourceLocation(line: 1, column: 10))
    #expect(root.at("paths", "/tenants")?.location == SourceLocation(line: 4, column: 5))
    #expect(root.at("paths", "/tenants", "get", "tags", 1)?.location == SourceLocation(line: 5, column: 23))
    let keys = root["paths"]?.mapping?.map(\.key.location)
    #expect(keys == [SourceLocation(line: 3, column: 3)])
}

@Test func mappingsKeepTheirOrder() throws {
    let result = parseYAML("z: 1\na: 2\nm: 3\n")
    let keys = try #require(result.value?.mapping).map { $0.key.scalar?.text }
    #expect(keys == ["z", "a", "m"])
}

@Test func aliasesResolveToTheAnchoredNode() throws {
    let result = parseYAML(
        """
        base: &error
          type: object
          required: [message]
        other: *error
        """
    )
    let root = try #require(result.value)
    #expect(result.diagnostics.isEmpty)
    #expect(root["other"] == root["base"])
    #expect(root.at("other", "required", 0)?.string == "message")
}

@Test func mergeKeysAddEntriesThatAreNotExplicit() throws {
    let result = parseYAML(
        """
        defaults: &defaults
          limit: 20
          dir: desc
        extra: &extra
          dir: asc
          next: null
        query:
          <<: [*defaults, *extra]
          limit: 100
        """
    )
    let query = try #require(result.value?["query"])
    #expect(result.diagnostics.isEmpty)
    #expect(query.mapping?.map { $0.key.scalar?.text } == ["dir", "next", "limit"])
    #expect(query["limit"]?.scalar?.text == "100")
    #expect(query["dir"]?.scalar?.text == "desc")
}

@Test func quotedMergeKeyIsAnOrdinaryKey() throws {
    let result = parseYAML("a:\n  '<<': 1\n")
    #expect(result.value?.at("a", "<<")?.scalar?.text == "1")
}

@Test func mergeOfAScalarIsAnError() {
    let result = parseYAML("a:\n  <<: 1\n  b: 2\n")
    #expect(
        result.messages == [
            "doc.yaml:2:7: error: a '<<' merge key takes a mapping or a sequence of mappings, not an integer"
        ])
    #expect(result.value == nil)
}

@Test func duplicateKeyIsAnErrorAtTheSecondKey() {
    let result = parseYAML(
        """
        paths:
          /tenants:
            get: {}
            post: {}
            get: {}
        """
    )
    let expected = "doc.yaml:5:5: error: duplicate key 'get' in mapping (first defined at line 3, column 5)"
    #expect(result.messages == [expected])
}

@Test func everyDuplicateKeyIsReportedInOneRun() {
    let result = parseYAML("a: 1\nb: 2\na: 3\nb: 4\n")
    #expect(result.diagnostics.count == 2)
    #expect(result.diagnostics.map(\.location?.line) == [3, 4])
}

@Test func quotedAndPlainNumbersAreDifferentKeys() {
    let result = parseYAML("200: a\n'200': b\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.value?.mapping?.count == 2)
}

@Test func byteOrderMarkIsAccepted() throws {
    let result = parseYAML(bytes: [0xEF, 0xBB, 0xBF] + Array("title: Outpost\nversion: '1'\n".utf8))
    let root = try #require(result.value)
    #expect(result.diagnostics.isEmpty)
    #expect(root["title"]?.string == "Outpost")
    #expect(root["version"]?.location == SourceLocation(line: 2, column: 10))
}
