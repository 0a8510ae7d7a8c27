/// Builds Swift source line by line with consistent four-space indentation.
struct SourceWriter {
    /// The source written so far.
    private(set) var text = ""

    private var depth = 0

    /// Writes one line at the current indentation; an empty line has no trailing spaces.
    mutating func line(_ content: String = "") {
        text += content.isEmpty ? "\n" : String(repeating: "    ", count: depth) + content + "\n"
    }

    /// Writes `header {`, the body one level deeper, and `}`; a header ending in `in` already opened a closure.
    mutating func block(_ header: String, _ body: (inout SourceWriter) -> Void) {
        line(header.hasSuffix(" in") ? header : header + " {")
        depth += 1
        body(&self)
        depth -= 1
        line("}")
    }

    /// Writes a documentation comment, wrapping prose to fit 120 columns at this indentation.
    mutating func documentation(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        let width = max(40, 120 - depth * 4 - 4)
        for paragraphLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for wrapped in Self.wrap(String(paragraphLine), width: width) {
                line(wrapped.isEmpty ? "///" : "/// " + wrapped)
            }
        }
    }

    /// Splits a line of prose at spaces so each part fits the width; a longer word stays whole.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width, !line.hasPrefix("    "), !line.hasPrefix("|") else { return [line] }
        // Continuation lines of a list item line up under its text, so DocC keeps them in the item.
        let leading = String(line.prefix { $0 == " " })
        let indent = line.dropFirst(leading.count).hasPrefix("- ") ? leading + "  " : leading
        var lines: [String] = []
        var current = leading
        var isLineStart = true
        for word in line.split(separator: " ") {
            if !isLineStart, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent
                isLineStart = true
            }
            current += (isLineStart ? "" : " ") + word
            isLineStart = false
        }
        lines.append(current)
        return lines
    }
}

extension String {
    /// The text as a Swift string literal, with quotes, backslashes and control characters escaped.
    var swiftLiteral: String {
        var result = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
