/// Swift source built line by line at a current indentation of four spaces per level.
struct ModelSourceWriter {
    /// The widest line the writer aims for.
    static let lineWidth = 120

    /// The text so far.
    private(set) var text = ""

    /// The current indentation level.
    private var level = 0

    /// The indentation of the current level.
    var indentation: String {
        String(repeating: "    ", count: level)
    }

    /// Appends a line at the current indentation; an empty line has no spaces.
    mutating func line(_ content: String) {
        text += content.isEmpty ? "\n" : indentation + content + "\n"
    }

    /// Appends an empty line.
    mutating func blank() {
        text += "\n"
    }

    /// Moves the following lines one level deeper.
    mutating func indent() {
        level += 1
    }

    /// Moves the following lines one level back.
    mutating func outdent() {
        level -= 1
    }

    /// Appends `opening {`, the body one level deeper, and `}`.
    mutating func block(_ opening: String, closing: String = "}", body: (inout ModelSourceWriter) -> Void) {
        line(opening + " {")
        level += 1
        body(&self)
        level -= 1
        line(closing)
    }

    /// Appends a call or signature on one line when it fits, else with one argument per line.
    ///
    /// - Parameters:
    ///   - head: The text before the opening parenthesis, such as `x = try container.decode`.
    ///   - arguments: The arguments or parameters.
    ///   - tail: The text after the closing parenthesis, such as ` {`.
    mutating func call(_ head: String, _ arguments: [String], tail: String = "") {
        let single = head + "(" + arguments.joined(separator: ", ") + ")" + tail
        guard indentation.count + single.count > Self.lineWidth, !arguments.isEmpty else {
            line(single)
            return
        }
        line(head + "(")
        level += 1
        for (index, argument) in arguments.enumerated() {
            line(argument + (index == arguments.count - 1 ? "" : ","))
        }
        level -= 1
        line(")" + tail)
    }

    /// Appends an array literal after `head` on one line when it fits, else with elements packed into lines.
    mutating func list(_ head: String, _ elements: [String]) {
        let single = head + "[" + elements.joined(separator: ", ") + "]"
        guard indentation.count + single.count > Self.lineWidth else {
            line(single)
            return
        }
        line(head + "[")
        level += 1
        var current = ""
        for element in elements {
            let candidate = current.isEmpty ? element + "," : current + " " + element + ","
            if !current.isEmpty, indentation.count + candidate.count > Self.lineWidth {
                line(current)
                current = element + ","
            } else {
                current = candidate
            }
        }
        line(current)
        level -= 1
        line("]")
    }

    /// Appends documentation as `///` lines, wrapping prose at the line width.
    ///
    /// Lines indented as code, fenced code, tables and headings are kept as they are.
    mutating func documentation(_ text: String) {
        let width = Self.lineWidth - indentation.count - 4
        var inFence = false
        for sourceLine in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = sourceLine.trimmingTrailingSpaces
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
            }
            guard !trimmed.isEmpty else {
                line("///")
                continue
            }
            let isVerbatim = inFence || trimmed.hasPrefix("    ") || trimmed.hasPrefix("|") || trimmed.hasPrefix("#")
            for wrapped in isVerbatim ? [trimmed] : Self.wrap(trimmed, width: width) {
                line("/// " + wrapped)
            }
        }
    }

    /// Splits prose at spaces into lines no wider than `width`, keeping a leading list marker's indentation.
    static func wrap(_ text: String, width: Int) -> [String] {
        let leading = String(text.prefix { $0 == " " })
        let words = text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        let continuation = leading + (words.first.map { ["-", "*", "+"].contains($0) ? "  " : "" } ?? "")

        var lines: [String] = []
        var current = leading
        for word in words {
            if current.count > leading.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = continuation
            }
            current += (current == leading || current == continuation ? "" : " ") + word
        }
        lines.append(current)
        return lines
    }
}

extension String {
    /// The text without trailing spaces.
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " || result.last == "\t" {
            result.removeLast()
        }
        return result
    }
}
