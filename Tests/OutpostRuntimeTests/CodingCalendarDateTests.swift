import Foundation
import OutpostRuntime
import Testing

@Test func parsesAndPrintsYearMonthDay() throws {
    let date = try CalendarDate(parsing: "2024-02-29")

    #expect(date.year == 2024)
    #expect(date.month == 2)
    #expect(date.day == 29)
    #expect(date.description == "2024-02-29")
    #expect(CalendarDate(year: 7, month: 1, day: 5)?.description == "0007-01-05")
}

@Test func refusesDaysThatDoNotExist() {
    #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2026, month: 4, day: 31) == nil)
    #expect(CalendarDate(year: 2026, month: 0, day: 1) == nil)
    #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
    #expect(CalendarDate("2026-12-4") == nil)
}

@Test(arguments: [
    ("2025-02-29", "a day from 01 to 28 in that month at character 9"),
    ("2026-00-10", "a month from 01 to 12 at character 6"),
    ("2026/12/04", "'-' after the year at character 5"),
    ("2026-12-04T00:00:00Z", "the end of the date at character 11"),
])
func explainsInvalidText(_ text: String, _ problem: String) throws {
    let error = try #require(throws: JSONCodingError.self) { try CalendarDate(parsing: text) }

    #expect(error.message == "expected a date as yyyy-MM-dd such as 2026-12-04, found \"\(text)\" (\(problem))")
}

@Test func ordersChronologically() throws {
    let dates = try ["2026-12-04", "2025-12-31", "2026-01-15"].map { try CalendarDate(parsing: $0) }

    #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-15", "2026-12-04"])
}

@Test func codesAsAString() throws {
    struct Holder: Codable, Equatable {
        var day: CalendarDate
    }
    let holder = Holder(day: try CalendarDate(parsing: "2026-12-04"))

    let data = try JSONCoding.encode(holder)

    #expect(String(decoding: data, as: UTF8.self) == #"{"day":"2026-12-04"}"#)
    #expect(try JSONCoding.decode(Holder.self, from: data) == holder)
    #expect(try JSONDecoder().decode(Holder.self, from: data) == holder)
}

@Test func reportsAnInvalidDateWithItsPath() throws {
    struct Holder: Decodable {
        var day: CalendarDate
    }

    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Holder.self, from: Data(#"{"day":"2026-02-30"}"#.utf8))
    }

    #expect(error.kind == .invalidValue)
    #expect(error.codingPath == "day")
    #expect(error.message.contains("a day from 01 to 28 in that month"))
}
