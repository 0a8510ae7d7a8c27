import Foundation
import OutpostRuntime

// Decodes one realistic 1,000-event list page with each decoder and prints a table of timings.
// Run in release: swift run -c release RuntimeBenchmarks [runs] [name filter]

let arguments = CommandLine.arguments.dropFirst()
let runs = arguments.first.flatMap(Int.init) ?? 50
let filter = arguments.dropFirst().first
let page = ListPageFixture.makeJSON(count: 1000)
let wholeSecondsPage = ListPageFixture.makeJSON(count: 1000, withFractions: false)

/// A type that reads nothing, so decoding it measures parsing alone.
struct ParseOnly: Decodable {
    init(from decoder: any Decoder) {}
}

let foundationISO8601 = JSONDecoder()
foundationISO8601.dateDecodingStrategy = .iso8601

let foundationRFC3339 = JSONDecoder()
foundationRFC3339.dateDecodingStrategy = .custom { decoder in
    try RFC3339.parseDate(decoder.singleValueContainer().decode(String.self))
}

let foundationEncoder = JSONEncoder()
foundationEncoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

let reference = try JSONCoding.decode(EventPage.self, from: page)
let foundationResult = try foundationRFC3339.decode(EventPage.self, from: page)
let objectResult = try JSONCoding.decode(FastEventPage.self, from: page)
precondition(foundationResult == reference, "the decoders disagree on the page")
let isoResult = try foundationISO8601.decode(EventPage.self, from: wholeSecondsPage)
precondition(isoResult.models.count == 1000, "the .iso8601 decoder lost events")
precondition(objectResult.models.map(\.time) == reference.models.map(\.time), "the fast models disagree")

var results: [Measurement] = []
@MainActor func measure(_ name: String, _ body: () throws -> Void) {
    guard filter.map(name.contains) ?? true else { return }
    results.append(Measurement.run(name, runs: runs, bytes: page.count, body))
}

measure("JSONCoding.decode, JSONObjectDecodable models") {
    _ = try JSONCoding.decode(FastEventPage.self, from: page)
}
measure("JSONCoding.decode, Codable models") {
    _ = try JSONCoding.decode(EventPage.self, from: page)
}
measure("JSONCoding parse only (tape, no values)") {
    _ = try JSONCoding.decode(ParseOnly.self, from: page)
}
measure("JSONCoding.parse to JSONValue") {
    _ = try JSONCoding.parse(page)
}
measure("Foundation JSONDecoder, RFC3339 strategy") {
    _ = try foundationRFC3339.decode(EventPage.self, from: page)
}
measure("Foundation JSONDecoder, .iso8601 (whole-second page)") {
    _ = try foundationISO8601.decode(EventPage.self, from: wholeSecondsPage)
}
measure("JSONCoding.encode") {
    _ = try JSONCoding.encode(reference)
}
measure("Foundation JSONEncoder, sorted keys") {
    _ = try foundationEncoder.encode(reference)
}

print("List page: \(reference.models.count) events, \(page.count) bytes, \(runs) runs each")
Measurement.printTable(results)
