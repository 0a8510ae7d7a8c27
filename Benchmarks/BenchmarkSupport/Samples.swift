import Foundation

/// The wall-clock times of several runs of one measured piece of work, in seconds, and the CPU time the measuring
/// thread spent in them when the work ran on that thread alone.
public struct Samples: Sendable {
    /// The times, sorted from fastest to slowest.
    public let seconds: [Double]

    /// The measuring thread's CPU time in each run, sorted, or nil when the work ran on other threads too.
    ///
    /// On a machine shared with other work, wall-clock time includes the time the thread waited for a core; the
    /// CPU time does not, so the two tell contention from a slower program.
    public let cpuSeconds: [Double]?

    /// Creates samples from the times of the runs, in any order.
    ///
    /// - Parameters:
    ///   - seconds: The wall-clock time of each run; at least one.
    ///   - cpuSeconds: The thread's CPU time in each run, when it was measured.
    public init(_ seconds: [Double], cpuSeconds: [Double]? = nil) {
        precondition(!seconds.isEmpty, "a measurement needs at least one run")
        self.seconds = seconds.sorted()
        self.cpuSeconds = cpuSeconds?.sorted()
    }

    /// The middle time, or the mean of the two middle times for an even count.
    public var median: Double {
        Self.median(of: seconds)
    }

    /// The median CPU time, when it was measured.
    public var cpuMedian: Double? {
        cpuSeconds.map(Self.median)
    }

    /// The fastest run.
    public var minimum: Double { seconds[0] }

    /// The slowest run.
    public var maximum: Double { seconds[seconds.count - 1] }

    /// The number of runs.
    public var count: Int { seconds.count }

    /// Runs `body` `warmups` times untimed, then `runs` times under the clock, recording the thread's CPU time too.
    ///
    /// - Parameters:
    ///   - runs: How many timed runs to make; at least one.
    ///   - warmups: How many runs to make first without timing them.
    ///   - body: The work to time.
    /// - Returns: The times of the timed runs.
    /// - Throws: The first error `body` throws.
    public static func measure(runs: Int, warmups: Int = 1, _ body: () throws -> Void) rethrows -> Samples {
        for _ in 0..<warmups {
            try body()
        }
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<max(runs, 1) {
            let cpuStart = threadCPUSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpuTimes.append(threadCPUSeconds() - cpuStart)
        }
        return Samples(times, cpuSeconds: cpuTimes)
    }

    /// Runs the asynchronous `body` `warmups` times untimed, then `runs` times under the clock.
    ///
    /// - Parameters:
    ///   - runs: How many timed runs to make; at least one.
    ///   - warmups: How many runs to make first without timing them.
    ///   - body: The work to time.
    /// - Returns: The times of the timed runs.
    /// - Throws: The first error `body` throws.
    public static func measure(
        runs: Int,
        warmups: Int = 1,
        _ body: () async throws -> Void
    ) async rethrows -> Samples {
        for _ in 0..<warmups {
            try await body()
        }
        var times: [Double] = []
        for _ in 0..<max(runs, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            try await body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return Samples(times)
    }

    /// Returns these samples with every time divided by `divisor`, such as per call or per kilobyte.
    ///
    /// - Parameter divisor: The number of units each run handled.
    /// - Returns: The scaled samples.
    public func divided(by divisor: Double) -> Samples {
        Samples(seconds.map { $0 / divisor }, cpuSeconds: cpuSeconds?.map { $0 / divisor })
    }

    /// The CPU time the calling thread has used so far, in seconds.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func median(of sorted: [Double]) -> Double {
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
