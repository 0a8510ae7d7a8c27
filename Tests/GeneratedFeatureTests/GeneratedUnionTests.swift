import Foundation
import OutpostRuntime
import Testing

// The unions of this target's openapi.yaml, compiled from what the generator made of it: alternatives that
// the runtime reads its own way (dates), number kinds that overlap, and objects told apart by their keys.

private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONCoding.decode(type, from: Data(json.utf8))
}

private func encode(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

// 2026-01-08T14:03:29Z is 1,767,881,009 seconds after 1970-01-01T00:00:00Z.
private let instant = Date(timeIntervalSince1970: 1_767_881_009)

@Test func aDateTimeAlternativeReadsAnRFC3339StringAndWritesOneBack() throws {
    let moment = try decode(Moment.self, #""2026-01-08T14:03:29Z""#)
    #expect(moment == .dateTime(instant))
    #expect(try encode(moment) == #""2026-01-08T14:03:29Z""#)
}

@Test func anIntegerNextToADateTimeAlternativeStaysAnInteger() throws {
    let moment = try decode(Moment.self, "1767881009")
    #expect(moment == .integer(1_767_881_009))
    #expect(try encode(moment) == "1767881009")
}

@Test func aDateAlternativeReadsACalendarDayAndANumberStaysANumber() throws {
    let day = try decode(Day.self, #""2026-02-28""#)
    #expect(try day == .date(CalendarDate(parsing: "2026-02-28")))
    #expect(try encode(day) == #""2026-02-28""#)
    #expect(try decode(Day.self, "1.5") == .number(1.5))
}

@Test func aValueThatFitsNoAlternativeFailsAtItsPath() throws {
    #expect(throws: JSONCodingError.self) { try decode(Moment.self, #""not a date""#) }
    #expect(throws: JSONCodingError.self) { try decode(Day.self, #""2026-02-30""#) }

    let error = try #require(throws: JSONCodingError.self) {
        try decode(Shape.self, #"{"id":"shp_1","name":"a","moment":true}"#)
    }
    #expect("\(error)".contains("moment"))
}

@Test func objectAlternativesAreToldApartByTheirKeys() throws {
    let card = try decode(Payment.self, #"{"number":"4242","expires":"2027-12-31"}"#)
    #expect(try card == .card(Card(number: "4242", expires: CalendarDate(parsing: "2027-12-31"))))

    let account = try decode(Payment.self, #"{"iban":"DE02","holder":"Ada"}"#)
    #expect(account == .bankAccount(BankAccount(iban: "DE02", holder: "Ada")))
    #expect(try encode(account) == #"{"holder":"Ada","iban":"DE02"}"#)
}

@Test func oneStringOrAnArrayOfStringsDecodesEitherWay() throws {
    #expect(try decode(Labels.self, #""red""#) == .string("red"))
    #expect(try decode(Labels.self, #"["red","blue"]"#) == .array(["red", "blue"]))
    #expect(try encode(Labels.array(["red", "blue"])) == #"["red","blue"]"#)
}
