/// A YAML scalar: its text as written, how it was quoted, and what it means.
public struct Scalar: Hashable, Sendable {
    /// How a scalar was written in the source.
    public enum Style: Hashable, Sendable {
        /// Unquoted.
        case plain
        /// In single quotes.
        case singleQuoted
        /// In double quotes (every JSON string).
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    /// The scalar's text after YAML's unescaping and folding.
    public var text: String

    /// How the scalar was written.
    public var style: Style

    /// The explicit tag, such as `tag:yaml.org,2002:str`, when the source gave one.
    public var tag: String?

    /// The value the text stands for under the YAML 1.2 core schema.
    public var value: ScalarValue

    /// Creates a scalar and resolves its value from its text, style and tag.
    public init(text: String, style: Style, tag: String? = nil) {
        self.text = text
        self.style = style
        self.tag = tag
        self.value = ScalarValue.resolve(text: text, style: style, tag: tag)
    }
}

/// The meaning of a scalar under the YAML 1.2 core schema, which OpenAPI documents follow.
///
/// Only plain scalars are resolved: a quoted or block scalar is always a string, so `"1"` is a
/// string and `1` an integer. Words that YAML 1.1 read as booleans, such as `yes` and `on`, are
/// strings here.
public enum ScalarValue: Hashable, Sendable {
    /// `null`, `Null`, `NULL`, `~` or an empty plain scalar.
    case null
    /// `true` or `false` in one of their three spellings.
    case bool(Bool)
    /// A decimal, octal (`0o`) or hexadecimal (`0x`) integer; the text keeps any digits beyond 64 bits.
    case integer
    /// A decimal number with a fraction or exponent, or `.inf` and `.nan`.
    case float
    /// Any other text.
    case string

    /// A short name of the value's kind for messages.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .float: "a number"
        case .string: "a string"
        }
    }
}
