/// Checking header fields before they are sent, so that no value can end its field early and inject others.
extension HTTPHeaders {
    /// Returns a sentence saying which field cannot be sent safely, or `nil` when every field can.
    ///
    /// A name must be a non-empty RFC 9110 token, so it holds no space, colon, control character or line break;
    /// a value must hold no CR, LF or NUL. The sentence names a field by the part of its name before the first
    /// character that is not allowed, and never quotes a value, so injected text reaches no error or log.
    ///
    /// - Returns: The sentence, or `nil`.
    func unsafeFieldProblem() -> String? {
        for field in fields {
            if let problem = Self.nameProblem(field.name) ?? Self.valueProblem(field) {
                return problem
            }
        }
        return nil
    }

    /// Returns whether a header value would end its field early: it holds a CR, an LF or a NUL.
    ///
    /// - Parameter value: The value.
    /// - Returns: `true` when the value holds a line break or a NUL.
    static func hasLineBreak(_ value: String) -> Bool {
        value.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x00 }
    }

    private static func nameProblem(_ name: String) -> String? {
        guard !name.isEmpty else {
            return "A header field has an empty name; give every header field a name."
        }
        guard let bad = name.utf8.firstIndex(where: { !isTokenCharacter($0) }) else { return nil }

        let start = String(decoding: name.utf8[..<bad], as: UTF8.self)
        let kind = hasLineBreak(name) ? "a line break (CR or LF) or NUL" : "a character not allowed in a name"
        return "The name of the header \(start)… contains \(kind); use only letters, digits and !#$%&'*+-.^_`|~."
    }

    private static func valueProblem(_ field: Field) -> String? {
        guard hasLineBreak(field.value) else { return nil }
        return "The header \(field.name) contains a line break (CR or LF) or NUL in its value; remove it."
    }

    /// Returns whether a byte may appear in an RFC 9110 token: a letter, a digit or one of ``!#$%&'*+-.^_`|~``.
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
