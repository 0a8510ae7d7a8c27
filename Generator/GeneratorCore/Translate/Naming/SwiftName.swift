/// The one place where names from the document become Swift identifiers.
///
/// Types are UpperCamelCase and members lowerCamelCase; known acronyms keep one case (`tenantID`,
/// `apiKey`, `portalURL`, `APIErrorResponse`). Words that Swift reserves are escaped or suffixed,
/// and text that cannot start an identifier is spelled out (`+1` becomes `plus1`, `3d` becomes
/// `_3d`, the empty string `empty`). JSON keys and parameter names never pass through here: they
/// stay as they are on the wire.
public enum SwiftName {
    /// Words written in capitals when they stand inside a name.
    static let acronyms: Set<String> = [
        "API", "AWS", "CTA", "DNS", "GCP", "HMAC", "HTML", "HTTP", "HTTPS", "ID", "IDS", "IP", "JSON", "JWT", "MS",
        "OTLP", "SASL", "SDK", "SHA", "SQS", "SSL", "TLS", "TTL", "UI", "URI", "URL", "URLS", "UTC", "UUID", "XML",
    ]

    /// Returns the UpperCamelCase type name for a name from the document.
    public static func typeName(_ raw: String) -> String {
        let words = signWords(raw) + splitWords(raw)
        guard !words.isEmpty else { return spelledOut(raw, upper: true) }
        let screaming = isScreaming(raw)
        let name = words.map { capitalizedWord($0, screaming: screaming) }.joined()
        return legalized(name, reserved: reservedTypeNames)
    }

    /// Returns the lowerCamelCase member name (property, case, method, parameter) for a name.
    public static func memberName(_ raw: String) -> String {
        let words = signWords(raw) + splitWords(raw)
        guard let first = words.first else { return spelledOut(raw, upper: false) }
        let screaming = isScreaming(raw)
        let name = first.lowercased() + words.dropFirst().map { capitalizedWord($0, screaming: screaming) }.joined()
        return legalized(name, reserved: reservedMemberNames)
    }

    /// Returns the name escaped for use where Swift reads it: keywords in backticks.
    public static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    // MARK: - Words

    /// Splits a name into words at separators, case changes and letter-digit boundaries.
    ///
    /// A run of capitals is one word, ending before a capital that starts a lowercase word:
    /// `HTTPServer` is `HTTP` and `Server`; `AWSSQSConfig` is `AWSSQS` and `Config`.
    static func splitWords(_ raw: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(raw)

        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                flush(&current, into: &words)
                continue
            }
            if let previous = current.last, startsWord(character, after: previous, next: characters[safe: index + 1]) {
                flush(&current, into: &words)
            }
            current.append(character)
        }
        flush(&current, into: &words)
        return words
    }

    private static func startsWord(_ character: Character, after previous: Character, next: Character?) -> Bool {
        if character.isUppercase, previous.isLowercase || previous.isNumber {
            return true
        }
        // The last capital of a run starts the next word when a lowercase letter follows it.
        if character.isUppercase, previous.isUppercase, let next, next.isLowercase {
            return true
        }
        return false
    }

    private static func flush(_ current: inout [Character], into words: inout [String]) {
        if !current.isEmpty {
            words.append(String(current))
            current = []
        }
    }

    /// Returns a word with its first letter capitalized, or in capitals when it is a known acronym.
    ///
    /// A run of capitals inside a mixed-case name is an acronym its author chose (`AWSSQSConfig`) and
    /// stays; in a name written all in capitals (`ALERT_AUTO_DISABLE`), such words read as ordinary words.
    static func capitalizedWord(_ word: String, screaming: Bool) -> String {
        let upper = word.uppercased()
        if acronyms.contains(upper) {
            return upper == "IDS" ? "IDs" : upper == "URLS" ? "URLs" : upper
        }
        let rest = word.dropFirst()
        let tail = screaming ? rest.lowercased() : String(rest)
        return (word.first.map { String($0).uppercased() } ?? "") + tail
    }

    /// Whether a name has letters and none of them lowercase.
    private static func isScreaming(_ raw: String) -> Bool {
        raw.contains { $0.isLetter } && !raw.contains { $0.isLowercase }
    }

    /// Returns `plus` or `minus` for a sign that leads a number, as in `+1` and `-1`.
    private static func signWords(_ raw: String) -> [String] {
        let characters = Array(raw)
        guard characters.count > 1, characters[1].isNumber else { return [] }
        switch characters[0] {
        case "+": return ["plus"]
        case "-": return ["minus"]
        default: return []
        }
    }

    // MARK: - Legal identifiers

    private static func legalized(_ name: String, reserved: Set<String>) -> String {
        if let first = name.first, first.isNumber {
            return "_" + name
        }
        if reserved.contains(name) {
            return name + "_"
        }
        return name
    }

    /// Spells out a name with no letters or digits, such as `+`, `-` or the empty string.
    private static func spelledOut(_ raw: String, upper: Bool) -> String {
        let words = raw.compactMap { symbolWords[$0] }
        guard let first = words.first else { return upper ? "Empty" : "empty" }
        let head = upper ? capitalizedWord(first, screaming: false) : first
        return head + words.dropFirst().map { capitalizedWord($0, screaming: false) }.joined()
    }

    private static let symbolWords: [Character: String] = [
        "+": "plus", "-": "minus", "*": "asterisk", "/": "slash", ".": "dot", "@": "at", "#": "hash",
        "$": "dollar", "%": "percent", "&": "and", "=": "equals", "<": "less", ">": "greater", "!": "not",
        "?": "question", "~": "tilde", "^": "caret", "|": "pipe", ":": "colon", "_": "underscore",
    ]

    /// Type names that would shadow what generated code needs.
    static let reservedTypeNames: Set<String> = [
        "Any", "Protocol", "Self", "Type", "Error", "Decoder", "Encoder", "Codable", "Date", "Data", "String",
        "Int", "Double", "Bool", "Array", "Dictionary", "Optional", "Set", "URL",
    ]

    /// Member names that even backticks cannot make usable: a parameter named `self` hides the instance.
    static let reservedMemberNames: Set<String> = ["self"]

    /// Words that must be written in backticks to be used as names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "Any",
        "Protocol", "Type", "await", "some", "any",
    ]
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
