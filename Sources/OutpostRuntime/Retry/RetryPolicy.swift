import Foundation

/// When and how long the runtime waits before sending a request again.
///
/// A `429` is always retried within these limits, honouring the server's `retry-after-ms`, `Retry-After` or
/// `X-RateLimit-Reset`, and otherwise backing off exponentially with jitter. A `408`, a `5xx` or a connection
/// failure is retried only when ``retriesTransientFailures`` is set, and then only for an idempotent request
/// (see ``OperationInput/isIdempotent``).
public struct RetryPolicy: Hashable, Sendable {
    /// The largest number of attempts, counting the first; `1` never retries.
    public var maxAttempts: Int

    /// The longest single wait; a server asking for longer fails the call at once with a rate-limit error.
    public var maxWait: Duration

    /// The longest time a call may spend from its first attempt to the start of its last one.
    public var maxTotalTime: Duration

    /// The backoff before the first retry when the server gives no delay; later ones grow by ``backoffMultiplier``.
    public var initialBackoff: Duration

    /// The factor by which the backoff grows from one retry to the next.
    public var backoffMultiplier: Double

    /// A Boolean value that indicates whether a `408`, a `5xx` or a connection failure is retried.
    public var retriesTransientFailures: Bool

    /// Creates a retry policy.
    ///
    /// - Parameters:
    ///   - maxAttempts: The largest number of attempts, counting the first.
    ///   - maxWait: The longest single wait.
    ///   - maxTotalTime: The longest time from the first attempt to the start of the last one.
    ///   - initialBackoff: The first backoff when the server gives no delay.
    ///   - backoffMultiplier: The factor by which the backoff grows.
    ///   - retriesTransientFailures: Whether `408`, `5xx` and connection failures are retried.
    public init(
        maxAttempts: Int = 4,
        maxWait: Duration = .seconds(60),
        maxTotalTime: Duration = .seconds(120),
        initialBackoff: Duration = .milliseconds(500),
        backoffMultiplier: Double = 2,
        retriesTransientFailures: Bool = false
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxWait = maxWait
        self.maxTotalTime = maxTotalTime
        self.initialBackoff = initialBackoff
        self.backoffMultiplier = max(1, backoffMultiplier)
        self.retriesTransientFailures = retriesTransientFailures
    }

    /// The default policy: up to four attempts on `429` within two minutes, no retry of other failures.
    public static let standard = RetryPolicy()

    /// A policy that never retries.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// Returns the backoff before a retry when the server gives no delay, jittered and capped at ``maxWait``.
    ///
    /// - Parameters:
    ///   - retry: The retry's number, `1` for the first retry.
    ///   - randomFraction: A number in `0..<1` from the random source.
    /// - Returns: Between half and all of the exponential delay.
    public func backoff(beforeRetry retry: Int, randomFraction: Double) -> Duration {
        let base = initialBackoff.seconds * pow(backoffMultiplier, Double(max(0, retry - 1)))
        let capped = min(base, maxWait.seconds)
        let fraction = min(max(randomFraction, 0), 1)
        return .seconds(capped * (0.5 + 0.5 * fraction))
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
