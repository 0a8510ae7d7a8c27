/// What a command prints for a run's diagnostics: each one with its source line quoted, up to a fixed number of
/// errors and warnings, then one note that says how many more there were.
///
/// A broken or hostile document can hold thousands of errors; printing them all would bury the first ones,
/// which usually explain the rest. The run's summary line still counts every one.
public struct DiagnosticReport: Sendable {
    /// The most errors and warnings printed; the notes that follow a printed one are printed with it.
    public static let maximumPrintedProblems = 100

    /// The diagnostics printed, in the order found.
    public let printed: [Diagnostic]

    /// The errors left out.
    public let omittedErrorCount: Int

    /// The warnings left out.
    public let omittedWarningCount: Int

    /// The file of the first error or warning left out, or nil when none was.
    private let omittedFile: String?

    /// A formatter that quotes from each source file, by the file's name.
    private let formatters: [String: DiagnosticFormatter]

    /// Creates the report of a run's diagnostics.
    ///
    /// - Parameters:
    ///   - diagnostics: Every diagnostic of the run, in the order found.
    ///   - sources: The name and contents of each file the diagnostics may quote; of files with the same name,
    ///     the first is quoted.
    public init(_ diagnostics: [Diagnostic], sources: [(file: String, bytes: [UInt8])]) {
        let cut = Self.firstOmittedIndex(in: diagnostics)
        printed = Array(diagnostics[..<cut])

        let omitted = diagnostics[cut...]
        omittedErrorCount = omitted.count { $0.severity == .error }
        omittedWarningCount = omitted.count { $0.severity == .warning }
        omittedFile = omitted.first?.file

        let named = sources.map { ($0.file, DiagnosticFormatter(source: SourceText($0.bytes))) }
        formatters = Dictionary(named) { first, _ in first }
    }

    /// The text to print, one entry a diagnostic: each printed diagnostic, then the note on those left out.
    public var entries: [String] {
        let texts = printed.map { diagnostic in
            let formatter = diagnostic.file.flatMap { formatters[$0] } ?? DiagnosticFormatter(source: nil)
            return formatter.format(diagnostic)
        }
        guard let note = omissionNote else { return texts }
        return texts + [note.description]
    }

    /// The note that says how many errors and warnings were left out, or nil when none was.
    public var omissionNote: Diagnostic? {
        let counts = [(omittedErrorCount, "error"), (omittedWarningCount, "warning")].filter { $0.0 > 0 }
        guard !counts.isEmpty else { return nil }

        let phrases = counts.map { count, noun in "\(count) more \(noun)\(count == 1 ? "" : "s")" }
        return .note("\(phrases.joined(separator: " and ")) not shown", file: omittedFile)
    }

    /// Returns the index of the first error or warning past the limit, or the end of the diagnostics.
    private static func firstOmittedIndex(in diagnostics: [Diagnostic]) -> Int {
        let problems = diagnostics.indices.lazy.filter { diagnostics[$0].severity != .note }
        return problems.dropFirst(maximumPrintedProblems).first ?? diagnostics.endIndex
    }
}
