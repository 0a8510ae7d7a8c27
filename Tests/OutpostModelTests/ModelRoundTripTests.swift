import GeneratorCore
import Outpost
import Testing

@Test func aGeneratedStructOrEnumIsFoundByItsName() throws {
    #expect(try ModelRoundTrip.codableType(named: "Tenant") == Outpost.Tenant.self)
    #expect(try ModelRoundTrip.codableType(named: "Destination") == Outpost.Destination.self)
    #expect(try ModelRoundTrip.codableType(named: "JSONValue") == JSONValue.self)
}

@Test func aNameTheSDKDoesNotDeclareIsAnError() {
    #expect(throws: ExampleCatalogError.self) { try ModelRoundTrip.codableType(named: "NoSuchModel") }
}

@Test func anArrayIsDecodedElementByElementNamingTheElementThatFails() throws {
    let type = SwiftType.array(.named("Tenant"))
    #expect(try ModelRoundTrip.run([["id": "t1"], ["id": "t2"]], as: type) == [["id": "t1"], ["id": "t2"]])

    let error = try #require(throws: (any Error).self) {
        try ModelRoundTrip.run([["id": "t1"], ["id": 2]], as: type)
    }
    #expect("\(error)".hasPrefix("element 1: "))
}
