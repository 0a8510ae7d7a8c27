import Foundation
import GeneratorCore
import OutpostRuntime
import Testing

/// The examples the SDK declares a type for.
private let typedExamples = ExampleCatalog.packageExamples.filter { $0.type != nil }

@Test("An example decodes to equal values through the object readers and through Codable", arguments: typedExamples)
func exampleDecodesAlikeThroughBothPaths(_ example: DocumentExample) throws {
    let type = try #require(example.type)
    let data = try JSONCoding.encode(try example.value.get())

    let viaReaders = try DecodingPaths.decode(data, as: type, through: .objectReaders)
    let viaCodable = try DecodingPaths.decode(data, as: type, through: .codable)
    #expect(viaReaders == viaCodable, "\(example.located) as \(type.source): \(viaReaders), but \(viaCodable)")
}

@Test("A changed example decodes, or fails at the same path, alike through both paths", arguments: typedExamples)
func changedExampleDecodesAlikeThroughBothPaths(_ example: DocumentExample) throws {
    let type = try #require(example.type)
    for mutation in ExampleMutation.all(of: try example.value.get()) {
        let data = try JSONCoding.encode(mutation.json)
        let viaReaders = try DecodingPaths.decode(data, as: type, through: .objectReaders)
        let viaCodable = try DecodingPaths.decode(data, as: type, through: .codable)
        #expect(
            viaReaders == viaCodable,
            "\(example.located) with \(mutation), as \(type.source): \(viaReaders), but \(viaCodable)")
    }
}

@Test func theChangedExamplesBreakInEveryWayTheComparisonIsMeantToCover() throws {
    var covered: Set<String> = []
    for example in typedExamples {
        guard let type = example.type, let json = try? example.value.get() else { continue }
        for mutation in ExampleMutation.all(of: json) {
            let outcome = try DecodingPaths.decode(JSONCoding.encode(mutation.json), as: type, through: .objectReaders)
            if let way = wayOfBreaking(mutation, outcome) {
                covered.insert(way)
            }
        }
    }
    let expected: Set = [
        "missing required member", "null where not nullable", "wrong kind", "unknown enum value",
        "unknown discriminator",
    ]
    #expect(covered == expected)
}

/// Returns which of the ways of breaking an example that the comparison is meant to cover a change shows.
private func wayOfBreaking(_ mutation: ExampleMutation, _ outcome: DecodingOutcome) -> String? {
    let unknown = ExampleMutation.unknownString
    switch (mutation.kind, outcome) {
    case (.removed, .failure(.missingValue, _, let message)) where message.contains("expected a member named"):
        return "missing required member"
    case (.null, .failure(.missingValue, _, let message)) where message.hasSuffix("found null"):
        return "null where not nullable"
    case (.wrongKind, .failure(.typeMismatch, _, _)):
        return "wrong kind"
    case (.unknownString, .value(let value)) where "\(value)".contains(".unknown(\"\(unknown)\")"):
        return "unknown enum value"
    case (.unknownString, .value(let value)) where "\(value)".contains(": \"\(unknown)\", OutpostRuntime.JSONValue"):
        return "unknown discriminator"
    default:
        return nil
    }
}

@Test func everyStructAndDiscriminatedUnionAdoptsJSONObjectDecodable() throws {
    let models = try ExampleCatalog.package.get().models
    for model in models {
        let adopts: Bool
        switch model.kind {
        case .structure: adopts = true
        case .union(let union): adopts = union.discriminator != nil
        case .openEnum: adopts = false
        case .alias: continue
        }
        let type = try ModelRoundTrip.codableType(named: model.name)
        #expect((type is any JSONObjectDecodable.Type) == adopts, "\(model.name)")
    }
    #expect(models.contains { if case .structure = $0.kind { true } else { false } })
}
