import Foundation

extension TapeDocument {
    /// Returns the Boolean at `index`.
    func readBool(at index: Int) throws -> Bool {
        switch tape[index].kind {
        case .true:
            return true
        case .false:
            return false
        default:
            throw mismatch(Bool.self, expected: "a Boolean", at: index)
        }
    }

    /// Returns the string at `index`.
    func readString(at index: Int) throws -> String {
        let entry = tape[index]
        switch entry.kind {
        case .string:
            return plainString(entry)
        case .escapedString:
            return unescapedString(entry)
        default:
            throw mismatch(String.self, expected: "a string", at: index)
        }
    }

    /// Returns the integer at `index`, which must be exactly representable as `Integer`.
    ///
    /// A number written with a fraction or exponent is accepted when its value is integral, as in `2.0`.
    func readInteger<Integer: FixedWidthInteger>(_ type: Integer.Type, at index: Int) throws -> Integer {
        let entry = tape[index]
        switch entry.kind {
        case .integer:
            if let value = NumberText.integer(text(of: entry), as: type) {
                return value
            }
        case .number:
            if let double = NumberText.double(text(of: entry)), let value = Integer(exactly: double) {
                return value
            }
        default:
            throw mismatch(type, expected: "a number", at: index)
        }
        throw corrupted("expected a number that fits in \(type), found \(numberText(entry))", at: index)
    }

    /// Returns the number at `index` as a `Double`, rounded to the nearest representable value.
    func readDouble(at index: Int) throws -> Double {
        let entry = tape[index]
        guard entry.kind == .integer || entry.kind == .number else {
            throw mismatch(Double.self, expected: "a number", at: index)
        }
        guard let value = NumberText.double(text(of: entry)) else {
            throw corrupted("expected a number within the range of Double, found \(numberText(entry))", at: index)
        }
        return value
    }

    /// Returns the number at `index` as a `Float`, rounded to the nearest representable value.
    func readFloat(at index: Int) throws -> Float {
        let entry = tape[index]
        guard entry.kind == .integer || entry.kind == .number else {
            throw mismatch(Float.self, expected: "a number", at: index)
        }
        guard let value = Float(numberText(entry)), value.isFinite else {
            throw corrupted("expected a number within the range of Float, found \(numberText(entry))", at: index)
        }
        return value
    }

    /// Returns the exact decimal value of the number at `index`.
    func readDecimal(at index: Int) throws -> Decimal {
        let entry = tape[index]
        guard entry.kind == .integer || entry.kind == .number else {
            throw mismatch(Decimal.self, expected: "a number", at: index)
        }
        guard let value = Decimal(string: numberText(entry), locale: Locale(identifier: "en_US_POSIX")) else {
            throw corrupted("expected a number within the range of Decimal, found \(numberText(entry))", at: index)
        }
        return value
    }

    /// Returns the RFC 3339 date-time at `index`, parsed from the input bytes.
    func readDate(at index: Int) throws -> Date {
        let entry = tape[index]
        guard entry.kind == .string else {
            return try RFC3339.parseDate(readString(at: index))
        }
        do {
            return try RFC3339.parseDate(text(of: entry))
        } catch {
            throw corrupted(RFC3339.describe(error, in: try readString(at: index)), at: index)
        }
    }

    /// Returns the `yyyy-MM-dd` date at `index`, parsed from the input bytes.
    func readCalendarDate(at index: Int) throws -> CalendarDate {
        let entry = tape[index]
        guard entry.kind == .string else {
            return try CalendarDate(parsing: readString(at: index))
        }
        do {
            return try CalendarDate.parse(text(of: entry))
        } catch {
            throw corrupted(CalendarDate.describe(error, in: try readString(at: index)), at: index)
        }
    }

    /// Returns the number's text as written in the input.
    func numberText(_ entry: TapeEntry) -> String {
        String(decoding: text(of: entry), as: UTF8.self)
    }

    /// Returns the error for a value of the wrong kind: `valueNotFound` for `null`, else `typeMismatch`.
    func mismatch(_ type: Any.Type, expected: String, at index: Int) -> DecodingError {
        let found = tape[index].kind
        let context = DecodingError.Context(
            codingPath: codingPath(to: index),
            debugDescription: "expected \(expected), found \(found.phrase)"
        )
        return found == .null ? .valueNotFound(type, context) : .typeMismatch(type, context)
    }

    /// Returns the error for a value of the right kind whose content the type does not accept.
    func corrupted(_ message: String, at index: Int) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath(to: index), debugDescription: message))
    }
}
