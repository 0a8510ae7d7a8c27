import Foundation
import OutpostRuntime
import Testing

// The structs and enums of this target's openapi.yaml: allOf, recursion, integer enums, names that are Swift
// keywords or start with a digit, read-only and write-only properties, and merge-patch fields.

private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONCoding.decode(type, from: Data(json.utf8))
}

private func encode(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

@Test func anAllOfShapeDecodesEveryMemberAndEncodesTheSameJSONBack() throws {
    let json = """
        {"2nd":"b","colour":"teal","container":"c","created_at":"2026-01-08T14:03:29Z","day":"2026-02-28",\
        "decoder":true,"default":true,"encoder":5,"extra":{"any":[1,"two",null]},"id":"shp_1","kebab-name":"k",\
        "key":"q","labels":["x"],"moment":7,"name":"Square","note":null,"object":"o","payment":{"iban":"DE02"},\
        "priority":2,"ratio":0.5,"scores":{"a":1.25},"self":"s","size":9007199254740993,\
        "tree":{"children":[{"children":[{"value":3}],"value":2}],"value":1}}
        """
    let shape = try decode(Shape.self, json)

    #expect(shape.name == "Square")
    #expect(shape.id == "shp_1")
    #expect(shape.createdAt == Date(timeIntervalSince1970: 1_767_881_009))
    #expect(shape.default == true)
    #expect(shape.self_ == "s")
    #expect(shape.container == "c")
    #expect(shape.decoder == true)
    #expect(shape.encoder == 5)
    #expect(shape.object == "o")
    #expect(shape.key == "q")
    #expect(shape.kebabName == "k")
    #expect(shape._2nd == "b")
    #expect(shape.colour == .unknown("teal"))
    #expect(shape.priority == ._2)
    #expect(shape.moment == .integer(7))
    #expect(try shape.day == .date(CalendarDate(parsing: "2026-02-28")))
    #expect(shape.payment == .bankAccount(BankAccount(iban: "DE02")))
    #expect(shape.labels == .array(["x"]))
    #expect(shape.tree?.children?.first?.children?.first?.value == 3)
    #expect(shape.ratio == 0.5)
    #expect(shape.size == 9_007_199_254_740_993)
    #expect(shape.note == nil)
    #expect(shape.scores == ["a": 1.25])
    #expect(shape.extra == ["any": [1, "two", nil]])

    // `note` is null in the input and absent from the output; everything else comes back as it was.
    #expect(try encode(shape) == json.replacingOccurrences(of: #""note":null,"#, with: ""))
}

@Test func anUnknownIntegerEnumValueDecodesAndEncodesBackUnchanged() throws {
    #expect(try decode(Priority.self, "3") == ._3)
    #expect(try decode(Priority.self, "42") == .unknown(42))
    #expect(try encode(Priority.unknown(42)) == "42")
}

@Test func aDefaultFromTheDocumentIsTheInitializersDefault() {
    #expect(Shape(name: "Square", id: "shp_1").default == false)
}

@Test func aMergePatchLeavesOutUnchangedFieldsAndWritesNullForClearedOnes() throws {
    #expect(try encode(ShapeUpdate()) == "{}")
    #expect(try encode(ShapeUpdate(name: .clear, colour: .set(.blue))) == #"{"colour":"blue","name":null}"#)

    let update = try decode(ShapeUpdate.self, #"{"name":null}"#)
    #expect(update.name == .clear)
    #expect(update.colour == .unchanged)
}
