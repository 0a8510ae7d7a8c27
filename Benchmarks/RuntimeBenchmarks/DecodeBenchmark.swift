import BenchmarkSupport
import Foundation
import Outpost

/// Decoding a 1,000-event list page: into the generated `EventPaginatedResult` through `JSONCoding`, as the SDK
/// decodes a response body, against Foundation's `JSONDecoder` over hand-written structs and against the official
/// Python SDK's unmarshalling of the same bytes.
struct DecodeBenchmark {
    /// The page's JSON.
    var page: Data

    /// How many timed runs each measurement makes.
    var runs: Int

    /// The Python SDK's times on the same bytes, when they were measured.
    var python: Samples?

    /// The times of pydantic's `model_validate_json` into the Python SDK's model, when they were measured.
    var pydantic: Samples?

    /// A type that reads nothing, so decoding it times the parser alone.
    private struct ParseOnly: Decodable {
        init(from decoder: any Decoder) {}
    }

    /// Checks that both Swift decoders read the same page, then times each and returns the table's rows.
    func run() throws -> [ReportRow] {
        let decoder = PlainEventPage.makeDecoder()
        try checkAgreement(decoder)

        let sdk = try Samples.measure(runs: runs) { _ = try JSONCoding.decode(EventPaginatedResult.self, from: page) }
        let parse = try Samples.measure(runs: runs) { _ = try JSONCoding.decode(ParseOnly.self, from: page) }
        let foundation = try Samples.measure(runs: runs) { _ = try decoder.decode(PlainEventPage.self, from: page) }

        let size = "\(page.count / 1024) KB"
        let perEvent = (count: 1000.0, name: "event")
        let foundationBaseline = ("Foundation JSONDecoder", foundation)
        var rows = [
            ReportRow(
                area: "Decode", measurement: "SDK: JSONCoding into generated EventPaginatedResult (\(size))",
                samples: sdk, unit: perEvent, baseline: foundationBaseline),
            ReportRow(
                area: "Decode", measurement: "Foundation JSONDecoder, hand-written structs, ISO 8601 format style",
                samples: foundation, unit: perEvent),
            ReportRow(
                area: "Decode", measurement: "JSONCoding parse alone, no values (floor)", samples: parse,
                unit: perEvent,
                baseline: ("SDK decode", sdk)),
        ]
        if let python {
            rows.insert(
                ReportRow(
                    area: "Decode", measurement: "SDK decode vs the Python SDK", samples: sdk, unit: perEvent,
                    baseline: ("outpost-sdk 1.7.0 unmarshal_json", python)),
                at: 1)
            rows.append(
                ReportRow(
                    area: "Decode", measurement: "Python outpost-sdk 1.7.0: unmarshal_json (its response path)",
                    samples: python, unit: perEvent))
        }
        if let pydantic {
            rows.append(
                ReportRow(
                    area: "Decode", measurement: "Python: EventPaginatedResult.model_validate_json (pydantic alone)",
                    samples: pydantic, unit: perEvent, baseline: python.map { ("SDK's unmarshal_json", $0) }))
        }
        return rows
    }

    /// Stops the benchmark unless both decoders read 1,000 events with the same IDs and times to the millisecond.
    private func checkAgreement(_ decoder: JSONDecoder) throws {
        let generated = try JSONCoding.decode(EventPaginatedResult.self, from: page).models ?? []
        let plain = try decoder.decode(PlainEventPage.self, from: page).models ?? []
        precondition(generated.count == 1000 && plain.count == 1000, "a decoder lost events")
        for (left, right) in zip(generated, plain) {
            let timeDifference = abs((left.time ?? .distantPast).timeIntervalSince(right.time ?? .distantFuture))
            precondition(left.id == right.id && timeDifference < 0.001, "the decoders disagree on \(left.id ?? "")")
        }
    }
}
