/// The bytes of a source file with the positions of its lines, for turning offsets into locations
/// and for quoting a line under a diagnostic.
public struct SourceText: Sendable {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes as read.
    public let bytes: [UInt8]

    /// The byte offset at which each line starts; a line ends at `\n`, `\r\n` or a lone `\r`.
    private let lineStarts: [Int]

    /// The offset of the first byte after a UTF-8 byte-order mark, or 0.
    private let contentStart: Int

    /// Creates the source text of a file's bytes.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        self.contentStart = bytes.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0

        var starts = [contentStart]
        var index = contentStart
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                index += 1
            }
            if byte == 0x0A || byte == 0x0D {
                starts.append(index)
            }
        }
        self.lineStarts = starts
    }

    /// Returns the 1-based line and column of a byte offset, counting columns in Unicode scalars.
    ///
    /// Bytes that are not valid UTF-8 each count as one column, so an invalid byte is located at
    /// the column an editor shows for it.
    public func location(ofByteOffset offset: Int) -> SourceLocation {
        let offset = min(max(offset, contentStart), bytes.count)
        let lineIndex = lastLineStart(atOrBefore: offset)
        let lineStart = lineStarts[lineIndex]
        let column = bytes[lineStart..<offset].reduce(1) { count, byte in
            (byte & 0xC0) == 0x80 ? count : count + 1
        }
        return SourceLocation(line: lineIndex + 1, column: column)
    }

    /// Returns the location itself when it lies within the text, or else the end of the text's last line.
    ///
    /// libyaml reads an implicit line break after input that lacks one, so it can report the end of
    /// input on a line that does not exist.
    public func clamped(_ location: SourceLocation) -> SourceLocation {
        guard location.line > lineStarts.count, let last = line(lineStarts.count) else {
            return location
        }
        return SourceLocation(line: lineStarts.count, column: last.unicodeScalars.count + 1)
    }

    /// Returns the text of a 1-based line without its line break, decoding invalid UTF-8 leniently.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D {
            end -= 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Returns the character at a location, or nil when the location is past the end of its line.
    public func character(at location: SourceLocation) -> Character? {
        guard let text = line(location.line) else { return nil }
        let scalars = text.unicodeScalars
        guard location.column >= 1, location.column <= scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: location.column - 1)])
    }

    private func lastLineStart(atOrBefore offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
