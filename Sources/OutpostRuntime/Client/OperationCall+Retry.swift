import Foundation

extension OperationCall {
    /// Returns whether a status may succeed when sent again: `408` and every `5xx`.
    static func isTransient(_ status: Int) -> Bool {
        status == 408 || (500...599).contains(status)
    }

    /// The attempts that count against the policy: all of them but a re-send after a refreshed credential.
    var policyAttempts: Int {
        attempts - (refreshedAfterUnauthorized ? 1 : 0)
    }

    /// Waits as a `429` asks, or throws the rate-limit error when the wait is not allowed.
    func waitForRateLimit(_ response: HTTPResponse) async throws {
        let requested = RetryDelay.requested(by: response.headers, now: configuration.clock.now)
        guard let delay = plannedWait(requested: requested) else {
            throw failure(.rateLimited(retryAfter: requested), response: response)
        }

        log(.warning, "\(request.method) \(request.url) was rate limited; retrying in \(delay).")
        try await sleep(for: delay)
    }

    /// Waits before re-sending after a transient failure, or throws the failure when it may not be retried.
    func waitForTransientRetry(or failure: OutpostError) async throws {
        guard policy.retriesTransientFailures, isIdempotent, Self.isRetryable(failure.kind) else { throw failure }
        guard let delay = plannedWait(requested: nil) else { throw failure }

        log(.warning, "\(request.method) \(request.url) failed (\(failure.kind)); retrying in \(delay).")
        try await sleep(for: delay)
    }

    /// Returns the wait before the next attempt, or `nil` when the policy's caps forbid one.
    func plannedWait(requested: Duration?) -> Duration? {
        guard policyAttempts < policy.maxAttempts else { return nil }
        if let requested, requested > policy.maxWait {
            return nil
        }

        let random = configuration.randomSource.nextFraction()
        let delay = requested ?? policy.backoff(beforeRetry: policyAttempts, randomFraction: random)
        let elapsed = configuration.clock.now.timeIntervalSince(startedAt)
        guard elapsed + delay.seconds <= policy.maxTotalTime.seconds else { return nil }
        return delay
    }

    private func sleep(for delay: Duration) async throws {
        try Task.checkCancellation()
        guard delay > .zero else { return }
        try await configuration.clock.sleep(for: delay)
    }

    private static func isRetryable(_ kind: OutpostError.Kind) -> Bool {
        switch kind {
        case .transport, .timeout, .httpStatus:
            return true
        default:
            return false
        }
    }
}
