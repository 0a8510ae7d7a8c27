import Foundation
import Outpost

/// A response observer that keeps every response a client reports, so a test can count the attempts.
///
/// It is `@unchecked Sendable` because its only mutable state, the list of responses, is read and written under
/// its own lock.
final class ResponseRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [ObservedResponse] = []

    /// The responses reported so far, in order.
    var responses: [ObservedResponse] {
        lock.withLock { recorded }
    }

    /// The observer to put in a client's configuration.
    var observer: ResponseObserver {
        { [self] response in
            lock.withLock { recorded.append(response) }
        }
    }
}
