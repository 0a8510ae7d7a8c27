import Foundation
import OutpostRuntime

/// A clock whose sleeps return at once after moving its time forward, recording every wait.
///
/// It is `@unchecked Sendable` because its mutable state is guarded by `lock`.
final class TestClock: RuntimeClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var waits: [Duration] = []

    init(now: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = now
    }

    var now: Date {
        lock.withLock { current }
    }

    var sleeps: [Duration] {
        lock.withLock { waits }
    }

    func advance(by duration: Duration) {
        lock.withLock { current += duration.timeInterval }
    }

    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock {
            waits.append(duration)
            current += duration.timeInterval
        }
    }
}

/// A clock whose sleeps never end by themselves, only when the sleeping task is cancelled.
///
/// It is `@unchecked Sendable` because its mutable state is guarded by `lock`.
final class HangingClock: RuntimeClock, @unchecked Sendable {
    private let lock = NSLock()
    private var sleeper: CheckedContinuation<Void, any Error>?
    private var isCancelled = false
    private let startedContinuation: AsyncStream<Duration>.Continuation

    /// Yields each duration when a sleep begins.
    let sleepStarted: AsyncStream<Duration>

    init() {
        (sleepStarted, startedContinuation) = AsyncStream.makeStream()
    }

    var now: Date { Date(timeIntervalSince1970: 1_800_000_000) }

    func sleep(for duration: Duration) async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = lock.withLock {
                    sleeper = continuation
                    return isCancelled
                }
                if cancelled {
                    wake()
                } else {
                    startedContinuation.yield(duration)
                }
            }
        } onCancel: {
            lock.withLock { isCancelled = true }
            wake()
        }
    }

    private func wake() {
        let continuation = lock.withLock {
            defer { sleeper = nil }
            return sleeper
        }
        continuation?.resume(throwing: CancellationError())
    }
}

/// A random source that always returns the same fraction.
struct FixedRandom: RandomSource {
    var fraction: Double = 1

    func nextFraction() -> Double {
        fraction
    }
}

extension Duration {
    var timeInterval: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
