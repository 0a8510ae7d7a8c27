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
            let samples = try await interleaved(
                inFlight,
                [
                    { _ = try await session.data(for: request) },
                    { _ = try decoder.decode(PlainTenant.self, from: try await session.data(for: request).0) },
                    { _ = try await client.tenants.get(tenantID: "tn_1") },
                ])
            let (raw, rawDecoded, sdk) = (samples[0], samples[1], samples[2])
            let baseline = ("bare URLSession.data(for:)", raw)
            rows += [
                ReportRow(area: "Requests", measurement: "bare URLSession.data(for:), \(label)", samples: raw),
                ReportRow(
                    area: "Requests", measurement: "bare URLSession + JSONDecoder into a plain struct, \(label)",
                    samples: rawDecoded, baseline: baseline),
                ReportRow(
                    area: "Requests", measurement: "SDK client.tenants.get, \(label)", samples: sdk,
                    baseline: baseline),
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

    /// Times each way of calling `runs` times, taking turns, so that a change in the machine's load falls on every
    /// way alike, and returns the time per call of each run of each way.
    private func interleaved(_ inFlight: Int, _ ways: [@Sendable () async throws -> Void]) async throws -> [Samples] {
        for way in ways {
            try await batch(inFlight, way)
        }
        var times = Array(repeating: [Double](), count: ways.count)
        for _ in 0..<max(runs, 1) {
            for (index, way) in ways.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                try await batch(inFlight, way)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                times[index].append(seconds / Double(callsPerRun))
            }
        }
        return times.map { Samples($0) }
    }

    /// Makes `callsPerRun` calls, `inFlight` at a time.
    private func batch(_ inFlight: Int, _ call: @escaping @Sendable () async throws -> Void) async throws {
        let calls = callsPerRun
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
