/// Percent-encoding for path segments and query components (RFC 3986).
enum PercentEncoding {
    /// Returns the text with every byte outside the unreserved set (`A-Z a-z 0-9 - . _ ~`) percent-encoded.
    static func encode(_ text: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0x0F)
            }
        }
        return encoded
    }

    /// Returns the text encoded as exactly one path segment, so `.` and `..` cannot act as dot-segments.
    static func encodeSegment(_ text: String) -> String {
        switch text {
        case ".":
            return "%2E"
        case "..":
            return "%2E%2E"
        default:
            return encode(text)
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
    }
}
