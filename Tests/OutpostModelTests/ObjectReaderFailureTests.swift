import Foundation
import GeneratorCore
import Outpost
import OutpostRuntime
import Testing

/// A webhook destination with every member its schema requires, as JSON members in their written order.
private let webhookMembers = [
    #""id":"des_1""#, #""type":"webhook""#, #""topics":["user.created"]"#,
    #""config":{"url":"https://example.com/hook"}"#, #""credentials":{}"#,
    #""created_at":"2026-01-08T14:03:29Z""#, #""updated_at":"2026-01-08T14:03:29.604Z""#, #""disabled_at":null"#,
]

/// Returns a webhook destination's JSON with members replaced or added, by their keys, or left out for `nil`.
private func webhook(replacing replacements: [String: String?] = [:]) -> Data {
    var members: [String] = []
    var added = replacements
    for member in webhookMembers {
        let key = String(member.dropFirst().prefix { $0 != "\"" })
        added[key] = nil
        guard let replacement = replacements[key] else {
            members.append(member)
            continue
        }
        if let replacement {
            members.append("\"\(key)\":\(replacement)")
        }
    }
    for (key, value) in added.sorted(by: { $0.key < $1.key }) {
        if let value {
            members.append("\"\(key)\":\(value)")
        }
    }
    return Data("{\(members.joined(separator: ","))}".utf8)
}

/// Decodes JSON as a type through both paths and returns the outcomes, the object readers' first.
private func outcomes(of data: Data, as type: SwiftType) throws -> (readers: DecodingOutcome, codable: DecodingOutcome)
{
    (
        try DecodingPaths.decode(data, as: type, through: .objectReaders),
        try DecodingPaths.decode(data, as: type, through: .codable)
    )
}

/// A destination broken in one way, and the error both paths must report.
struct BrokenDestination: Sendable, CustomTestStringConvertible {
    var name: String
    var json: Data
    var kind: JSONCodingError.Kind
    var path: String

    var testDescription: String { name }
}

private let brokenDestinations = [
    BrokenDestination(
        name: "missing required member", json: webhook(replacing: ["id": nil]), kind: .missingValue, path: "id"),
    BrokenDestination(
        name: "missing discriminator", json: webhook(replacing: ["type": nil]), kind: .missingValue, path: "type"),
    BrokenDestination(
        name: "wrong kind", json: webhook(replacing: ["created_at": "5"]), kind: .typeMismatch, path: "created_at"),
    BrokenDestination(
        name: "null where not nullable", json: webhook(replacing: ["config": #"{"url":null}"#]), kind: .missingValue,
        path: "config.url"),
    BrokenDestination(
        name: "date-time without a time", json: webhook(replacing: ["updated_at": #""2026-01-08""#]),
        kind: .invalidValue, path: "updated_at"),
    BrokenDestination(
        name: "map value of the wrong kind", json: webhook(replacing: ["metadata": #"{"team":1}"#]),
        kind: .typeMismatch, path: "metadata.team"),
    BrokenDestination(name: "not an object", json: Data("[]".utf8), kind: .typeMismatch, path: ""),
    BrokenDestination(name: "null", json: Data("null".utf8), kind: .missingValue, path: ""),
]

@Test("A broken destination fails with the same error through both paths", arguments: brokenDestinations)
func brokenDestinationFailsAlikeThroughBothPaths(_ broken: BrokenDestination) throws {
    let (viaReaders, viaCodable) = try outcomes(of: broken.json, as: .named("Destination"))

    #expect(viaReaders == viaCodable)
    guard case .failure(let kind, let path, _) = viaReaders else {
        Issue.record("the destination decodes: \(viaReaders)")
        return
    }
    #expect(kind == broken.kind)
    #expect(path == broken.path)
}

@Test func aWebhookDestinationDecodesToTheSameValueThroughBothPaths() throws {
    let (viaReaders, viaCodable) = try outcomes(of: webhook(), as: .named("Destination"))
    #expect(viaReaders == viaCodable)

    let destination = try JSONCoding.decode(Destination.self, from: webhook())
    guard case .webhook(let webhook) = destination else {
        Issue.record("not a webhook: \(destination)")
        return
    }
    #expect(webhook.id == "des_1")
    #expect(webhook.config.url == "https://example.com/hook")
    #expect(webhook.disabledAt == nil)
    #expect(RFC3339.formatDate(webhook.updatedAt) == "2026-01-08T14:03:29.604Z")
}

@Test func anUnknownDiscriminatorKeepsTheWholeObjectThroughBothPaths() throws {
    let json = webhook(replacing: ["type": #""carrier_pigeon""#])
    let (viaReaders, viaCodable) = try outcomes(of: json, as: .named("Destination"))
    #expect(viaReaders == viaCodable)

    let destination = try JSONCoding.decode(Destination.self, from: json)
    guard case .unknown(let type, let object) = destination else {
        Issue.record("not unknown: \(destination)")
        return
    }
    #expect(type == "carrier_pigeon")
    #expect(object == (try JSONCoding.parse(json)))
}

@Test func anUnknownEnumValueIsKeptThroughBothPaths() throws {
    let json = Data(#"[{"id":"atm_1","status":"retrying","attempt_number":2},{"status":"failed"}]"#.utf8)
    let (viaReaders, viaCodable) = try outcomes(of: json, as: .array(.named("Attempt")))
    #expect(viaReaders == viaCodable)

    let attempts = try JSONCoding.decode([Attempt].self, from: json)
    #expect(attempts.map(\.status) == [.unknown("retrying"), .failed])
    #expect(attempts.first?.attemptNumber == 2)
}

@Test func aRepeatedKeyDecodesAlikeThroughBothPaths() throws {
    var members = webhookMembers
    members.insert(#""id":"des_2""#, at: 3)
    members.append(#""config":{"url":"https://example.com/other"}"#)
    let json = Data("{\(members.joined(separator: ","))}".utf8)

    let (viaReaders, viaCodable) = try outcomes(of: json, as: .named("Destination"))
    #expect(viaReaders == viaCodable)
    #expect(!viaReaders.isFailure)
}
