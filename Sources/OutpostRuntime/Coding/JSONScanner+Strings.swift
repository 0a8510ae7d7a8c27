extension JSONScanner {
    /// Parses a string, checking its UTF-8 and escapes, and records where its content lies.
    mutating func scanString() throws(JSONSyntaxError) {
        let quote = position
        position += 1
        let start = position
        var isEscaped = false

        while true {
            skipPlainStringBytes()
            guard position < bytes.count else { break }

            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let kind: TapeKind = isEscaped ? .escapedString : .string
                tape.append(TapeEntry(kind: kind, start: start, length: position - start))
                position += 1
                return
            case UInt8(ascii: "\\"):
                isEscaped = true
                try scanEscape()
            case 0x80...:
                try scanMultibyteScalar()
            default:
                throw JSONSyntaxError(expected: "a control character in a string to be escaped", offset: position)
            }
        }
        throw JSONSyntaxError(expected: "'\"' to close the string that starts at byte \(quote + 1)", offset: position)
    }

    /// Advances past printable ASCII bytes other than quotes and backslashes, eight at a time while eight remain.
    @inline(__always)
    private mutating func skipPlainStringBytes() {
        guard let base = bytes.baseAddress else { return }

        // Each step loads eight bytes (all before `bytes.count`) and flags the lowest byte that is a quote, a
        // backslash, a control character or not ASCII; borrows only ever flag bytes above the lowest match.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while position + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            var flags = (quotes &- ones) & ~quotes
            flags |= (backslashes &- ones) & ~backslashes
            flags |= (word &- ones &* 0x20) & ~word
            flags = (flags | word) & highBits
            guard flags == 0 else {
                position += flags.trailingZeroBitCount / 8
                return
            }
            position += 8
        }

        while position < bytes.count {
            let byte = bytes[position]
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { return }
            position += 1
        }
    }

    /// Checks one backslash escape, including a `\u` surrogate pair, and advances past it.
    private mutating func scanEscape() throws(JSONSyntaxError) {
        let backslash = position
        position += 1
        switch peek() ?? 0 {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            try scanUnicodeEscape(startingAt: backslash)
        default:
            let escapes = #"one of \" \\ \/ \b \f \n \r \t \uXXXX after a backslash"#
            throw JSONSyntaxError(expected: escapes, offset: position)
        }
    }

    /// Checks a `\uXXXX` escape whose `u` is at `position`; a high surrogate must be followed by a low one.
    private mutating func scanUnicodeEscape(startingAt backslash: Int) throws(JSONSyntaxError) {
        position += 1
        let unit = try readHexQuad()

        switch unit {
        case 0xD800...0xDBFF:
            let pairStart = position
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            else {
                throw JSONSyntaxError(expected: "a \\uDC00–\\uDFFF escape after a high surrogate", offset: pairStart)
            }
            position += 2
            guard (0xDC00...0xDFFF).contains(try readHexQuad()) else {
                throw JSONSyntaxError(expected: "a \\uDC00–\\uDFFF escape after a high surrogate", offset: pairStart)
            }
        case 0xDC00...0xDFFF:
            throw JSONSyntaxError(expected: "a high surrogate escape before a low surrogate", offset: backslash)
        default:
            break
        }
    }

    /// Reads four hexadecimal digits and returns their value.
    func readHexQuadValue(at offset: Int) -> UInt16? {
        guard offset + 4 <= bytes.count else { return nil }

        var value: UInt16 = 0
        for index in offset..<offset + 4 {
            guard let digit = hexDigitValue(bytes[index]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Reads four hexadecimal digits at `position`, advances past them, and returns their value.
    private mutating func readHexQuad() throws(JSONSyntaxError) -> UInt16 {
        guard let value = readHexQuadValue(at: position) else {
            throw JSONSyntaxError(expected: "four hexadecimal digits after \\u", offset: position)
        }
        position += 4
        return value
    }

    /// Checks one multi-byte UTF-8 sequence at `position` and advances past it.
    ///
    /// The ranges of the second byte rule out overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    private mutating func scanMultibyteScalar() throws(JSONSyntaxError) {
        let lead = bytes[position]
        let length: Int
        let second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF:
            (length, second) = (2, 0x80...0xBF)
        case 0xE0:
            (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF:
            (length, second) = (3, 0x80...0xBF)
        case 0xED:
            (length, second) = (3, 0x80...0x9F)
        case 0xF0:
            (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3:
            (length, second) = (4, 0x80...0xBF)
        case 0xF4:
            (length, second) = (4, 0x80...0x8F)
        default:
            throw JSONSyntaxError(expected: "valid UTF-8", offset: position)
        }

        guard position + length <= bytes.count, second.contains(bytes[position + 1]) else {
            throw JSONSyntaxError(expected: "valid UTF-8", offset: position)
        }
        for index in position + 2..<position + length where bytes[index] & 0xC0 != 0x80 {
            throw JSONSyntaxError(expected: "valid UTF-8", offset: position)
        }
        position += length
    }
}

/// Returns the value of an ASCII hexadecimal digit, or `nil` for any other byte.
@inline(__always)
func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
        return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"):
        return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"):
        return byte - UInt8(ascii: "A") + 10
    default:
        return nil
    }
}
