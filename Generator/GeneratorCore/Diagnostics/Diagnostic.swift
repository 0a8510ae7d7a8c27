/// A position in a source file, 1-based in both line and column.
///
/// Columns count Unicode scalars from the start of the line, as libyaml does.
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The line number, starting at 1.
    public var line: Int

    /// The column number, starting at 1.
    public var column: Int

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A message from the generator about the document, pointing at where it applies.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        /// Generation cannot proceed past the stage that found it.
        case error
        /// Generation proceeds but skips or approximates something.
        case warning
        /// Information only.
        case note
    }

    /// How serious the diagnostic is.
    public var severity: Severity

    /// A lowercase message without a trailing period, with control characters replaced and shortened in its
    /// middle past `maximumMessageLength`.
    public private(set) var message: String

    /// The file as named by the caller, or nil when the input did not come from a file.
    public var file: String?

    /// Where in the file the diagnostic applies, when known.
    public var location: SourceLocation?

    /// The JSON pointer of the value the diagnostic is about, once the document model exists, with control
    /// characters replaced and shortened in its middle past `maximumPointerLength`.
    public private(set) var pointer: String?

    /// Creates a diagnostic, making its message and pointer safe to print: each control character other than a
    /// tab is replaced, line breaks included, and each is bounded in length.
    public init(
        _ severity: Severity,
        _ message: String,
        file: String? = nil,
        at location: SourceLocation? = nil,
        pointer: String? = nil
    ) {
        self.severity = severity
        self.message = Self.bounded(Self.printable(message), to: Self.maximumMessageLength)
        self.file = file
        self.location = location
        self.pointer = pointer.map { Self.bounded(Self.printable($0), to: Self.maximumPointerLength) }
    }

    /// Creates an error diagnostic.
    public static func error(
        _ message: String,
        file: String? = nil,
        at location: SourceLocation? = nil,
        pointer: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, file: file, at: location, pointer: pointer)
    }

    /// Creates a warning diagnostic.
    public static func warning(
        _ message: String,
        file: String? = nil,
        at location: SourceLocation? = nil,
        pointer: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, file: file, at: location, pointer: pointer)
    }

    /// Creates a note diagnostic.
    public static func note(
        _ message: String,
        file: String? = nil,
        at location: SourceLocation? = nil,
        pointer: String? = nil
    ) -> Diagnostic {
        Diagnostic(.note, message, file: file, at: location, pointer: pointer)
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The diagnostic in compiler style: `file:line:column: severity: message [pointer]`.
    public var description: String {
        var prefix = file ?? "<input>"
        if let location {
            prefix += ":\(location.line):\(location.column)"
        }
        var text = "\(prefix): \(severity.rawValue): \(message)"
        if let pointer {
            text += " [\(pointer)]"
        }
        return text
    }
}

extension Sequence<Diagnostic> {
    /// Whether any diagnostic in the sequence is an error.
    public var containsErrors: Bool {
        contains { $0.severity == .error }
    }
}
