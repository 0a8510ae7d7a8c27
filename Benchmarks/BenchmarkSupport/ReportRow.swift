import Foundation

/// One row of the benchmark table that `Scripts/benchmark.sh` prints, shared by every benchmark program.
///
/// Columns: area, measurement, median wall-clock time, median CPU time of the measuring thread (when the work ran on
/// it alone), spread (fastest–slowest run), run count, the median per unit of work, the baseline's median, the ratio
/// of the median to the baseline's (and of the CPU times, when both have one), and memory.
public struct ReportRow: Sendable {
    /// The column titles.
    public static let titles = [
        "area", "measurement", "median", "CPU", "spread (min–max)", "n", "per unit", "baseline (median)", "ratio",
        "memory",
    ]

    /// The cells, one per column.
    public var cells: [String]

    /// Creates a row from its cells' text.
    ///
    /// - Parameter cells: One text per column; missing cells stay empty.
    public init(_ cells: [String]) {
        self.cells = cells + Array(repeating: "", count: max(0, Self.titles.count - cells.count))
    }

    /// Creates a row that only notes a memory figure or a remark.
    ///
    /// - Parameters:
    ///   - area: The part of the project measured.
    ///   - measurement: What the row says.
    ///   - memory: The memory cell.
    public init(area: String, note measurement: String, memory: String = "") {
        var cells = Array(repeating: "", count: Self.titles.count)
        cells[0] = area
        cells[1] = measurement
        cells[cells.count - 1] = memory
        self.init(cells)
    }

    /// Creates a row for a timed measurement.
    ///
    /// - Parameters:
    ///   - area: The part of the project measured, such as `Generator`.
    ///   - measurement: What was measured.
    ///   - samples: The times of the runs.
    ///   - unit: The work one run did and its name, such as `(196, "KB")`, for the per-unit column.
    ///   - baseline: What the measurement is compared with and its times, when there is a baseline.
    ///   - memory: The memory cell.
    public init(
        area: String,
        measurement: String,
        samples: Samples,
        unit: (count: Double, name: String)? = nil,
        baseline: (name: String, samples: Samples)? = nil,
        memory: String = ""
    ) {
        let perUnit = unit.map { "\(Self.duration(samples.median / $0.count))/\($0.name)" } ?? ""
        let spread = "\(Self.duration(samples.minimum))–\(Self.duration(samples.maximum))"
        let baselineCell = baseline.map { "\($0.name): \(Self.duration($0.samples.median))" } ?? ""
        var ratio = baseline.map { Self.ratio(samples.median, $0.samples.median) } ?? ""
        if let cpu = samples.cpuMedian, let baselineCPU = baseline?.samples.cpuMedian {
            ratio += " (CPU \(Self.ratio(cpu, baselineCPU)))"
        }
        self.init([
            area, measurement, Self.duration(samples.median), samples.cpuMedian.map(Self.duration) ?? "", spread,
            "\(samples.count)", perUnit, baselineCell, ratio, memory,
        ])
    }

    /// The row as a line of a markdown table.
    public var line: String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    /// The table's header and separator lines.
    public static var headerLines: [String] {
        ["| " + titles.joined(separator: " | ") + " |", "|" + titles.map { _ in "---|" }.joined()]
    }

    /// Returns a time in seconds as text with a unit that keeps three significant digits or so.
    ///
    /// - Parameter seconds: The time.
    /// - Returns: Text such as `812 µs`, `14.2 ms` or `1.93 s`.
    public static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "n/a" }
        switch seconds {
        case ..<1e-3: return String(format: seconds < 1e-5 ? "%.2f µs" : "%.0f µs", seconds * 1e6)
        case ..<1: return String(format: seconds < 1e-2 ? "%.2f ms" : "%.1f ms", seconds * 1e3)
        default: return String(format: "%.2f s", seconds)
        }
    }

    /// Returns how many times slower `value` is than `baseline`, such as `4.2×`, or `0.31×` when it is faster.
    ///
    /// - Parameters:
    ///   - value: The measured median.
    ///   - baseline: The baseline's median.
    /// - Returns: The ratio as text.
    public static func ratio(_ value: Double, _ baseline: Double) -> String {
        guard baseline > 0, value.isFinite else { return "n/a" }
        let ratio = value / baseline
        return String(format: ratio < 10 ? "%.2f×" : "%.0f×", ratio)
    }
}
