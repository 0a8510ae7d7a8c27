import BenchmarkSupport
import Foundation
import Outpost

/// The SDK's memory while it walks a long list: `client.events.listAll(limit:).items` over pages from the loopback
/// server, with the resident memory read at a few item counts. A pager that keeps nothing but the current page stays
/// flat.
struct PagingBenchmark {
    /// The loopback server's root URL.
    var baseURL: URL

    /// The items the list holds, which the server must agree with.
    var totalItems: Int

    /// The page size asked for, which the server must agree with.
    var pageSize: Int

    /// The item counts at which memory is read.
    var checkpoints = [10_000, 50_000, 100_000]

    /// Walks the whole list once and returns the table's rows.
    func run() async throws -> [ReportRow] {
        let client = OutpostClient(credential: .apiKey("benchmark-key"), baseURL: baseURL)
        let before = ProcessMemory.residentMiB
        var readings: [(items: Int, seconds: Double, residentMiB: Double)] = []
        var count = 0
        var withoutID = 0
        let start = DispatchTime.now().uptimeNanoseconds

        for try await event in client.events.listAll(limit: pageSize).items {
            count += 1
            if event.id == nil { withoutID += 1 }
            if checkpoints.contains(count) {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                readings.append((count, seconds, ProcessMemory.residentMiB))
            }
        }
        precondition(count == totalItems && withoutID == 0, "the pager walked \(count) items, not \(totalItems)")
        return rows(readings, before: before)
    }

    private func rows(_ readings: [(items: Int, seconds: Double, residentMiB: Double)], before: Double) -> [ReportRow] {
        var rows = [
            ReportRow(area: "Paging", note: "resident memory before the walk", memory: ProcessMemory.format(before))
        ]
        for reading in readings {
            rows.append(
                ReportRow(
                    area: "Paging",
                    measurement: "listAll(limit: \(pageSize)).items, time to item \(reading.items.formatted())",
                    samples: Samples([reading.seconds]), unit: (Double(reading.items), "item"),
                    memory: "RSS \(ProcessMemory.format(reading.residentMiB))"))
        }
        if let first = readings.first, let last = readings.last, readings.count > 1 {
            let growth = String(format: "%+.1f MiB", last.residentMiB - first.residentMiB)
            rows.append(
                ReportRow(
                    area: "Paging", note: "growth from item \(first.items.formatted()) to \(last.items.formatted())",
                    memory: "\(growth); peak \(ProcessMemory.format(ProcessMemory.peakMiB))"))
        }
        return rows
    }
}
