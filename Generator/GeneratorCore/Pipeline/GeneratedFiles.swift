import Foundation

/// Generated source files, written so that a rebuild recompiles only what changed.
public struct GeneratedFiles: Sendable {
    /// The files' contents by file name.
    public var contents: [String: String]

    /// Creates the set of files to write.
    public init(_ contents: [String: String]) {
        self.contents = contents
    }

    /// Writes every file into a folder, creating it if needed and leaving files whose content is unchanged.
    ///
    /// - Parameter folder: The folder to write into.
    /// - Returns: How many files were written.
    /// - Throws: The file system's error when the folder or a file cannot be written.
    public func write(to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var written = 0
        for name in contents.keys.sorted() {
            let url = folder.appendingPathComponent(name)
            let data = Data((contents[name] ?? "").utf8)
            if let existing = FileManager.default.contents(atPath: url.path), existing == data {
                continue
            }
            try data.write(to: url, options: .atomic)
            written += 1
        }
        return written
    }
}
