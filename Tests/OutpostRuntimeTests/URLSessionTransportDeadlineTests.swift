import Foundation
import Testing

@testable import OutpostRuntime

/// The transport's deadlines when several requests run at once on one transport, which share one timer.
@Suite struct URLSessionTransportDeadlineTests {
    private let transport = URLSessionTransport()

    /// A body that takes about three seconds to trickle in, a byte every 50 ms.
    private static let slowBody = String(repeating: "x", count: 60)

    private func request(_ url: URL, timeout: Duration) -> HTTPRequest {
        HTTPRequest(method: .get, url: url, timeout: timeout)
    }

    @Test func failsARequestWhoseDeadlineComesBeforeThatOfOneAlreadyRunning() async throws {
        let patient = try TricklingServer(body: #"{"id": "a"}"#, pause: .milliseconds(50))
        defer { patient.stop() }
        let slow = try TricklingServer(body: Self.slowBody, pause: .milliseconds(50))
        defer { slow.stop() }

        async let long = transport.send(request(patient.baseURL, timeout: .seconds(30)))
        // Lets the long request register first, so that the short one has to bring the timer forward.
        try await Task.sleep(for: .milliseconds(20))
        let failure = await #expect(throws: TransportFailure.self) {
            _ = try await transport.send(request(slow.baseURL, timeout: .milliseconds(300)))
        }

        #expect(failure?.reason == .timedOut)
        let response = try await long
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"id": "a"}"#)
    }

    @Test func failsEachRequestStillRunningAtItsOwnDeadline() async throws {
        let first = try TricklingServer(body: Self.slowBody, pause: .milliseconds(50))
        defer { first.stop() }
        let second = try TricklingServer(body: Self.slowBody, pause: .milliseconds(50))
        defer { second.stop() }

        async let early = reason(of: request(first.baseURL, timeout: .milliseconds(200)))
        async let late = reason(of: request(second.baseURL, timeout: .milliseconds(600)))

        #expect(await early == .timedOut)
        #expect(await late == .timedOut)
    }

    /// Returns the reason a request failed, or `nil` when it succeeded or failed otherwise.
    private func reason(of request: HTTPRequest) async -> TransportFailure.Reason? {
        do {
            _ = try await transport.send(request)
            return nil
        } catch {
            return (error as? TransportFailure)?.reason
        }
    }
}
