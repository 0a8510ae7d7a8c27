extension Diagnostic {
    /// The longest message a diagnostic keeps, in characters.
    ///
    /// Messages quote the document's text, such as a version or a key; a hostile document can make that
    /// text megabytes long, which would flood a terminal or a build log.
    public static let maximumMessageLength = 400

    /// Returns a message as it is when it is short enough, or else its beginning and its end around a
    /// mark that says how many characters were left out.
    ///
    /// The end is kept because it often says what was expected, such as `expected 3.0.x or 3.1.x`.
    static func bounded(_ message: String) -> String {
        guard message.count > maximumMessageLength else { return message }
        let head = message.prefix(maximumMessageLength * 2 / 3)
        let tail = message.suffix(maximumMessageLength / 4)
        let omitted = message.count - head.count - tail.count
        return "\(head)…(\(omitted) characters left out)…\(tail)"
    }
}
