import Foundation
import OutpostRuntime
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Requests built by hand, outside the SDK, that break the document: the validator must refuse them, which
/// shows that it is on and that the acceptance every other contract test asserts means something.
@Suite("The mock's validator against hand-built requests", .needsMockServer)
struct ValidatorContractTests {
    let session: MockSession

    init() throws {
        session = try MockSession()
    }

    @Test func queryValueOfTheWrongTypeIsRefusedWithTheValidatorsMessage() async throws {
        let (status, body) = try await send("GET", "/tenants?limit=ten")

        let message = "Query parameter error: limit: Failed to cast value to integer type: ten"
        #expect(status == 400)
        #expect(body?.status == 400)
        #expect(body?.message == message)
        #expect(body?.data == ["Failed to cast value to integer type: ten"])
        let request = try await session.onlyRequest()
        #expect(request.operationID == "listTenants")
        #expect(request.valid == false)
        #expect(request.validationMessage == message)
    }

    @Test func bodyWithoutARequiredPropertyIsRefusedWithTheValidatorsMessage() async throws {
        let (status, body) = try await send("POST", "/publish", json: #"{"topic": "order.placed"}"#)

        let message = "Request body validation error: 'data' is a required property"
        #expect(status == 422)
        #expect(body?.status == 422)
        #expect(body?.message == message)
        let request = try await session.onlyRequest()
        #expect(request.operationID == "publishEvent")
        #expect(request.valid == false)
        #expect(request.validationMessage == message)
    }

    /// Sends a request with URLSession alone, tagged with the session and the API key.
    private func send(_ method: String, _ target: String, json: String? = nil) async throws -> (Int, APIErrorBody?) {
        let url = try #require(URL(string: session.apiURL.absoluteString + target))
        var request = URLRequest(url: url, timeoutInterval: 10)
        request.httpMethod = method
        request.setValue("Bearer \(MockSession.apiKey)", forHTTPHeaderField: "Authorization")
        request.setValue(session.id, forHTTPHeaderField: "X-Mock-Session")
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }

        let (data, response) = try await URLSession.shared.data(for: request)
        let status = try #require(response as? HTTPURLResponse).statusCode
        return (status, try? JSONDecoder().decode(APIErrorBody.self, from: data))
    }
}
