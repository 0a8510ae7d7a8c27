/// The kind of one entry of a parsed JSON tape.
enum TapeKind: UInt8 {
    case null
    case `true`
    case `false`
    /// A number without fraction or exponent.
    case integer
    /// A number with a fraction or an exponent.
    case number
    /// A string whose bytes need no unescaping.
    case string
    /// A string with at least one backslash escape.
    case escapedString
    case array
    case object

    /// The kind's name as error messages use it after "found".
    var phrase: String {
        switch self {
        case .null:
            return "null"
        case .true, .false:
            return "a Boolean"
        case .integer, .number:
            return "a number"
        case .string, .escapedString:
            return "a string"
        case .array:
            return "an array"
        case .object:
            return "an object"
        }
    }
}

/// One value of a parsed JSON document, in document order.
///
/// An object is followed by its members as key, value, key, value; an array by its elements. Scalars keep
/// their place in the input instead of a converted value, so numbers stay exact until a type asks for them
/// and strings are only copied when they are decoded. Sixteen bytes, so a 340 KB page fits in a few hundred
/// kilobytes of tape.
struct TapeEntry {
    /// What the value is.
    var kind: TapeKind

    /// The byte offset where the value starts; for a string, the first byte after the opening quote.
    var start: UInt32

    /// Bytes of a string's content or a number's text; members of an object or elements of an array.
    var length: UInt32

    /// For an array or object, the tape index just past its last descendant; unused for scalars.
    var end: UInt32

    /// Creates an entry from offsets that the scanner has checked fit in 32 bits.
    init(kind: TapeKind, start: Int, length: Int = 0, end: Int = 0) {
        self.kind = kind
        self.start = UInt32(truncatingIfNeeded: start)
        self.length = UInt32(truncatingIfNeeded: length)
        self.end = UInt32(truncatingIfNeeded: end)
    }

    /// A Boolean value that indicates whether the entry is an array or an object.
    var isContainer: Bool { kind == .array || kind == .object }
}

/// A parse failure: what was expected at a byte offset of the input.
struct JSONSyntaxError: Error {
    /// What the grammar expected, such as "',' or '}' after an object member".
    let expected: String

    /// The 0-based byte offset of the first byte that does not fit.
    let offset: Int
}
