/// A single-pass JSON parser over UTF-8 bytes that records every value on a tape of ``TapeEntry``.
///
/// It validates the whole grammar of RFC 8259 as it goes: UTF-8 (no overlong forms, surrogates or code
/// points past U+10FFFF), string escapes with paired surrogates, number syntax, and a nesting limit so that
/// deep input is an error instead of a stack overflow. Strings and numbers are not converted here; the
/// decoder converts only the values a type asks for.
struct JSONScanner {
    /// The input. Every read is preceded by a check against `bytes.count`.
    let bytes: UnsafeBufferPointer<UInt8>

    /// The deepest nesting of arrays and objects allowed.
    let maximumDepth: Int

    /// The offset of the next byte to read.
    var position = 0

    /// The current nesting of arrays and objects.
    var depth = 0

    /// The entries recorded so far.
    var tape: [TapeEntry] = []

    /// Creates a scanner over `bytes`.
    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Parses one JSON value surrounded by optional whitespace and returns its tape.
    mutating func scanDocument() throws(JSONSyntaxError) -> [TapeEntry] {
        guard bytes.count < Int(UInt32.max) else {
            throw JSONSyntaxError(expected: "input smaller than 4 GiB", offset: 0)
        }
        tape.reserveCapacity(bytes.count / 8 + 4)

        skipWhitespace()
        try scanValue()
        skipWhitespace()
        guard position == bytes.count else {
            throw JSONSyntaxError(expected: "the end of the input after the top-level value", offset: position)
        }
        return tape
    }

    /// Returns the byte at `position`, or `nil` at the end of the input.
    @inline(__always)
    func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Advances past spaces, tabs, line feeds and carriage returns.
    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09:
                position += 1
            default:
                return
            }
        }
    }

    /// Parses the value that starts at `position`.
    mutating func scanValue() throws(JSONSyntaxError) {
        switch peek() ?? 0 {
        case UInt8(ascii: "{"):
            try scanObject()
        case UInt8(ascii: "["):
            try scanArray()
        case UInt8(ascii: "\""):
            try scanString()
        case UInt8(ascii: "t"):
            try scanLiteral("true", kind: .true)
        case UInt8(ascii: "f"):
            try scanLiteral("false", kind: .false)
        case UInt8(ascii: "n"):
            try scanLiteral("null", kind: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
        default:
            throw JSONSyntaxError(expected: "a JSON value", offset: position)
        }
    }

    /// Parses `true`, `false` or `null`.
    private mutating func scanLiteral(_ word: StaticString, kind: TapeKind) throws(JSONSyntaxError) {
        let start = position
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else {
            throw JSONSyntaxError(expected: "'\(word)'", offset: start)
        }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
            throw JSONSyntaxError(expected: "'\(word)'", offset: start)
        }

        position += count
        tape.append(TapeEntry(kind: kind, start: start))
    }

    /// Parses an object and its members; the object's entry is completed once its end is known.
    private mutating func scanObject() throws(JSONSyntaxError) {
        let entryIndex = try openContainer(kind: .object)
        var count = 0

        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return closeContainer(at: entryIndex, count: count)
        }
        while true {
            guard peek() == UInt8(ascii: "\"") else {
                throw JSONSyntaxError(expected: count == 0 ? "a string key or '}'" : "a string key", offset: position)
            }
            try scanString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else {
                throw JSONSyntaxError(expected: "':' after an object key", offset: position)
            }
            position += 1
            skipWhitespace()
            try scanValue()
            count += 1

            skipWhitespace()
            switch peek() ?? 0 {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "}"):
                position += 1
                return closeContainer(at: entryIndex, count: count)
            default:
                throw JSONSyntaxError(expected: "',' or '}' after an object member", offset: position)
            }
        }
    }

    /// Parses an array and its elements; the array's entry is completed once its end is known.
    private mutating func scanArray() throws(JSONSyntaxError) {
        let entryIndex = try openContainer(kind: .array)
        var count = 0

        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return closeContainer(at: entryIndex, count: count)
        }
        while true {
            try scanValue()
            count += 1

            skipWhitespace()
            switch peek() ?? 0 {
            case UInt8(ascii: ","):
                position += 1
                skipWhitespace()
            case UInt8(ascii: "]"):
                position += 1
                return closeContainer(at: entryIndex, count: count)
            default:
                throw JSONSyntaxError(expected: "',' or ']' after an array element", offset: position)
            }
        }
    }

    /// Checks the nesting limit, records a placeholder entry for a container, and returns its index.
    private mutating func openContainer(kind: TapeKind) throws(JSONSyntaxError) -> Int {
        guard depth < maximumDepth else {
            throw JSONSyntaxError(expected: "at most \(maximumDepth) nested arrays and objects", offset: position)
        }
        depth += 1

        tape.append(TapeEntry(kind: kind, start: position))
        position += 1
        return tape.count - 1
    }

    /// Completes a container's entry with its element count and end.
    private mutating func closeContainer(at entryIndex: Int, count: Int) {
        depth -= 1
        tape[entryIndex].length = UInt32(truncatingIfNeeded: count)
        tape[entryIndex].end = UInt32(truncatingIfNeeded: tape.count)
    }

    /// Parses a number as RFC 8259 defines it and records its text.
    private mutating func scanNumber() throws(JSONSyntaxError) {
        let start = position
        var isInteger = true

        if peek() == UInt8(ascii: "-") {
            position += 1
        }
        if peek() == UInt8(ascii: "0") {
            position += 1
            if let byte = peek(), isDigit(byte) {
                throw JSONSyntaxError(expected: "no leading zeros in a number", offset: position)
            }
        } else {
            try scanDigits(naming: "a digit")
        }

        if peek() == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            try scanDigits(naming: "a digit after the decimal point")
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                position += 1
            }
            try scanDigits(naming: "a digit in the exponent")
        }

        tape.append(TapeEntry(kind: isInteger ? .integer : .number, start: start, length: position - start))
    }

    /// Reads one or more decimal digits.
    private mutating func scanDigits(naming what: String) throws(JSONSyntaxError) {
        guard let first = peek(), isDigit(first) else {
            throw JSONSyntaxError(expected: what, offset: position)
        }
        position += 1
        while let byte = peek(), isDigit(byte) {
            position += 1
        }
    }

    /// Returns whether `byte` is an ASCII decimal digit.
    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
