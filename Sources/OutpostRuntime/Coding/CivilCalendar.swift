/// Day arithmetic on the proleptic Gregorian calendar in UTC, shared by the date-time and date-only types.
///
/// Day numbers count from 1970-01-01 (day 0); the conversions are exact integer formulas over 400-year eras,
/// so they need no `Calendar` and no time zone database.
enum CivilCalendar {
    /// Seconds in one day.
    static let secondsPerDay = 86_400

    /// Seconds between 1970-01-01 and Foundation's reference date, 2001-01-01.
    static let secondsFrom1970To2001 = 978_307_200

    /// Returns whether `year` is a leap year.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Returns the number of days in `month` (1–12) of `year`.
    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Returns whether year, month and day name a real day from year 0 to 9999.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (0...9999).contains(year), (1...12).contains(month) else { return false }
        return (1...daysInMonth(year: year, month: month)).contains(day)
    }

    /// Returns the day number, counted from 1970-01-01, of a valid calendar day.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Count years from March so that the leap day falls at the end of each counted year.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Returns the calendar day of a day number counted from 1970-01-01.
    static func civilDay(fromDayNumber dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153

        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
