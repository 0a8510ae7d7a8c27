import Foundation

/// The clock the runtime reads and sleeps on, injectable so tests never really wait.
public protocol RuntimeClock: Sendable {
    /// The current wall-clock time, used for HTTP dates, rate-limit resets, token expiry and time caps.
    var now: Date { get }

    /// Suspends the calling task for a duration.
    ///
    /// - Parameter duration: How long to wait.
    /// - Throws: `CancellationError` as soon as the calling task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: the system's wall-clock time and `Task.sleep`.
public struct SystemClock: RuntimeClock {
    /// Creates the system clock.
    public init() {}

    /// The current wall-clock time.
    public var now: Date { Date() }

    /// Suspends the calling task for a duration.
    ///
    /// - Parameter duration: How long to wait.
    /// - Throws: `CancellationError` as soon as the calling task is cancelled.
    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration)
    }
}

/// A source of random numbers for retry jitter, injectable so tests are deterministic.
public protocol RandomSource: Sendable {
    /// Returns a number in `0..<1`.
    ///
    /// - Returns: A random fraction.
    func nextFraction() -> Double
}

/// The system's random number generator.
public struct SystemRandomSource: RandomSource {
    /// Creates the system random source.
    public init() {}

    /// Returns a number in `0..<1` from the system generator.
    ///
    /// - Returns: A random fraction.
    public func nextFraction() -> Double {
        Double.random(in: 0..<1)
    }
}
