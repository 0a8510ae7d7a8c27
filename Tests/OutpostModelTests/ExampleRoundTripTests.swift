import Foundation
import GeneratorCore
import OutpostRuntime
import Testing

@Test func theDocumentIsReadAndHasExamples() throws {
    let catalog = try ExampleCatalog.package.get()
    #expect(!catalog.examples.isEmpty, "openapi.yaml has no examples")
}

@Test func everyKnownFailureNamesAnExampleOfTheDocument() throws {
    let catalog = try ExampleCatalog.package.get()
    let names = Set(catalog.examples.map(\.name))
    let known = KnownExampleFailure.failures(ofDocumentTitled: catalog.documentTitle).keys
    let unknown = known.filter { !names.contains($0) }.sorted()
    #expect(unknown.isEmpty, "exception no longer needed: '\(catalog.documentTitle)' has no example \(unknown)")
}

@Test("An example decodes and encodes back to equal JSON", arguments: ExampleCatalog.packageExamples)
func exampleRoundTrips(_ example: DocumentExample) throws {
    let catalog = try ExampleCatalog.package.get()
    let json = try example.value.get()
    let knownFailure = KnownExampleFailure.failures(ofDocumentTitled: catalog.documentTitle)[example.name]

    switch knownFailure {
    case nil:
        let type = try #require(example.type, "\(example.located): the SDK declares no type for this example")
        expectRoundTrip(of: json, as: type, example)
    case .contradictsItsSchema(let reason, let errorTexts)?:
        expectDecodingFails(json, example, because: reason, mentioning: errorTexts)
    case .hasUnlistedMember(let member, let reason)?:
        expectRoundTripDrops(member, of: json, example, because: reason)
    case .hasNoGeneratedModel(let reason)?:
        #expect(example.type == nil, "exception no longer needed: \(example.located) has a model now (\(reason))")
    }
}

/// Expects the example to decode and encode back to equal JSON under the comparison's allowances.
private func expectRoundTrip(of json: JSONValue, as type: SwiftType, _ example: DocumentExample) {
    guard let output = roundTrip(json, as: type, example) else { return }

    let differences = JSONComparison.differences(from: json, to: output)
    #expect(
        differences.isEmpty,
        """
        \(example.located) comes back different as \(type.source):
        \(report(differences))
        """)
}

/// Expects decoding the example to fail for the reason its known failure gives.
private func expectDecodingFails(
    _ json: JSONValue,
    _ example: DocumentExample,
    because reason: String,
    mentioning errorTexts: [String]
) {
    guard let type = example.type else {
        Issue.record("\(example.located): the SDK declares no type for this example, which \(reason)")
        return
    }
    do {
        let output = try ModelRoundTrip.run(json, as: type)
        Issue.record(
            """
            exception no longer needed: \(example.located) decodes as \(type.source), although \(reason); \
            it comes back as \(JSONComparison.text(output))
            """)
    } catch {
        let message = "\(error)"
        #expect(
            errorTexts.allSatisfy { message.contains($0) },
            "\(example.located) fails to decode as \(type.source), but not because \(reason): \(message)")
    }
}

/// Expects the round trip to drop one member the example has, and to keep everything else.
private func expectRoundTripDrops(
    _ member: String, of json: JSONValue, _ example: DocumentExample, because reason: String
) {
    let trimmed = json.removingMembers(named: member)
    guard trimmed != json else {
        Issue.record("exception no longer needed: \(example.located) has no member `\(member)` any more")
        return
    }
    guard let type = example.type else {
        Issue.record("\(example.located): the SDK declares no type for this example, which \(reason)")
        return
    }
    guard let output = roundTrip(json, as: type, example) else { return }

    let differences = JSONComparison.differences(from: trimmed, to: output)
    #expect(
        differences.isEmpty,
        """
        \(example.located) comes back different as \(type.source), beyond dropping `\(member)`:
        \(report(differences))
        """)
    #expect(
        !JSONComparison.differences(from: json, to: output).isEmpty,
        "exception no longer needed: the round trip of \(example.located) keeps `\(member)` now")
}

/// Returns the example decoded and encoded back, or nil after recording why it cannot be.
private func roundTrip(_ json: JSONValue, as type: SwiftType, _ example: DocumentExample) -> JSONValue? {
    do {
        return try ModelRoundTrip.run(json, as: type)
    } catch {
        Issue.record("\(example.located) does not decode and encode as \(type.source): \(error)")
        return nil
    }
}

/// Returns the first differences, one a line.
private func report(_ differences: [JSONComparison.Difference], limit: Int = 5) -> String {
    let lines = differences.prefix(limit).map { "  \($0)" }
    let more = differences.count > limit ? ["  and \(differences.count - limit) more"] : []
    return (lines + more).joined(separator: "\n")
}
