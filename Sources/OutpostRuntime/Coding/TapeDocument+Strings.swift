extension TapeDocument {
    /// Returns a string's content with its escapes replaced; the scanner has already checked them.
    func unescapedString(_ entry: TapeEntry) -> String {
        let source = text(of: entry)
        guard entry.kind == .escapedString else {
            return plainString(entry)
        }

        var output: [UInt8] = []
        output.reserveCapacity(source.count)
        var position = 0
        while position < source.count {
            let byte = source[position]
            guard byte == UInt8(ascii: "\\"), position + 1 < source.count else {
                output.append(byte)
                position += 1
                continue
            }

            let escape = source[position + 1]
            position += 2
            guard escape == UInt8(ascii: "u") else {
                output.append(Self.unescapedByte(escape))
                continue
            }
            let scalar = Self.decodeUnicodeEscape(in: source, at: &position)
            UTF8.encode(scalar) { output.append($0) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns the byte a one-letter escape stands for.
    private static func unescapedByte(_ escape: UInt8) -> UInt8 {
        switch escape {
        case UInt8(ascii: "b"):
            return 0x08
        case UInt8(ascii: "f"):
            return 0x0C
        case UInt8(ascii: "n"):
            return 0x0A
        case UInt8(ascii: "r"):
            return 0x0D
        case UInt8(ascii: "t"):
            return 0x09
        default:
            return escape
        }
    }

    /// Decodes the hex digits of a `\u` escape at `position`, and of its low surrogate when it has one.
    private static func decodeUnicodeEscape(in source: UnsafeBufferPointer<UInt8>, at position: inout Int)
        -> Unicode.Scalar
    {
        let high = hexQuad(in: source, at: position)
        position += 4
        guard (0xD800...0xDBFF).contains(high) else {
            return Unicode.Scalar(high) ?? "\u{FFFD}"
        }

        // The scanner guarantees that a `\uDC00`–`\uDFFF` escape follows a high surrogate.
        let low = hexQuad(in: source, at: position + 2)
        position += 6
        let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Returns the value of four hexadecimal digits, treating anything else as zero.
    private static func hexQuad(in source: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt16 {
        var value: UInt16 = 0
        for index in position..<min(position + 4, source.count) {
            value = value << 4 | UInt16(hexDigitValue(source[index]) ?? 0)
        }
        return value
    }
}
