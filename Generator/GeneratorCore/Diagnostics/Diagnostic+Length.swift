extension Diagnostic {
    /// The longest message a diagnostic keeps, in Unicode scalars.
    ///
    /// Messages quote the document's text, such as a version or a key; a hostile document can make that
    /// text megabytes long, which would flood a terminal or a build log.
    public static let maximumMessageLength = 400

    /// The longest JSON pointer a diagnostic keeps, in Unicode scalars; a pointer is made of the document's
    /// keys, which may be as long as any other text of it.
    public static let maximumPointerLength = 400

    /// Returns a text as it is when it is short enough, or else its beginning and its end around a mark that
    /// says how many characters were left out.
    ///
    /// Lengths count Unicode scalars, not characters: a letter followed by a million combining marks is one
    /// character. The end is kept because it often says what was expected, such as `expected 3.0.x or 3.1.x`,
    /// or, in a pointer, which value is meant.
    static func bounded(_ text: String, to limit: Int) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > limit else { return text }
        let head = scalars.prefix(limit * 2 / 3)
        let tail = scalars.suffix(limit / 4)
        let omitted = scalars.count - head.count - tail.count

        var result = ""
        result.unicodeScalars.append(contentsOf: head)
        result += "…(\(omitted) characters left out)…"
        result.unicodeScalars.append(contentsOf: tail)
        return result
    }
}
