import Foundation

extension JSONCodingError {
    /// Creates a located syntax error from a scanner failure.
    init(syntax error: JSONSyntaxError, in data: Data) {
        let (line, column) = Self.location(ofOffset: error.offset, in: data)
        let message = "expected \(error.expected), found \(Self.describeByte(at: error.offset, in: data))"
        self.init(kind: .syntax, message: message, line: line, column: column)
    }

    /// Creates an error with a readable path and the input location from a decoding failure.
    init(_ error: DecodingError, in document: TapeDocument) {
        let kind: Kind
        let path: [any CodingKey]
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let errorContext):
            (kind, path, context) = (.typeMismatch, errorContext.codingPath, errorContext)
        case .valueNotFound(_, let errorContext):
            (kind, path, context) = (.missingValue, errorContext.codingPath, errorContext)
        case .keyNotFound(let key, let errorContext):
            (kind, path, context) = (.missingValue, errorContext.codingPath + [key], errorContext)
        case .dataCorrupted(let errorContext):
            (kind, path, context) = (.invalidValue, errorContext.codingPath, errorContext)
        @unknown default:
            self.init(kind: .invalidValue, message: "\(error)", underlyingError: error)
            return
        }

        // The location is that of the deepest value the path leads to: the object, for a missing key.
        let offset = document.startOffset(ofValueAt: document.index(following: path))
        let (line, column) = document.location(ofOffset: offset)
        self.init(
            kind: kind,
            codingPath: Self.render(path),
            message: context.debugDescription,
            line: line,
            column: column,
            underlyingError: context.underlyingError
        )
    }

    /// Creates an error with a readable path from an encoding failure.
    init(_ error: EncodingError) {
        switch error {
        case .invalidValue(let value, let context):
            let message = "expected a value JSON can represent, found \(context.debugDescription) (\(type(of: value)))"
            self.init(kind: .encoding, codingPath: Self.render(context.codingPath), message: message)
        @unknown default:
            self.init(kind: .encoding, message: "\(error)", underlyingError: error)
        }
    }

    /// Returns a coding path as `models[3].created_at`.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    /// Returns the 1-based line and column of a byte offset, counting columns in Unicode scalars.
    static func location<Bytes: Collection<UInt8>>(ofOffset offset: Int, in bytes: Bytes) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// Returns what the input holds at `offset`, for the "found" half of a syntax message.
    private static func describeByte(at offset: Int, in data: Data) -> String {
        guard offset < data.count else { return "the end of the input" }

        let byte = data[data.startIndex + offset]
        switch byte {
        case 0x21...0x7E:
            return "'\(Character(Unicode.Scalar(byte)))'"
        case 0x20:
            return "a space"
        default:
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(hex.count == 1 ? "0" + hex : hex)"
        }
    }
}
