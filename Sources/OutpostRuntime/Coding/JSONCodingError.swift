/// An error from reading or writing JSON: malformed input, a value of the wrong kind, a missing key, or a
/// value that cannot be represented.
///
/// The description is one sentence that names where the problem is (the coding path such as
/// `models[3].created_at`, and for input the line and column) and what was expected against what was found.
public struct JSONCodingError: Error, Sendable, CustomStringConvertible {
    /// A category of JSON coding failure.
    public enum Kind: String, Sendable, Hashable {
        /// The input is not well-formed JSON (or a date string is not well-formed RFC 3339).
        case syntax

        /// A value has a different JSON kind than the type being decoded expects.
        case typeMismatch

        /// A required key is absent, or a required value is `null` or past the end of an array.
        case missingValue

        /// A value has the right kind but a content the type does not accept.
        case invalidValue

        /// A value cannot be encoded as JSON.
        case encoding
    }

    /// The category of this failure.
    public var kind: Kind

    /// The coding path to the failing value, such as `models[3].created_at`; empty at the top level.
    public var codingPath: String

    /// What was expected against what was found, in lowercase words.
    public var message: String

    /// The 1-based line in the input where the failing value starts, when known.
    public var line: Int?

    /// The 1-based column (in Unicode scalars) in the input where the failing value starts, when known.
    public var column: Int?

    /// The error this one wraps, such as the error a type's own `init(from:)` threw.
    public var underlyingError: (any Error)?

    /// Creates a JSON coding error.
    ///
    /// - Parameters:
    ///   - kind: The category of the failure.
    ///   - codingPath: The readable coding path to the failing value, empty at the top level.
    ///   - message: What was expected against what was found.
    ///   - line: The 1-based input line, when known.
    ///   - column: The 1-based input column, when known.
    ///   - underlyingError: The error this one wraps, if any.
    public init(
        kind: Kind,
        codingPath: String = "",
        message: String,
        line: Int? = nil,
        column: Int? = nil,
        underlyingError: (any Error)? = nil
    ) {
        self.kind = kind
        self.codingPath = codingPath
        self.message = message
        self.line = line
        self.column = column
        self.underlyingError = underlyingError
    }

    /// A sentence that says where the failure is and what was expected against what was found.
    public var description: String {
        var place = codingPath.isEmpty ? "at the top level" : "at \(codingPath)"
        if let line, let column {
            place += " (line \(line), column \(column))"
        }

        switch kind {
        case .syntax:
            return "Invalid JSON \(place): \(message)."
        case .encoding:
            return "Cannot encode JSON \(place): \(message)."
        case .typeMismatch, .missingValue, .invalidValue:
            return "Cannot decode JSON \(place): \(message)."
        }
    }
}
