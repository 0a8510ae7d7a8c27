import Foundation

/// Reads the delay a `429` response asks for from its headers.
enum RetryDelay {
    /// The longest delay representable without overflow; larger requests are clamped to it.
    static let ceiling: Double = 1e9

    /// Returns the delay the server asks for, or `nil` when it gives none that can be read.
    ///
    /// `retry-after-ms` comes first, then `Retry-After` as seconds or an HTTP date (rounded up to whole
    /// seconds, zero when past), then a future `X-RateLimit-Reset`.
    static func requested(by headers: HTTPHeaders, now: Date) -> Duration? {
        if let milliseconds = headers["retry-after-ms"].flatMap(number) {
            return .milliseconds(Int64(min(milliseconds.rounded(.up), ceiling)))
        }
        if let value = headers["Retry-After"].flatMap({ retryAfter($0, now: now) }) {
            return value
        }
        if let reset = RateLimit.parse(headers)?.reset, reset > now {
            return wholeSeconds(reset.timeIntervalSince(now))
        }
        return nil
    }

    private static func retryAfter(_ text: String, now: Date) -> Duration? {
        if let seconds = number(text) {
            return wholeSeconds(seconds)
        }
        guard let date = HTTPDate.parse(text.trimmingCharacters(in: .whitespaces), now: now) else { return nil }
        return wholeSeconds(date.timeIntervalSince(now))
    }

    private static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Double(trimmed), value.isFinite
        else {
            return nil
        }
        return value
    }

    private static func wholeSeconds(_ seconds: Double) -> Duration {
        .seconds(Int64(min(max(seconds, 0).rounded(.up), ceiling)))
    }
}
