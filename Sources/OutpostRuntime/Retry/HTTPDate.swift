import Foundation

/// Parses the three date formats HTTP allows (RFC 9110, section 5.6.7), without locale or calendar lookups.
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Returns the date written in IMF-fixdate, RFC 850 or asctime form, or `nil` when the text is none of them.
    ///
    /// A two-digit RFC 850 year more than 50 years after `now` is taken to be in the previous century.
    static func parse(_ text: String, now: Date) -> Date? {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let first = tokens.first else { return nil }

        if first.hasSuffix(",") {
            if tokens.count == 6, tokens[5] == "GMT" {
                return make(day: tokens[1], month: tokens[2], year: tokens[3], time: tokens[4])
            }
            guard tokens.count == 4, tokens[3] == "GMT" else { return nil }
            let parts = tokens[1].split(separator: "-").map(String.init)
            guard parts.count == 3, parts[2].count == 2, let shortYear = Int(parts[2]) else { return nil }
            let year = fullYear(shortYear, now: now)
            return make(day: parts[0], month: parts[1], year: String(year), time: tokens[2])
        }

        guard tokens.count == 5 else { return nil }
        return make(day: tokens[2], month: tokens[1], year: tokens[4], time: tokens[3])
    }

    private static func make(day: String, month: String, year: String, time: String) -> Date? {
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard
            let day = Int(day), (1...31).contains(day),
            let monthIndex = months.firstIndex(of: month.lowercased()),
            year.count == 4, let year = Int(year),
            clock.count == 3, (0...23).contains(clock[0]), (0...59).contains(clock[1]), (0...60).contains(clock[2])
        else {
            return nil
        }

        let days = daysSinceEpoch(year: year, month: monthIndex + 1, day: day)
        let seconds = days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func fullYear(_ shortYear: Int, now: Date) -> Int {
        let currentYear = Int(1970 + now.timeIntervalSince1970 / 31_556_952)
        var year = currentYear - currentYear % 100 + shortYear
        if year > currentYear + 50 {
            year -= 100
        }
        return year
    }

    /// Returns the number of days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
