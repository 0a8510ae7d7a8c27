import Foundation
import Outpost
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("Concurrent calls through one client against the mock", .needsMockServer)
struct LoadContractTests {
    /// The number of calls started at once.
    static let callCount = 500

    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func fiveHundredConcurrentCallsThroughOneClientEachGetTheirOwnAnswer() async throws {
        let client = session.client(timeout: .seconds(120))
        let calls = (0..<Self.callCount).map(LoadCall.init)

        let clock = ContinuousClock()
        let start = clock.now
        let outcomes = await withTaskGroup(of: (LoadCall, LoadCall.Outcome).self) { group in
            for call in calls {
                group.addTask { (call, await call.run(on: client, session: session)) }
            }
            var outcomes: [(LoadCall, LoadCall.Outcome)] = []
            for await outcome in group {
                outcomes.append(outcome)
            }
            return outcomes
        }
        let elapsed = start.duration(to: clock.now)
        print("Load: \(Self.callCount) concurrent calls through one client completed in \(elapsed).")

        #expect(outcomes.count == Self.callCount)
        for (call, outcome) in outcomes {
            #expect(outcome == call.expectedOutcome, "call \(call.number)")
        }
        try await expectTheMockReceivedEachCallOnce(calls)
    }

    /// Checks that the session's log holds one request per call, each with its own path and query.
    private func expectTheMockReceivedEachCallOnce(_ calls: [LoadCall]) async throws {
        let log = try await session.requests()
        #expect(log.count == calls.count)

        var byNumber: [Int: LoggedRequest] = [:]
        for request in log {
            let number = try #require(request.headers["x-load-call"].flatMap { Int($0) })
            #expect(byNumber.updateValue(request, forKey: number) == nil, "call \(number) arrived twice")
        }
        for call in calls {
            let request = try #require(byNumber[call.number], "call \(call.number) never arrived")
            #expect(request.operationID == call.operationID, "call \(call.number)")
            #expect(request.path == MockServer.apiPath + call.path, "call \(call.number)")
            #expect(request.queryItems == call.query, "call \(call.number)")
            #expect(request.valid == true, "call \(call.number): \(request.validationMessage ?? "")")
        }
    }
}

/// One of the load test's calls: which operation it makes with which values, and what it must get back.
struct LoadCall: Sendable {
    /// What a call returned, reduced to the values that tell one call's answer from another's.
    enum Outcome: Hashable, Sendable {
        /// A page of `count` items whose IDs are given, out of a collection of `total`.
        case page(ids: [String], total: Int?)

        /// A tenant with its ID.
        case tenant(id: String)

        /// A destination with its ID and type.
        case destination(id: String, type: String)

        /// A failure with its status and the path it was sent to.
        case failure(status: Int?, path: String)

        /// Any other error.
        case unexpected(String)
    }

    /// The call's number, unique in the run; it is sent in `X-Load-Call`.
    let number: Int

    init(number: Int) {
        self.number = number
    }

    /// The kind of call, chosen by the number.
    private var variant: Int { number % 5 }

    /// The page size a list call asks for, from 1 to 7.
    private var limit: Int { number % 7 + 1 }

    /// The number of pages in a list call's collection, from 2 to 4.
    private var pages: Int { number % 3 + 2 }

    /// A tenant ID unique to the call.
    private var tenantID: String { "tenant_load_\(number)" }

    /// The `operationId` the call makes.
    var operationID: String {
        ["listTenants", "listEvents", "getTenant", "getTenantDestination", "getTenant"][variant]
    }

    /// The path the call is sent to, below the API's base path.
    var path: String {
        switch variant {
        case 0: "/tenants"
        case 1: "/events"
        case 3: "/tenants/\(tenantID)/destinations/des_load_\(number)"
        default: "/tenants/\(tenantID)"
        }
    }

    /// The query pairs the call sends.
    var query: [[String]] {
        switch variant {
        case 0: [["limit", "\(limit)"]]
        case 1: [["tenant_id", tenantID], ["limit", "\(limit)"]]
        default: []
        }
    }

    /// The `Prefer` header that makes the mock's answer depend on the call.
    private var preference: String {
        switch variant {
        case 0, 1: "scenario=pages; pages=\(pages); page-size=7"
        case 4: "code=404"
        default: "return=representation"
        }
    }

    /// What the call must return.
    var expectedOutcome: Outcome {
        switch variant {
        case 0: .page(ids: (1...limit).map { "tenant_acme_\($0)" }, total: pages * 7)
        case 1: .page(ids: (1...limit).map { "evt_ord_5521_created_\($0)" }, total: nil)
        case 3: .destination(id: "des_8Kq2xT4mWp", type: "webhook")
        case 4: .failure(status: 404, path: MockServer.apiPath + path)
        default: .tenant(id: "tenant_acme")
        }
    }

    /// Makes the call and reduces its answer to an outcome.
    func run(on client: OutpostClient, session: MockSession) async -> Outcome {
        let options = RequestOptions(headers: ["X-Load-Call": "\(number)", "Prefer": preference])
        do {
            return try await call(client, options)
        } catch let error as OutpostError {
            return .failure(status: error.status, path: error.url?.path ?? "")
        } catch {
            return .unexpected("\(error)")
        }
    }

    private func call(_ client: OutpostClient, _ options: RequestOptions) async throws -> Outcome {
        switch variant {
        case 0:
            let page = try await client.tenants.list(limit: limit, options: options)
            return .page(ids: page.models?.map { $0.id ?? "" } ?? [], total: page.count)
        case 1:
            let page = try await client.events.list(tenantID: [tenantID], limit: limit, options: options)
            return .page(ids: page.models?.map { $0.id ?? "" } ?? [], total: nil)
        case 3:
            let destination = try await client.destinations.get(
                tenantID: tenantID, destinationID: "des_load_\(number)", options: options)
            guard case .webhook(let webhook) = destination else { return .unexpected("\(destination)") }
            return .destination(id: webhook.id, type: "webhook")
        default:
            return .tenant(id: try await client.tenants.get(tenantID: tenantID, options: options).id ?? "")
        }
    }
}
