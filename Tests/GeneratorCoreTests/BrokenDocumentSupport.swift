import Foundation
import GeneratorCore
import Testing

/// Generates a document into a folder as `outpost-generator generate` does: files are written only when
/// generation reports no error.
func generateAsTheCommandLineDoes(_ bytes: [UInt8], file: String, into folder: URL) throws -> Generation {
    let generation = Generation(bytes: bytes, file: file)
    if let files = generation.files {
        _ = try GeneratedFiles(files).write(to: folder)
    }
    return generation
}

/// Expects every error to have a location on a line of the source, at most one column past its end.
func expectEveryErrorLocatedInside(
    _ diagnostics: [Diagnostic],
    _ source: SourceText,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    for error in diagnostics where error.severity == .error {
        guard let location = error.location else {
            Issue.record("error without a location: \(error)", sourceLocation: sourceLocation)
            continue
        }
        let line = source.line(location.line)
        #expect(line != nil, "error past the last line: \(error)", sourceLocation: sourceLocation)
        #expect(location.column >= 1, "\(error)", sourceLocation: sourceLocation)
        #expect(
            location.column <= (line?.unicodeScalars.count ?? 0) + 1,
            "error past the end of its line: \(error)",
            sourceLocation: sourceLocation
        )
    }
}

/// Creates an empty folder of its own under the temporary folder.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("generator-core-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// What a folder holds: each entry's name, contents and modification date, hidden entries included.
struct FolderSnapshot: Equatable {
    struct Entry: Equatable {
        var contents: Data?
        var modified: Date?
    }

    var entries: [String: Entry]

    init(_ folder: URL) throws {
        var entries: [String: Entry] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            entries[name] = Entry(
                contents: FileManager.default.contents(atPath: path),
                modified: attributes[.modificationDate] as? Date
            )
        }
        self.entries = entries
    }
}
