import Foundation
import OutpostRuntime
import Testing

// The operations of this target's openapi.yaml, sent through a transport that records each request.

private func makeClient(answering answer: String) -> (FeaturesClient, RecordingTransport) {
    let transport = RecordingTransport(answering: answer)
    let configuration = ClientConfiguration(
        baseURL: FeaturesClient.Server.server1.url,
        credential: .apiKey("key_feature_tests")
    )
    return (FeaturesClient(runtime: RuntimeClient(configuration: configuration, transport: transport)), transport)
}

@Test func queryParametersOfEveryKindAreWrittenAsTheDocumentSays() async throws {
    let (client, transport) = makeClient(answering: #"{"id":"a b","name":"n"}"#)

    let shape = try await client.shapes.get(
        shapeID: "a b",
        xTrace: "trace-1",
        at: Date(timeIntervalSince1970: 1_767_881_009),
        on: try CalendarDate(parsing: "2026-02-28"),
        count: 3,
        ratio: 0.25,
        tags: ["x", "y"],
        verbose: true
    )
    #expect(shape.id == "a b")

    let request = try #require(transport.requests.first)
    #expect(request.method == .get)
    let components = try #require(URLComponents(url: request.url, resolvingAgainstBaseURL: false))
    #expect(components.percentEncodedPath == "/v1/shapes/a%20b")
    let query = (components.queryItems ?? []).map { "\($0.name)=\($0.value ?? "")" }
    #expect(
        query == [
            "at=2026-01-08T14:03:29Z", "on=2026-02-28", "count=3", "ratio=0.25", "tags=x", "tags=y", "verbose=true",
        ]
    )
    #expect(request.headers["X-Trace"] == "trace-1")
    #expect(request.headers["Authorization"] == "Bearer key_feature_tests")
}

@Test func aMergePatchBodyIsSentWithItsOwnMediaType() async throws {
    let (client, transport) = makeClient(answering: #"{"id":"shp_1","name":"n"}"#)

    _ = try await client.shapes.update(shapeID: "shp_1", ShapeUpdate(name: .clear))

    let request = try #require(transport.requests.first)
    #expect(request.method == .patch)
    #expect(request.headers["Content-Type"] == "application/merge-patch+json")
    #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"name":null}"#)
}
