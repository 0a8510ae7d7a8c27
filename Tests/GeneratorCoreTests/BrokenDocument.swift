import Foundation
import Testing

/// A document of `BrokenDocuments/` with the first error the generator must report for it.
struct BrokenDocument: Sendable, CustomTestStringConvertible {
    /// The file's name inside `BrokenDocuments/`.
    var file: String

    /// Where the first error must be.
    var line: Int
    var column: Int

    /// A part of the first error's message.
    var message: String

    init(_ file: String, _ line: Int, _ column: Int, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    var testDescription: String { file }

    /// The folder of broken documents, read by the tests and never compiled.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("BrokenDocuments")

    /// The file's bytes.
    func bytes() throws -> [UInt8] {
        try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(file)))
    }
}
