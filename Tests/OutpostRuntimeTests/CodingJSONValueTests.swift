import Foundation
import OutpostRuntime
import Testing

@Test func literalSyntaxBuildsEachJSONKind() {
    let value: JSONValue = [
        "name": "acme",
        "count": 42,
        "ratio": 0.5,
        "active": true,
        "deleted": nil,
        "tags": ["a", 1],
    ]

    #expect(value["name"] == .string("acme"))
    #expect(value["count"] == .int(42))
    #expect(value["ratio"] == .double(0.5))
    #expect(value["active"] == .bool(true))
    #expect(value["deleted"] == .null)
    #expect(value["tags"] == .array([.string("a"), .int(1)]))
}

@Test func subscriptsReadNestedMembersAndReturnNilOtherwise() {
    let value: JSONValue = ["user": ["ids": [7, 8]]]

    #expect(value["user"]?["ids"]?[1]?.intValue == 8)
    #expect(value["user"]?["ids"]?[2] == nil)
    #expect(value["missing"] == nil)
    #expect(value[0] == nil)
    #expect(JSONValue.string("x")["key"] == nil)
}

@Test func accessorsReturnTheHeldValueOrNil() {
    #expect(JSONValue.bool(true).boolValue == true)
    #expect(JSONValue.int(3).boolValue == nil)
    #expect(JSONValue.int(3).doubleValue == 3)
    #expect(JSONValue.double(2).intValue == 2)
    #expect(JSONValue.double(2.5).intValue == nil)
    #expect(JSONValue.string("s").stringValue == "s")
    #expect(JSONValue.null.isNull)
    #expect(JSONValue.array([]).arrayValue == [])
    #expect(JSONValue.object(["k": 1]).objectValue == ["k": .int(1)])
}

@Test func repeatedDictionaryLiteralKeysKeepTheLastValue() {
    let value = JSONValue(dictionaryLiteral: ("k", 1), ("k", 2))

    #expect(value == .object(["k": .int(2)]))
}

@Test func foundationRoundTripKeepsEveryKind() throws {
    let value: JSONValue = ["a": [1, 2.5, "s", true, nil], "b": ["c": -9_007_199_254_740_993]]

    let data = try JSONEncoder().encode(value)
    let decoded = try JSONDecoder().decode(JSONValue.self, from: data)

    #expect(decoded == value)
}
