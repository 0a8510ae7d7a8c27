import BenchmarkSupport
import Foundation
import Outpost

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The SDK's cost per request: `client.tenants.get` against the same request through bare URLSession, both to the
/// loopback server, one at a time and several in flight.
struct RequestBenchmark {
    /// The loopback server's root URL.
    var baseURL: URL

    /// How many calls one timed run makes.
    var callsPerRun: Int

    /// How many timed runs each measurement makes.
    var runs: Int

    /// How many calls are in flight at once in the concurrent measurements.
    var concurrency = 8

    /// Measures both ways, sequentially and concurrently, and returns the table's rows.
    func run() async throws -> [ReportRow] {
        let session = URLSession(configuration: URLSessionTransport.defaultConfiguration())
        let client = OutpostClient(credential: .apiKey("benchmark-key"), baseURL: baseURL)
        let request = tenantRequest()
        let decoder = PlainEventPage.makeDecoder()

        let tenant = try await client.tenants.get(tenantID: "tn_1")
        precondition(tenant.destinationsCount == 3, "the SDK did not decode the tenant")

        var rows: [ReportRow] = []
        for inFlight in [1, concurrency] {
            let label = inFlight == 1 ? "sequential" : "\(inFlight) in flight"
            let raw = try await perCall(inFlight) { _ = try await session.data(for: request) }
            let rawDecoded = try await perCall(inFlight) {
                _ = try decoder.decode(PlainTenant.self, from: try await session.data(for: request).0)
            }
            let sdk = try await perCall(inFlight) { _ = try await client.tenants.get(tenantID: "tn_1") }
            let baseline = ("bare URLSession.data(for:)", raw)
            rows += [
                ReportRow(area: "Requests", measurement: "bare URLSession.data(for:), \(label)", samples: raw),
                ReportRow(
                    area: "Requests", measurement: "bare URLSession + JSONDecoder into a plain struct, \(label)",
                    samples: rawDecoded, baseline: baseline),
                ReportRow(
                    area: "Requests", measurement: "SDK client.tenants.get, \(label)", samples: sdk, baseline: baseline),
            ]
        }
        session.finishTasksAndInvalidate()
        return rows
    }

    /// The bare request: the same URL and the headers the SDK sends that matter to the server.
    private func tenantRequest() -> URLRequest {
        var request = URLRequest(url: baseURL.appendingPathComponent("tenants/tn_1"))
        request.setValue("Bearer benchmark-key", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return request
    }

    /// Times `callsPerRun` calls of `call`, `inFlight` at a time, and returns the time per call of each run.
    private func perCall(_ inFlight: Int, _ call: @escaping @Sendable () async throws -> Void) async throws -> Samples {
        let calls = callsPerRun
        let samples = try await Samples.measure(runs: runs) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<inFlight {
                    group.addTask {
                        for _ in stride(from: worker, to: calls, by: inFlight) {
                            try await call()
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        return samples.divided(by: Double(calls))
    }
}

/// The tenant as an app would declare it for `JSONDecoder`, for the bare baseline with decoding.
private struct PlainTenant: Decodable {
    var id: String?
    var destinationsCount: Int?
    var topics: [String]?
    var metadata: [String: String]?
    var createdAt: Date?
    var updatedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id
        case destinationsCount = "destinations_count"
        case topics
        case metadata
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
