/// Renders diagnostics as compiler-style text, quoting the source line under errors.
public struct DiagnosticFormatter: Sendable {
    /// The source the diagnostics refer to, when it is available for quoting.
    public var source: SourceText?

    /// Creates a formatter that quotes lines from the given source.
    public init(source: SourceText?) {
        self.source = source
    }

    /// Returns a diagnostic's text: its compiler-style line, then for errors the source line and a caret.
    public func format(_ diagnostic: Diagnostic) -> String {
        let header = diagnostic.description
        guard diagnostic.severity == .error,
            let location = diagnostic.location,
            let line = source?.line(location.line)
        else {
            return header
        }
        return header + "\n" + line + "\n" + caret(under: location.column, in: line)
    }

    /// Returns spaces (and the line's own tabs) up to a column, then `^`.
    private func caret(under column: Int, in line: String) -> String {
        let padding = line.unicodeScalars.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " }
        return padding.joined() + "^"
    }
}
