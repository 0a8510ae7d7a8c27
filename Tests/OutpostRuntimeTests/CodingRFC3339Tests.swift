import Foundation
import OutpostRuntime
import Testing

/// 2026-12-04T16:08:00Z as seconds since 1970.
private let baseSeconds = 1_796_400_480.0

struct DateFractionCase: CustomTestStringConvertible, Sendable {
    let text: String
    let fraction: Double
    var testDescription: String { text }
}

@Test(arguments: [
    DateFractionCase(text: "2026-12-04T16:08:00Z", fraction: 0),
    DateFractionCase(text: "2026-12-04T16:08:00.5Z", fraction: 0.5),
    DateFractionCase(text: "2026-12-04T16:08:00.123Z", fraction: 0.123),
    DateFractionCase(text: "2026-12-04T16:08:00.123456Z", fraction: 0.123_456),
    DateFractionCase(text: "2026-12-04T16:08:00.123456789Z", fraction: 0.123_456_789),
    DateFractionCase(text: "2026-12-04T16:08:00.1234567891234Z", fraction: 0.123_456_789),
])
func parsesFractionsOfAnyLength(_ example: DateFractionCase) throws {
    let date = try RFC3339.parseDate(example.text)

    #expect(abs(date.timeIntervalSince1970 - (baseSeconds + example.fraction)) < 1e-6)
}

@Test func parsesMicrosecondsExactly() throws {
    let date = try RFC3339.parseDate("2026-12-04T16:08:00.000001Z")
    let microseconds = (date.timeIntervalSince1970 - baseSeconds) * 1_000_000

    #expect(abs(microseconds - 1) < 0.2)
}

@Test(arguments: [
    "2026-12-04T17:08:00+01:00",
    "2026-12-04T10:38:00-05:30",
    "2026-12-05T01:08:00+09:00",
    "2026-12-04t16:08:00z",
    "2026-12-04T16:08:00+00:00",
    "2026-12-04T16:08:00-00:00",
])
func appliesOffsetsAndToleratesLowercase(_ text: String) throws {
    let date = try RFC3339.parseDate(text)

    #expect(date.timeIntervalSince1970 == baseSeconds)
}

@Test func readsALeapSecondAsTheNextMinute() throws {
    let date = try RFC3339.parseDate("2016-12-31T23:59:60Z")

    #expect(RFC3339.formatDate(date) == "2017-01-01T00:00:00Z")
}

@Test func formatsInUTCWithAFractionOnlyWhenNonZero() throws {
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: baseSeconds)) == "2026-12-04T16:08:00Z")
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: baseSeconds + 0.5)) == "2026-12-04T16:08:00.5Z")
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: baseSeconds + 0.123_456)) == "2026-12-04T16:08:00.123456Z")
    #expect(RFC3339.formatDate(try RFC3339.parseDate("2026-12-04T17:08:00.25+01:00")) == "2026-12-04T16:08:00.25Z")
}

@Test func formatsDatesBeforeTheEpochAndAtTheEdgesOfTheCalendar() {
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.5Z")
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    #expect(RFC3339.formatDate(.distantFuture) == "4001-01-01T00:00:00Z")
    #expect(RFC3339.formatDate(Date(timeIntervalSince1970: 1e15)) == "9999-12-31T23:59:59.999999Z")
}

@Test func roundTripsThroughFormatAndParse() throws {
    for text in ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "1999-12-31T12:00:00.000123Z"] {
        #expect(RFC3339.formatDate(try RFC3339.parseDate(text)) == text)
    }
}

struct InvalidDateTimeCase: CustomTestStringConvertible, Sendable {
    let text: String
    let problem: String
    var testDescription: String { text }
}

@Test(arguments: [
    InvalidDateTimeCase(text: "2026-12-04", problem: "'T' between the date and the time at character 11"),
    InvalidDateTimeCase(text: "2026-12-04T16:08:00", problem: "'Z' or a '+hh:mm' or '-hh:mm' offset at character 20"),
    InvalidDateTimeCase(text: "2026-13-04T16:08:00Z", problem: "a month from 01 to 12 at character 6"),
    InvalidDateTimeCase(text: "2025-02-29T16:08:00Z", problem: "a day from 01 to 28 in that month at character 9"),
    InvalidDateTimeCase(text: "2026-12-04T24:00:00Z", problem: "a time from 00:00:00 to 23:59:60 at character 12"),
    InvalidDateTimeCase(text: "2026-12-04T16:08:00.Z", problem: "a digit after the decimal point at character 21"),
    InvalidDateTimeCase(text: "2026-12-04T16:08:00+0100", problem: "':' in the offset at character 23"),
    InvalidDateTimeCase(text: "2026-12-04T16:08:00+24:00", problem: "an offset from -23:59 to +23:59 at character 20"),
    InvalidDateTimeCase(text: "2026-12-04T16:08:00Zjunk", problem: "the end of the date-time at character 21"),
    InvalidDateTimeCase(text: "26-12-04T16:08:00Z", problem: "4 digits for the year at character 3"),
    InvalidDateTimeCase(text: "", problem: "4 digits for the year at character 1"),
])
func rejectsInvalidDatesSayingWhatWasExpected(_ example: InvalidDateTimeCase) throws {
    let error = try #require(throws: JSONCodingError.self) { try RFC3339.parseDate(example.text) }

    #expect(error.kind == .syntax)
    #expect(error.message.hasPrefix("expected an RFC 3339 date-time such as 2026-12-04T16:08:00Z"))
    #expect(error.message.hasSuffix("found \"\(example.text)\" (\(example.problem))"))
}
