import Foundation
import GeneratorCore
import Testing

/// The package root: three levels above this file (`Tests/GeneratorCoreTests/ReferenceStructureTests.swift`).
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// The upstream Outpost document, read from the shared reference folder beside the repository when present.
private let referenceDocument = repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/reference/outpost-openapi.yaml")

private let referenceExists = FileManager.default.fileExists(atPath: referenceDocument.path)

// Everything but prose, examples and extensions must be as upstream. The reference lives outside the repository.
@Test(.enabled(if: referenceExists, "no reference document at ../shared/reference/outpost-openapi.yaml"))
func projectDocumentMatchesReferenceStructure() throws {
    let reference = try parseDocument(at: referenceDocument)
    let project = try parseDocument(at: repositoryRoot.appendingPathComponent("openapi.yaml"))

    let comparison = StructureComparison(reference: reference, project: project)

    let report = comparison.differences.joined(separator: "\n")
    #expect(
        comparison.count == 0,
        "\(comparison.count) structural differences (reference vs project), the first ones:\n\(report)"
    )
}

@Test func proseExamplesAndExtensionsAreIgnored() throws {
    let reference = try parsedNode(
        "info: {title: A, version: '1', x-logo: a.png}\ntags: [{name: T, description: Old}]\n"
    )
    let project = try parsedNode(
        "info: {title: B, version: '1', summary: S}\ntags: [{name: T, examples: {a: 1}}]\n"
    )

    #expect(StructureComparison(reference: reference, project: project).differences == [])
}

@Test func propertiesNamedLikeProseKeywordsAreCompared() throws {
    let reference = try parsedNode("properties: {description: {type: string, description: Old}}\n")
    let project = try parsedNode("properties: {description: {type: integer, example: 3}}\n")

    let differences = StructureComparison(reference: reference, project: project).differences

    #expect(differences == [#"#/properties/description/type: "string" vs "integer""#])
}

@Test func differencesAreReportedByJSONPointer() throws {
    let reference = try parsedNode("paths:\n  /tenants:\n    get:\n      parameters: [{name: limit}]\n")
    let project = try parsedNode("paths:\n  /tenants:\n    get:\n      parameters: [{name: next}]\n")

    let differences = StructureComparison(reference: reference, project: project).differences

    #expect(differences == [#"#/paths/~1tenants/get/parameters/0/name: "limit" vs "next""#])
}

@Test func scalarsOfTheSameTextButAnotherKindDiffer() throws {
    let reference = try parsedNode("responses: {\"200\": {}}\nenum: [\"true\", 'false']\n")
    let project = try parsedNode("responses: {200: {}}\nenum: [true, \"false\"]\n")

    let differences = StructureComparison(reference: reference, project: project).differences

    #expect(
        differences == [
            #"#/responses/200: key "200" vs key 200"#,
            #"#/enum/0: "true" vs true"#,
        ]
    )
}

@Test func missingExtraAndReshapedNodesAreReported() throws {
    let reference = try parsedNode("a: 1\nb: [x, y]\nc: {d: 1}\n")
    let project = try parsedNode("b: [x]\nc: [1]\ne: 2\n")

    let differences = StructureComparison(reference: reference, project: project).differences

    #expect(
        differences == [
            "#/a: missing in the project document",
            "#/e: not in the reference",
            "#/b: 2 items vs 1 item",
            "#/c: a mapping vs a sequence",
        ]
    )
}

@Test func reportStopsAtItsLimitButCountsEveryDifference() throws {
    let reference = try parsedNode("[1, 2, 3, 4]")
    let project = try parsedNode("[5, 6, 7, 8]")

    let comparison = StructureComparison(reference: reference, project: project, limit: 2)

    #expect(comparison.differences == ["#/0: 1 vs 5", "#/1: 2 vs 6"])
    #expect(comparison.count == 4)
}

/// Parses a file with the generator's YAML stage.
private func parseDocument(at url: URL) throws -> Node {
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = YAMLParser().parse(bytes, file: url.lastPathComponent)
    let messages = result.diagnostics.map(\.description).joined(separator: "\n")
    return try #require(result.value, "\(url.path) did not parse:\n\(messages)")
}

/// Parses YAML text with the generator's YAML stage.
private func parsedNode(_ text: String) throws -> Node {
    try #require(YAMLParser().parse(Array(text.utf8), file: "doc.yaml").value)
}

/// The structural differences between two OpenAPI documents, each located by a JSON pointer.
///
/// Prose and examples (`description`, `summary`, `title`, `example`, `examples`) and `x-` extensions are
/// left out of the comparison wherever they are keywords. Inside mappings whose keys are names chosen by
/// the document, such as `properties`, the same words are names and are compared like any other key.
/// Mappings compare regardless of key order; sequences compare item by item.
private struct StructureComparison {
    /// Keys whose values are prose or examples when they appear as keywords.
    private static let ignoredKeywords: Set<String> = ["description", "summary", "title", "example", "examples"]

