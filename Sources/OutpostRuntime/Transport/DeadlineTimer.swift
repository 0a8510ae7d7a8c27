import Foundation

/// One Dispatch timer that wakes at the earliest deadline of the requests a transport is running.
///
/// A Dispatch work item scheduled per request registered a timer of its own with Dispatch's manager thread and
/// woke that thread once to add it and once more to cancel it. This timer is set again only when a new deadline
/// comes before the time it waits for, so most requests only compare two times.
///
/// It is `@unchecked Sendable` because its only mutable state, the time it waits for, is read and written only
/// while holding `lock`, and a Dispatch source is safe to schedule from any thread.
final class DeadlineTimer: @unchecked Sendable {
    private let source = DispatchSource.makeTimerSource(queue: .global())
    private let lock = NSLock()

    /// The time the timer will wake at, or `nil` when it is not set.
    private var wakeUp: DispatchTime?

    /// Starts the timer, unset, calling `handler` on a global queue each time it wakes.
    ///
    /// The handler is to call ``wake(by:)`` with the earliest deadline still to come, as the timer wakes once for
    /// every time it is set. Call this once, before the first ``wake(by:)``.
    ///
    /// - Parameter handler: The function to call when the timer wakes.
    func start(handler: @escaping @Sendable () -> Void) {
        source.setEventHandler { [weak self] in
            guard let self else { return }
            lock.withLock { wakeUp = nil }
            handler()
        }
        source.activate()
    }

    deinit {
        source.cancel()
    }

    /// Makes the timer wake at a deadline, or earlier when it is already set for an earlier time.
    ///
    /// - Parameter deadline: The time by which the timer is to wake.
    func wake(by deadline: DispatchTime) {
        lock.withLock {
            if let wakeUp, wakeUp <= deadline {
                return
            }
            wakeUp = deadline
            source.schedule(deadline: deadline)
        }
    }
}
