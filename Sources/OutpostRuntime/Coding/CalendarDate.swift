/// A day on the calendar without a time or time zone, the value of an API field with `format: date`.
///
/// It is written `yyyy-MM-dd` in JSON and in ``description``, and only names days that exist, from year 0
/// to year 9999 of the proleptic Gregorian calendar. Dates order chronologically.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    /// The year, from 0 to 9999.
    public let year: Int

    /// The month, from 1 (January) to 12 (December).
    public let month: Int

    /// The day of the month, from 1 to the month's last day.
    public let day: Int

    /// Creates a calendar date, or returns `nil` when the day does not exist.
    ///
    /// - Parameters:
    ///   - year: The year, from 0 to 9999.
    ///   - month: The month, from 1 to 12.
    ///   - day: The day of the month, from 1 to the month's last day.
    public init?(year: Int, month: Int, day: Int) {
        guard CivilCalendar.isValid(year: year, month: month, day: day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a calendar date from `yyyy-MM-dd` text.
    ///
    /// - Parameter text: The date, such as `2026-12-04`.
    /// - Throws: ``JSONCodingError`` of kind `syntax` when the text is not `yyyy-MM-dd` or names a day that
    ///   does not exist; its message says what was expected and where.
    public init(parsing text: String) throws {
        var utf8 = text
        let parsed = utf8.withUTF8 { bytes in Result { () throws(DateSyntaxError) in try Self.parse(bytes) } }
        switch parsed {
        case .success(let date):
            self = date
        case .failure(let error):
            throw JSONCodingError(kind: .syntax, message: Self.describe(error, in: text))
        }
    }

    /// Creates a calendar date from `yyyy-MM-dd` text, or returns `nil` when the text is not a valid date.
    ///
    /// - Parameter description: The date, such as `2026-12-04`.
    public init?(_ description: String) {
        guard let date = try? CalendarDate(parsing: description) else { return nil }
        self = date
    }

    /// The date as `yyyy-MM-dd`.
    public var description: String {
        let digits =
            [year / 1000, year / 100 % 10, year / 10 % 10, year % 10, -1, month / 10, month % 10, -1]
            + [day / 10, day % 10]
        let bytes = digits.map { $0 < 0 ? UInt8(ascii: "-") : UInt8(ascii: "0") + UInt8($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Returns whether the first date is before the second.
    ///
    /// - Parameters:
    ///   - lhs: A date.
    ///   - rhs: Another date.
    /// - Returns: `true` when `lhs` is an earlier day than `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate {
    /// Parses the UTF-8 bytes of a `yyyy-MM-dd` date with nothing after it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateSyntaxError) -> CalendarDate {
        var reader = DateTimeReader(bytes: bytes)
        let fields = try readFields(&reader)
        guard reader.isAtEnd else {
            throw DateSyntaxError(expected: "the end of the date", offset: reader.position)
        }
        return fields
    }

    /// Reads a `yyyy-MM-dd` date at the reader's position and returns its day number from 1970-01-01.
    static func readDayNumber(_ reader: inout DateTimeReader) throws(DateSyntaxError) -> Int {
        let date = try readFields(&reader)
        return CivilCalendar.dayNumber(year: date.year, month: date.month, day: date.day)
    }

    /// Returns the message for a date that failed to parse: the grammar, the text, and the first problem.
    static func describe(_ error: DateSyntaxError, in text: String) -> String {
        "expected a date as yyyy-MM-dd such as 2026-12-04, found \"\(text)\" "
            + "(\(error.expected) at character \(error.offset + 1))"
    }

    /// Reads and checks the year, month and day fields.
    private static func readFields(_ reader: inout DateTimeReader) throws(DateSyntaxError) -> CalendarDate {
        let year = try reader.readDigits(4, naming: "year")
        try reader.expect(UInt8(ascii: "-"), naming: "'-' after the year")
        let monthStart = reader.position
        let month = try reader.readDigits(2, naming: "month")
        try reader.expect(UInt8(ascii: "-"), naming: "'-' after the month")
        let dayStart = reader.position
        let day = try reader.readDigits(2, naming: "day")

        guard (1...12).contains(month) else {
            throw DateSyntaxError(expected: "a month from 01 to 12", offset: monthStart)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            let last = CivilCalendar.daysInMonth(year: year, month: month)
            throw DateSyntaxError(expected: "a day from 01 to \(last) in that month", offset: dayStart)
        }
        return date
    }
}

extension CalendarDate: Codable {
    /// Creates a calendar date from a `yyyy-MM-dd` string.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the string is not a valid `yyyy-MM-dd` date, or
    ///   `DecodingError.typeMismatch` when the value is not a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CalendarDate(parsing: text)
        } catch let error as JSONCodingError {
            let context = DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message)
            throw DecodingError.dataCorrupted(context)
        }
    }

    /// Writes the date as a `yyyy-MM-dd` string.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
