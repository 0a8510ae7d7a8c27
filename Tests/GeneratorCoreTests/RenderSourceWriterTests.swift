import Testing

@testable import GeneratorCore

@Test func wrappedListItemContinuesUnderItsText() {
    var writer = SourceWriter()
    let item = "  - id: " + Array(repeating: "word", count: 30).joined(separator: " ")
    writer.documentation(item)
    let lines = writer.text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.count <= 120 })
    #expect(lines[0].hasPrefix("///   - id: word"))
    #expect(lines[1].hasPrefix("///     word"))
}

@Test func blockAroundAClosureHeaderDoesNotOpenASecondBrace() {
    var writer = SourceWriter()
    writer.block("pages { page in") { writer in
        writer.line("print(page)")
    }
    #expect(writer.text == "pages { page in\n    print(page)\n}\n")
}
