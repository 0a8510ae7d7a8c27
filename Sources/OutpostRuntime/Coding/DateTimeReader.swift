/// A reader over the UTF-8 bytes of one RFC 3339 timestamp or full-date, used by the date parsers.
///
/// It reads fixed-width digit fields and separators, and reports the first byte that does not fit as a
/// ``DateSyntaxError`` naming what was expected there.
struct DateTimeReader {
    /// The bytes being read.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The offset of the next byte to read.
    var position = 0

    /// A Boolean value that indicates whether every byte has been read.
    var isAtEnd: Bool { position >= bytes.count }

    /// Reads exactly `count` decimal digits and returns their value.
    mutating func readDigits(_ count: Int, naming field: String) throws(DateSyntaxError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard position < bytes.count, case let digit = bytes[position] &- UInt8(ascii: "0"), digit < 10 else {
                throw DateSyntaxError(expected: "\(count) digits for the \(field)", offset: position)
            }
            value = value * 10 + Int(digit)
            position += 1
        }
        return value
    }

    /// Reads one byte that must be `byte` or `alternative`.
    mutating func expect(_ byte: UInt8, or alternative: UInt8? = nil, naming what: String) throws(DateSyntaxError) {
        guard position < bytes.count, bytes[position] == byte || bytes[position] == alternative else {
            throw DateSyntaxError(expected: what, offset: position)
        }
        position += 1
    }

    /// Reads the byte at the current position if it is `byte` or `alternative`, and returns whether it did.
    mutating func consume(_ byte: UInt8, or alternative: UInt8? = nil) -> Bool {
        guard position < bytes.count, bytes[position] == byte || bytes[position] == alternative else {
            return false
        }
        position += 1
        return true
    }

    /// Reads one or more fraction digits and returns the first nine as nanoseconds.
    mutating func readNanoseconds() throws(DateSyntaxError) -> Int {
        var nanoseconds = 0
        var digits = 0
        while position < bytes.count, case let digit = bytes[position] &- UInt8(ascii: "0"), digit < 10 {
            // Digits past the ninth are below a nanosecond: they are checked but not kept.
            if digits < 9 {
                nanoseconds = nanoseconds * 10 + Int(digit)
            }
            digits += 1
            position += 1
        }
        guard digits > 0 else {
            throw DateSyntaxError(expected: "a digit after the decimal point", offset: position)
        }

        for _ in digits..<max(digits, 9) {
            nanoseconds *= 10
        }
        return nanoseconds
    }
}

/// The first place where a date string departs from the grammar, and what was expected there.
struct DateSyntaxError: Error {
    /// What the grammar expected at ``offset``, such as "2 digits for the month".
    let expected: String

    /// The 0-based byte offset in the date string.
    let offset: Int
}
