extension Diagnostic {
    /// Returns a text with each control character other than a tab, and each Unicode line or paragraph
    /// separator, shown as `\u{FFFD}`, one column each.
    ///
    /// Diagnostics quote the document's keys, values and lines; a document that holds an escape sequence, a
    /// bell or a line break could otherwise drive the terminal that shows them, or print a line that looks
    /// like a diagnostic of its own.
    static func printable(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.append(
            contentsOf: text.unicodeScalars.map { isUnprintable($0) ? "\u{FFFD}" : $0 }
        )
        return result
    }

    /// Whether a scalar is a C0 or C1 control character other than a tab, DEL, or a line or paragraph separator.
    private static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar != "\t" else { return false }
        return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
            || scalar == "\u{2029}"
    }
}
