import Foundation

/// The timings of one benchmarked operation.
struct Measurement {
    /// What was measured.
    var name: String

    /// The input size in bytes, for the throughput column.
    var bytes: Int

    /// Wall-clock milliseconds of each run, sorted.
    var milliseconds: [Double]

    /// Runs `body` a few times to warm up, then `runs` times under the clock.
    static func run(_ name: String, runs: Int, bytes: Int, _ body: () throws -> Void) -> Measurement {
        do {
            for _ in 0..<3 {
                try body()
            }
            var samples: [Double] = []
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            return Measurement(name: name, bytes: bytes, milliseconds: samples.sorted())
        } catch {
            print("\(name) failed: \(error)")
            return Measurement(name: name, bytes: bytes, milliseconds: [.nan])
        }
    }

    /// Prints a table of median and minimum times and throughput.
    static func printTable(_ results: [Measurement]) {
        let width = results.map(\.name.count).max() ?? 0
        let header = "decoder".padding(toLength: width, withPad: " ", startingAt: 0)
        print("| \(header) | median ms | min ms | MB/s (median) |")
        print("|\(String(repeating: "-", count: width + 2))|-----------|--------|---------------|")
        for result in results {
            let median = result.milliseconds[result.milliseconds.count / 2]
            let minimum = result.milliseconds.first ?? .nan
            let throughput = Double(result.bytes) / 1e6 / (median / 1000)
            let name = result.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let columns = [format(median, width: 9), format(minimum, width: 6), format(throughput, width: 13)]
            print("| \(name) | \(columns.joined(separator: " | ")) |")
        }
    }

    private static func format(_ value: Double, width: Int) -> String {
        let text = String(format: "%.2f", value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
