import Foundation

/// The RFC 3339 timestamp format the API uses for every `date-time` field.
///
/// Parsing accepts `yyyy-MM-ddTHH:mm:ss`, an optional fraction of any length (the first nine digits are
/// kept, so nanoseconds are read exactly and `Date` keeps them to its own precision, better than a microsecond
/// for present-day dates), and `Z` or any `±hh:mm` offset; `t` and `z` may be lowercase. A leap second (`:60`)
/// is read as the first second of the next minute. Formatting always writes UTC with `Z`, and writes a fraction
/// only when it is non-zero, to microsecond precision with trailing zeros removed:
/// `2026-12-04T16:08:00Z`, `2026-12-04T16:08:00.123456Z`.
///
/// Both directions work on bytes without `DateFormatter` or `ISO8601FormatStyle`.
public enum RFC3339 {
    /// The grammar named in parse errors.
    static let expectedForm = "an RFC 3339 date-time such as 2026-12-04T16:08:00Z or 2026-12-04T16:08:00.5+01:00"

    /// Parses an RFC 3339 date-time.
    ///
    /// - Parameter text: The timestamp, such as `2026-12-04T16:08:00.123Z` or `2026-12-04T17:08:00+01:00`.
    /// - Returns: The instant the timestamp names.
    /// - Throws: ``JSONCodingError`` of kind `syntax` when the text is not an RFC 3339 date-time or names a
    ///   day, hour, minute or offset that does not exist; its message says what was expected and where.
    public static func parseDate(_ text: String) throws -> Date {
        var utf8 = text
        let parsed = utf8.withUTF8 { bytes in Result { () throws(DateSyntaxError) in try parseDate(bytes) } }
        switch parsed {
        case .success(let date):
            return date
        case .failure(let error):
            throw JSONCodingError(kind: .syntax, message: describe(error, in: text))
        }
    }

    /// Formats a date as an RFC 3339 date-time in UTC.
    ///
    /// A date before year 0 or after year 9999 cannot be written in this format, and is clamped to the
    /// first or last second of that range; a non-finite date is written as 1970-01-01T00:00:00Z.
    ///
    /// - Parameter date: The instant to format.
    /// - Returns: The timestamp, with a fraction only when the date has a non-zero microsecond part.
    public static func formatDate(_ date: Date) -> String {
        let microseconds = clampedMicroseconds(since1970: date.timeIntervalSince1970)
        let (seconds, fraction) = floorDivide(microseconds, 1_000_000)
        let (days, secondOfDay) = floorDivide(seconds, Int64(CivilCalendar.secondsPerDay))
        let civil = CivilCalendar.civilDay(fromDayNumber: Int(days))

        var digits = TimestampWriter()
        digits.append(civil.year, width: 4, then: "-")
        digits.append(civil.month, width: 2, then: "-")
        digits.append(civil.day, width: 2, then: "T")
        digits.append(Int(secondOfDay / 3600), width: 2, then: ":")
        digits.append(Int(secondOfDay / 60 % 60), width: 2, then: ":")
        digits.append(Int(secondOfDay % 60), width: 2, then: nil)
        digits.appendFraction(microseconds: Int(fraction))
        digits.bytes.append(UInt8(ascii: "Z"))
        return String(decoding: digits.bytes, as: UTF8.self)
    }

    /// Parses the UTF-8 bytes of an RFC 3339 date-time.
    ///
    /// - Throws: ``DateSyntaxError`` at the first byte that does not fit, or at the field that is out of range.
    static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) throws(DateSyntaxError) -> Date {
        var reader = DateTimeReader(bytes: bytes)
        let day = try CalendarDate.readDayNumber(&reader)
        try reader.expect(UInt8(ascii: "T"), or: UInt8(ascii: "t"), naming: "'T' between the date and the time")

        let timeStart = reader.position
        let hour = try reader.readDigits(2, naming: "hour")
        try reader.expect(UInt8(ascii: ":"), naming: "':' after the hour")
        let minute = try reader.readDigits(2, naming: "minute")
        try reader.expect(UInt8(ascii: ":"), naming: "':' after the minute")
        let second = try reader.readDigits(2, naming: "second")
        guard hour < 24, minute < 60, second <= 60 else {
            throw DateSyntaxError(expected: "a time from 00:00:00 to 23:59:60", offset: timeStart)
        }

        let nanoseconds = reader.consume(UInt8(ascii: ".")) ? try reader.readNanoseconds() : 0
        let offsetSeconds = try readOffset(&reader)
        guard reader.isAtEnd else {
            throw DateSyntaxError(expected: "the end of the date-time", offset: reader.position)
        }

        let seconds = day * CivilCalendar.secondsPerDay + hour * 3600 + minute * 60 + second - offsetSeconds
        let sinceReference = Double(seconds - CivilCalendar.secondsFrom1970To2001) + Double(nanoseconds) / 1e9
        return Date(timeIntervalSinceReferenceDate: sinceReference)
    }

    /// Reads `Z` or a `±hh:mm` offset and returns it in seconds east of UTC.
    private static func readOffset(_ reader: inout DateTimeReader) throws(DateSyntaxError) -> Int {
        if reader.consume(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) {
            return 0
        }

        let signOffset = reader.position
        let sign: Int
        if reader.consume(UInt8(ascii: "+")) {
            sign = 1
        } else if reader.consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            throw DateSyntaxError(expected: "'Z' or a '+hh:mm' or '-hh:mm' offset", offset: signOffset)
        }

        let hours = try reader.readDigits(2, naming: "offset hours")
        try reader.expect(UInt8(ascii: ":"), naming: "':' in the offset")
        let minutes = try reader.readDigits(2, naming: "offset minutes")
        guard hours < 24, minutes < 60 else {
            throw DateSyntaxError(expected: "an offset from -23:59 to +23:59", offset: signOffset)
        }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Returns the message for a date that failed to parse: the grammar, the text, and the first problem.
    static func describe(_ error: DateSyntaxError, in text: String) -> String {
        "expected \(expectedForm), found \"\(text)\" (\(error.expected) at character \(error.offset + 1))"
    }

    /// Returns microseconds since 1970 rounded to the nearest, clamped to years 0 through 9999.
    private static func clampedMicroseconds(since1970 interval: Double) -> Int64 {
        guard interval.isFinite else { return 0 }

        // Bound the seconds first, where the limits are exact doubles, then the microseconds as integers.
        let seconds = min(max(interval, -62_167_219_200), 253_402_300_800)  // 0000-01-01 and 10000-01-01
        let microseconds = Int64((seconds * 1_000_000).rounded())
        return min(microseconds, 253_402_300_799_999_999)
    }

    /// Returns the quotient rounded toward negative infinity, and the non-negative remainder.
    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}

/// A small byte buffer that writes the zero-padded fields of a timestamp.
private struct TimestampWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(32)
    }

    /// Appends `value` zero-padded to `width` digits, then an optional separator.
    mutating func append(_ value: Int, width: Int, then separator: Unicode.Scalar?) {
        var divisor = 1
        for _ in 1..<width {
            divisor *= 10
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
        if let separator {
            bytes.append(UInt8(ascii: separator))
        }
    }

    /// Appends `.` and the microseconds without trailing zeros, or nothing when they are zero.
    mutating func appendFraction(microseconds: Int) {
        guard microseconds > 0 else { return }

        var value = microseconds
        var width = 6
        while value % 10 == 0 {
            value /= 10
            width -= 1
        }
        bytes.append(UInt8(ascii: "."))
        append(value, width: width, then: nil)
    }
}
