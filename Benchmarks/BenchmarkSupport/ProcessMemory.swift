import Foundation

/// The memory the benchmark process uses, as the kernel counts it.
public enum ProcessMemory {
    /// The resident set size now, in mebibytes, or 0 where `/proc/self/statm` cannot be read.
    public static var residentMiB: Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// The highest resident set size so far, in mebibytes.
    public static var peakMiB: Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_maxrss) / 1024
        #else
            // Darwin counts ru_maxrss in bytes.
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1_048_576
        #endif
    }

    /// The resident set size now and the highest so far, as a table cell such as `RSS 48 MiB, peak 52 MiB`.
    public static var summary: String {
        "RSS \(format(residentMiB)), peak \(format(peakMiB))"
    }

    /// Returns a size in mebibytes as text with a unit.
    ///
    /// - Parameter mebibytes: The size.
    /// - Returns: Text such as `48 MiB`.
    public static func format(_ mebibytes: Double) -> String {
        String(format: mebibytes < 10 ? "%.1f MiB" : "%.0f MiB", mebibytes)
    }
}
