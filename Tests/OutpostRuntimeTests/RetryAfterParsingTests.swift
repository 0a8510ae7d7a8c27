import Foundation
import Testing

@testable import OutpostRuntime

@Suite struct RetryAfterParsingTests {
    /// Sun, 06 Nov 1994 08:49:37 GMT.
    private let referenceDate = Date(timeIntervalSince1970: 784_111_777)

    private func delay(_ headers: HTTPHeaders, now: Date? = nil) -> Duration? {
        RetryDelay.requested(by: headers, now: now ?? referenceDate)
    }

    @Test(arguments: [
        ("Sun, 06 Nov 1994 08:49:37 GMT", "IMF-fixdate"),
        ("Sunday, 06-Nov-94 08:49:37 GMT", "RFC 850"),
        ("Sun Nov  6 08:49:37 1994", "asctime"),
    ])
    func parsesEveryHTTPDateFormat(text: String, format: String) throws {
        let date = try #require(HTTPDate.parse(text, now: Date(timeIntervalSince1970: 1_800_000_000)), "\(format)")
        #expect(date == referenceDate)
    }

    @Test(arguments: ["Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 PST", "tomorrow", ""])
    func rejectsMalformedHTTPDates(text: String) {
        #expect(HTTPDate.parse(text, now: referenceDate) == nil)
    }

    @Test func readsSecondsAndMilliseconds() {
        #expect(delay(["Retry-After": "7"]) == .seconds(7))
        #expect(delay(["Retry-After": " 0 "]) == .zero)
        #expect(delay(["retry-after-ms": "1500"]) == .milliseconds(1500))
        #expect(delay(["Retry-After": "7", "retry-after-ms": "250"]) == .milliseconds(250))
    }

    @Test func roundsAnHTTPDateUpToWholeSeconds() {
        let now = referenceDate.addingTimeInterval(-2.3)
        #expect(delay(["Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"], now: now) == .seconds(3))
    }

    @Test func treatsAPastHTTPDateAsNoWait() {
        let now = referenceDate.addingTimeInterval(3600)
        #expect(delay(["Retry-After": "Sun, 06 Nov 1994 08:49:37 GMT"], now: now) == .zero)
    }

    @Test func clampsHugeValuesWithoutOverflow() {
        #expect(delay(["Retry-After": "99999999999999999999999999"]) == .seconds(1_000_000_000))
    }

    @Test func fallsBackToRateLimitResetWhenRetryAfterIsUnparsable() {
        let reset = String(Int(referenceDate.timeIntervalSince1970) + 12)
        #expect(delay(["Retry-After": "soon", "X-RateLimit-Reset": reset]) == .seconds(12))
        #expect(delay(["Retry-After": "-5"]) == nil)
    }

    @Test func ignoresARateLimitResetInThePast() {
        let reset = String(Int(referenceDate.timeIntervalSince1970) - 12)
        #expect(delay(["X-RateLimit-Reset": reset]) == nil)
    }

    @Test func readsRateLimitHeaders() throws {
        let limit = try #require(
            RateLimit.parse([
                "X-RateLimit-Limit": "240", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1800000060",
            ]))
        #expect(limit.limit == 240)
        #expect(limit.remaining == 0)
        #expect(limit.reset == Date(timeIntervalSince1970: 1_800_000_060))
        #expect(RateLimit.parse(["Content-Type": "text/plain"]) == nil)
    }

    @Test(arguments: [(1, 0.5), (2, 1.0), (3, 2.0), (10, 60.0)])
    func backsOffExponentiallyUpToTheCap(retry: Int, seconds: Double) {
        let policy = RetryPolicy(maxWait: .seconds(60), initialBackoff: .milliseconds(500))
        #expect(policy.backoff(beforeRetry: retry, randomFraction: 1) == .seconds(seconds))
        #expect(policy.backoff(beforeRetry: retry, randomFraction: 0) == .seconds(seconds / 2))
    }
}
