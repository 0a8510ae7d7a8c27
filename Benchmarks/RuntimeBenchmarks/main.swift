import BenchmarkSupport
import Foundation

// The runtime's benchmarks, each printing rows of the benchmark table; Scripts/benchmark.sh runs them in release:
//
//   RuntimeBenchmarks write-page <path>                       writes the 1,000-event page the decoders read
//   RuntimeBenchmarks decode <page> [python-times] [runs]     decoding, with the Python SDK's times when given
//   RuntimeBenchmarks requests [calls per run] [runs]         per-request cost against bare URLSession
//   RuntimeBenchmarks paging [items]                          memory while paging through a long list
//
// The requests and paging benchmarks start a loopback server inside this process and stop it when they end.

let arguments = Array(CommandLine.arguments.dropFirst())
let mode = arguments.first ?? ""
let rest = Array(arguments.dropFirst())

/// Returns the seconds in one column of a file with a line per run, or nil when there are none.
func readSamples(_ path: String, column: Int) -> Samples? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let values = text.split(whereSeparator: \.isNewline).compactMap { line in
        line.split(separator: " ").dropFirst(column).first.flatMap { Double($0) }
    }
    return values.isEmpty ? nil : Samples(values)
}

var rows: [ReportRow] = []
switch mode {
case "write-page":
    guard let path = rest.first else { fatalError("write-page needs a path") }
    try EventPageFixture.page(count: 1000, next: "p1").write(to: URL(fileURLWithPath: path))
case "decode":
    guard let path = rest.first else { fatalError("decode needs the page's path") }
    let page = try Data(contentsOf: URL(fileURLWithPath: path))
    let pythonTimes = rest.dropFirst().first
    let runs = rest.dropFirst(2).first.flatMap(Int.init) ?? 30
    rows = try DecodeBenchmark(
        page: page, runs: runs, python: pythonTimes.flatMap { readSamples($0, column: 0) },
        pydantic: pythonTimes.flatMap { readSamples($0, column: 1) }
    ).run()
case "requests":
    let server = try LoopbackServer(answer: FixtureAnswers(totalEvents: 0, pageSize: 1).answer)
    defer { server.stop() }
    let calls = rest.first.flatMap(Int.init) ?? 500
    let runs = rest.dropFirst().first.flatMap(Int.init) ?? 5
    rows = try await RequestBenchmark(baseURL: server.baseURL, callsPerRun: calls, runs: runs).run()
case "paging":
    let total = rest.first.flatMap(Int.init) ?? 100_000
    let server = try LoopbackServer(answer: FixtureAnswers(totalEvents: total, pageSize: 100).answer)
    defer { server.stop() }
    rows = try await PagingBenchmark(baseURL: server.baseURL, totalItems: total, pageSize: 100).run()
default:
    print("usage: RuntimeBenchmarks write-page|decode|requests|paging [arguments]")
    exit(2)
}
for row in rows {
    print(row.line)
}