    /// Keywords whose mapping values are keyed by names that the document chooses.
    private static let namedEntryKeywords: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "responses",
        "parameters", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "paths", "content",
        "encoding", "mapping", "variables", "webhooks", "pathItems",
    ]

    /// The first differences found, at most `limit` of them.
    private(set) var differences: [String] = []

    /// How many differences there are in all.
    private(set) var count = 0

    private let limit: Int

    /// Compares the project document with the reference.
    init(reference: Node, project: Node, limit: Int = 20) {
        self.limit = limit
        compare(reference, project, at: "#", namedEntries: false)
    }

    private mutating func compare(_ reference: Node, _ project: Node, at pointer: String, namedEntries: Bool) {
        switch (reference.content, project.content) {
        case (.scalar(let lhs), .scalar(let rhs)):
            if lhs.text != rhs.text || lhs.value != rhs.value {
                record(pointer, "\(Self.render(lhs)) vs \(Self.render(rhs))")
            }
        case (.sequence(let lhs), .sequence(let rhs)):
            compareSequences(lhs, rhs, at: pointer)
        case (.mapping(let lhs), .mapping(let rhs)):
            compareMappings(lhs, rhs, at: pointer, namedEntries: namedEntries)
        default:
            record(pointer, "\(reference.kindDescription) vs \(project.kindDescription)")
        }
    }

    private mutating func compareSequences(_ reference: [Node], _ project: [Node], at pointer: String) {
        if reference.count != project.count {
            record(pointer, "\(Self.items(reference.count)) vs \(Self.items(project.count))")
        }
        for (index, (lhs, rhs)) in zip(reference, project).enumerated() {
            compare(lhs, rhs, at: "\(pointer)/\(index)", namedEntries: false)
        }
    }

    private mutating func compareMappings(
        _ reference: [MappingEntry],
        _ project: [MappingEntry],
        at pointer: String,
        namedEntries: Bool
    ) {
        let lhs = Self.structuralEntries(reference, namedEntries: namedEntries)
        let rhs = Self.structuralEntries(project, namedEntries: namedEntries)
        let projectKeys = Dictionary(rhs.map { (Self.keyText($0), $0) }, uniquingKeysWith: { first, _ in first })
        let referenceKeys = Set(lhs.map(Self.keyText))

        // Keys on one side only come first, then the values of the keys both sides share.
        for entry in lhs where projectKeys[Self.keyText(entry)] == nil {
            record(Self.child(pointer, entry), "missing in the project document")
        }
        for entry in rhs where !referenceKeys.contains(Self.keyText(entry)) {
            record(Self.child(pointer, entry), "not in the reference")
        }
        for entry in lhs {
            guard let match = projectKeys[Self.keyText(entry)] else { continue }
            compareEntries(entry, match, at: Self.child(pointer, entry), namedEntries: namedEntries)
        }
    }

    private mutating func compareEntries(
        _ reference: MappingEntry,
        _ project: MappingEntry,
        at pointer: String,
        namedEntries: Bool
    ) {
        if let lhs = reference.key.scalar, let rhs = project.key.scalar, lhs.value != rhs.value {
            record(pointer, "key \(Self.render(lhs)) vs key \(Self.render(rhs))")
        }

        // Below a named entry the keys are keywords again; below a keyword they may be names.
        let childNamed = !namedEntries && Self.namedEntryKeywords.contains(Self.keyText(reference))
        compare(reference.value, project.value, at: pointer, namedEntries: childNamed)
    }

    private mutating func record(_ pointer: String, _ message: String) {
        count += 1
        if differences.count < limit {
            differences.append("\(pointer): \(message)")
        }
    }

    /// The entries that take part in the comparison.
    private static func structuralEntries(_ entries: [MappingEntry], namedEntries: Bool) -> [MappingEntry] {
        guard !namedEntries else { return entries }
        return entries.filter { entry in
            let key = keyText(entry)
            return !ignoredKeywords.contains(key) && !key.hasPrefix("x-")
        }
    }

    private static func keyText(_ entry: MappingEntry) -> String {
        entry.key.scalar?.text ?? ""
    }

    /// Appends a key to a JSON pointer, escaping `~` and `/`.
    private static func child(_ pointer: String, _ entry: MappingEntry) -> String {
        let escaped = keyText(entry)
            .replacingOccurrences(of: "~", with: "~0")
            .replacingOccurrences(of: "/", with: "~1")
        return "\(pointer)/\(escaped)"
    }

    /// A scalar as it reads in a report: strings in quotes, other values as written.
    private static func render(_ scalar: Scalar) -> String {
        guard case .string = scalar.value else { return scalar.text }
        return "\"\(scalar.text)\""
    }

    private static func items(_ count: Int) -> String {
        count == 1 ? "1 item" : "\(count) items"
    }
}
