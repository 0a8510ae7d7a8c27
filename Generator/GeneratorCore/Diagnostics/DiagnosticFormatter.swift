/// Renders diagnostics as compiler-style text, quoting the source line under errors.
public struct DiagnosticFormatter: Sendable {
    /// The most characters of a source line quoted under an error; a longer line is quoted around the column.
    public static let maximumQuotedLineLength = 160

    /// The source the diagnostics refer to, when it is available for quoting.
    public var source: SourceText?

    /// Creates a formatter that quotes lines from the given source.
    public init(source: SourceText?) {
        self.source = source
    }

    /// Returns a diagnostic's text: its compiler-style line, then for errors the source line and a caret.
    ///
    /// A line longer than `maximumQuotedLineLength` is quoted in part: the stretch around the column,
    /// with `...` where text was left out on either side.
    public func format(_ diagnostic: Diagnostic) -> String {
        let header = diagnostic.description
        guard diagnostic.severity == .error,
            let location = diagnostic.location,
            let line = source?.line(location.line)
        else {
            return header
        }
        let (quoted, column) = excerpt(of: Diagnostic.printable(line), around: location.column)
        return header + "\n" + quoted + "\n" + caret(under: column, in: quoted)
    }

    /// Returns the part of a line to quote and the caret's column within it.
    private func excerpt(of line: String, around column: Int) -> (text: String, column: Int) {
        let scalars = Array(line.unicodeScalars)
        let limit = Self.maximumQuotedLineLength
        guard scalars.count > limit else { return (line, column) }

        // The window starts half its width before the column, but never before the line or past its end.
        let marker = "..."
        let index = min(max(column - 1, 0), scalars.count)
        let start = max(0, min(index - limit / 2, scalars.count - limit))
        let end = min(scalars.count, start + limit)
        let prefix = start > 0 ? marker : ""
        let suffix = end < scalars.count ? marker : ""
        var text = prefix
        text.unicodeScalars.append(contentsOf: scalars[start..<end])
        return (text + suffix, index - start + prefix.count + 1)
    }

    /// Returns spaces (and the line's own tabs) up to a column, then `^`.
    private func caret(under column: Int, in line: String) -> String {
        let padding = line.unicodeScalars.prefix(max(column - 1, 0)).map { $0 == "\t" ? "\t" : " " }
        return padding.joined() + "^"
    }
}
