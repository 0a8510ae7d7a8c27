import Foundation
import OutpostRuntime

/// A clock that records every wait asked of it and returns at once, so retry tests never really sleep.
///
/// Its time starts at the real time of its creation and moves on by each recorded wait, as a real clock would.
/// It is `@unchecked Sendable` because its only mutable state, the list of waits, is read and written under
/// its own lock.
final class RecordingClock: RuntimeClock, @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private var recordedWaits: [Duration] = []

    /// The waits asked for so far, in order.
    var waits: [Duration] {
        lock.withLock { recordedWaits }
    }

    /// The creation time plus every wait so far.
    var now: Date {
        let waited = waits.reduce(Duration.zero, +)
        let components = waited.components
        return start.addingTimeInterval(Double(components.seconds) + Double(components.attoseconds) / 1e18)
    }

    /// Records the wait and returns without waiting, unless the task is cancelled.
    ///
    /// - Parameter duration: The wait asked for.
    /// - Throws: `CancellationError` when the calling task is cancelled.
    func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        lock.withLock { recordedWaits.append(duration) }
    }
}
