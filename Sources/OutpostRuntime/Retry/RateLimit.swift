import Foundation

/// The rate-limit state a response reports in its `X-RateLimit-Limit`, `-Remaining` and `-Reset` headers.
public struct RateLimit: Hashable, Sendable {
    /// The number of requests allowed in the current window.
    public var limit: Int?

    /// The number of requests left in the current window.
    public var remaining: Int?

    /// The moment the window resets.
    public var reset: Date?

    /// Creates rate-limit information.
    ///
    /// - Parameters:
    ///   - limit: The requests allowed in the window.
    ///   - remaining: The requests left in the window.
    ///   - reset: The moment the window resets.
    public init(limit: Int? = nil, remaining: Int? = nil, reset: Date? = nil) {
        self.limit = limit
        self.remaining = remaining
        self.reset = reset
    }

    /// Reads rate-limit information from response headers.
    ///
    /// - Parameter headers: The response's header fields.
    /// - Returns: The information, or `nil` when the response carries none of the three headers.
    public static func parse(_ headers: HTTPHeaders) -> RateLimit? {
        let limit = headers["X-RateLimit-Limit"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let remaining = headers["X-RateLimit-Remaining"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let reset = headers["X-RateLimit-Reset"]
            .flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            .filter { $0.isFinite && $0 >= 0 }
            .map { Date(timeIntervalSince1970: $0) }

        guard limit != nil || remaining != nil || reset != nil else { return nil }
        return RateLimit(limit: limit, remaining: remaining, reset: reset)
    }
}

extension Optional {
    fileprivate func filter(_ isIncluded: (Wrapped) -> Bool) -> Wrapped? {
        guard let value = self, isIncluded(value) else { return nil }
        return value
    }
}
