/// One event of libyaml's parser, as Swift values, with where it starts.
struct YAMLEvent: Sendable {
    /// What the event says.
    enum Kind: Sendable {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias(anchor: String)
        case scalar(Scalar, anchor: String?)
        case sequenceStart(anchor: String?)
        case sequenceEnd
        case mappingStart(anchor: String?)
        case mappingEnd
    }

    /// What the event says.
    var kind: Kind

    /// Where the event starts in the source.
    var location: SourceLocation
}

/// A failure of libyaml's reader, scanner or parser, with everything needed to locate it.
struct YAMLSyntaxError: Error, Sendable {
    /// Where libyaml located the problem.
    enum Position: Sendable {
        /// A position libyaml tracked as a mark.
        case mark(SourceLocation)
        /// A byte offset, which is all libyaml's reader reports.
        case byteOffset(Int)
    }

    /// What went wrong, in libyaml's words.
    var problem: String

    /// Where the problem is.
    var position: Position

    /// What libyaml was parsing, such as "while parsing a block mapping", and where that began.
    var context: (description: String, location: SourceLocation)?
}
