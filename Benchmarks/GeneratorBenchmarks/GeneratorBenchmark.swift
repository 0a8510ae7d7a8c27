import BenchmarkSupport
import Foundation
import GeneratorCore

/// The generator's benchmark on one document, as rows of the benchmark table.
struct GeneratorBenchmark {
    /// Apple's swift-openapi-generator 1.13 on the published Outpost document: 0.88 s median, 44.9 MB peak,
    /// as quoted in the project's field notes; not measured by this program.
    static let quotedAppleGeneration = Samples([0.88])

    /// The document's name in the table.
    var name: String

    /// The document.
    var bytes: [UInt8]

    /// How many timed runs each measurement makes.
    var runs: Int

    /// The arguments that make this program run the same document once with `--profile`, for the peak memory.
    var profileArguments: [String]

    private var kilobytes: Double { Double(bytes.count) / 1024 }

    private var area: String { "Generator \(name)" }

    /// Measures libyaml's scan, the stages one by one, then whole runs, and returns the table's rows.
    ///
    /// The stages run first, so that the memory after each is read on a heap that no earlier run has grown; the
    /// whole run's peak memory is read in a process of its own.
    func run() -> [ReportRow] {
        let baselineMemory = ProcessMemory.residentMiB
        guard let events = LibYAMLScan.eventCount(bytes) else {
            return [ReportRow([area, "libyaml cannot parse the document"])]
        }
        let scan = Samples.measure(runs: runs) { _ = LibYAMLScan.eventCount(bytes) }
        guard let stages = StageTimings.measure(bytes, runs: runs) else {
            return [ReportRow([area, "a stage reports an error on the document"])]
        }

        var rows = stageRows(scan: scan, events: events, stages: stages)
        if StageTimings.isWithinDefaultLimits(bytes) {
            rows += wholeRunRows(stages: stages)
        } else {
            rows.append(
                ReportRow([
                    area,
                    "whole run: refused, the document holds more nodes than the YAML stage's limit "
                        + "(1,000,000); the stages above ran with the limit raised",
                ]))
        }
        rows.append(
            ReportRow(area: area, note: "benchmark process before any run", memory: memory(baselineMemory)))
        return rows
    }

    private func stageRows(scan: Samples, events: Int, stages: StageTimings) -> [ReportRow] {
        let unit = (count: kilobytes, name: "KB")
        var rows = [
            ReportRow(
                area: area, measurement: "libyaml scan, no nodes (\(Int(kilobytes.rounded())) KB, \(events) events)",
                samples: scan, unit: unit)
        ]
        for (index, stageName) in StageTimings.stageNames.enumerated() {
            rows.append(
                ReportRow(
                    area: area, measurement: "\(stageName) stage", samples: stages.samples(ofStage: index), unit: unit,
                    baseline: index == 0 ? ("libyaml scan", scan) : nil,
                    memory: "RSS after: \(memory(stages.residentMiB[index]))"))
        }
        return rows
    }

    private func wholeRunRows(stages: StageTimings) -> [ReportRow] {
        let whole = Samples.measure(runs: runs) { _ = Generation(bytes: bytes, file: "openapi.yaml") }
        let peak = peakOfOneRun().map { "peak \(memory($0)) (own process)" } ?? "peak not measured"
        var rows = [
            ReportRow(
                area: area, measurement: "whole run (\(stages.summary))", samples: whole,
                unit: (kilobytes, "KB"), baseline: ("sum of the stages", stages.totals), memory: peak)
        ]
        if name == "openapi.yaml" {
            rows.append(
                ReportRow(
                    area: area, measurement: "whole run vs Apple's generator", samples: whole,
                    baseline: ("swift-openapi-generator 1.13, quoted", Self.quotedAppleGeneration),
                    memory: "quoted: 44.9 MB peak"))
        }
        return rows
    }

    /// Runs the document once in a process of its own and returns that process's peak memory.
    private func peakOfOneRun() -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = profileArguments
        let output = Pipe()
        process.standardOutput = output
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        return lines.last.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    private func memory(_ mebibytes: Double) -> String {
        ProcessMemory.format(mebibytes)
    }
}
