import Foundation

/// Generated source files, written all or nothing, so that a rebuild recompiles only what changed and a
/// failed write leaves the output folder as it was.
public struct GeneratedFiles: Sendable {
    /// A file to write and what its target holds now.
    struct Change {
        var name: String
        var data: Data
        var target: URL

        /// The target's contents before the write, or nil when it did not exist.
        var previous: Data?
    }

    /// The files' contents by file name.
    public var contents: [String: String]

    /// Creates the set of files to write.
    public init(_ contents: [String: String]) {
        self.contents = contents
    }

    /// Writes every file whose content changed into a folder, creating the folder, and any missing folder
    /// above it, if needed.
    ///
    /// Every changed file is first written in full into a staging folder inside `folder`, then moved over
    /// its target, which replaces each file atomically. Should a move fail, the files already moved get
    /// their earlier contents back and the folders created here are removed again, so either every file is
    /// written or none is. Files whose content is unchanged are left alone, modification date included.
    ///
    /// A target that exists but cannot be read, such as a folder, is refused before anything is written, as
    /// its content could not be put back. A folder created here is removed only while it is empty. A `..` in
    /// the path is resolved in its text first: `new/../Generated` creates `Generated` alone.
    ///
    /// - Parameter folder: The folder to write into.
    /// - Returns: How many files were written.
    /// - Throws: `GeneratedFiles.WriteError` when a name is not a plain file name, a target cannot be read,
    ///   the folder or a staged file cannot be written, or a file cannot replace its target; its message says
    ///   why, and names each file or folder left changed when what was written could not all be undone.
    public func write(to folder: URL) throws -> Int {
        try write(to: folder, replacing: Self.replace)
    }

    /// Writes the files as `write(to:)` does, moving each staged file over its target with `replace`.
    ///
    /// Tests pass a `replace` that fails, as a real move seldom does.
    func write(to folder: URL, replacing replace: (_ target: URL, _ staged: URL) throws -> Void) throws -> Int {
        try checkNames()
        // With `..` resolved in the path's text, every folder the write creates is named in the path.
        let folder = folder.standardizedFileURL
        let changes = try changedFiles(in: folder)

        let missing = Self.missingFolders(upTo: folder)
        do {
            try Self.createFolders(missing)
            if !changes.isEmpty {
                try commit(changes, in: folder, replacing: replace)
            }
        } catch {
            throw Self.failure(error, leaving: Self.removeFolders(missing))
        }
        return changes.count
    }

    /// Fails before anything is written when a name could leave the folder or is not a file name.
    private func checkNames() throws {
        for name in contents.keys.sorted() where !Self.isPlainFileName(name) {
            throw WriteError(message: "'\(name)' is not a plain file name")
        }
    }

    private static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// Returns the files whose target does not already hold their content, in name order.
    private func changedFiles(in folder: URL) throws -> [Change] {
        try contents.keys.sorted().compactMap { name in
            let target = folder.appendingPathComponent(name)
            let data = Data((contents[name] ?? "").utf8)
            let previous = try Self.currentContents(of: target, name: name)
            return previous == data ? nil : Change(name: name, data: data, target: target, previous: previous)
        }
    }

    /// Returns what a target holds, or nil when there is nothing there; fails when it exists but is not a regular
    /// file, such as a folder or a named pipe (whose reading would wait for a writer), or cannot be read.
    private static func currentContents(of target: URL, name: String) throws -> Data? {
        var status = stat()
        guard stat(target.path, &status) == 0 else { return nil }

        guard status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: target.path) else {
            throw WriteError(message: "cannot read '\(name)', which a generated file would replace")
        }
        return data
    }

    /// Stages every change in full, then moves each over its target, undoing the moves should one fail.
    private func commit(
        _ changes: [Change],
        in folder: URL,
        replacing replace: (_ target: URL, _ staged: URL) throws -> Void
    ) throws {
        Self.removeAbandonedStagingFolders(in: folder)
        let staging = folder.appendingPathComponent("\(Self.stagingPrefix)\(getpid())-\(UUID().uuidString)")
        // Created with mkdir(2) for the system's reason when it fails, such as a file where the folder should be.
        if let reason = Self.systemFailure(of: { mkdir(staging.path, 0o777) }) {
            throw WriteError(message: "cannot write into '\(folder.path)': \(reason)")
        }
        defer { try? FileManager.default.removeItem(at: staging) }

        for change in changes {
            try change.data.write(to: staging.appendingPathComponent(change.name))
        }

        var moved: [Change] = []
        do {
            for change in changes {
                try replace(change.target, staging.appendingPathComponent(change.name))
                moved.append(change)
            }
        } catch {
            throw Self.failure(error, leaving: Self.restore(moved, using: staging))
        }
    }

    /// Moves a staged file over its target in one step, as `rename(2)` does within a file system.
    static func replace(_ target: URL, with staged: URL) throws {
        guard let reason = systemFailure(of: { rename(staged.path, target.path) }) else { return }
        throw WriteError(message: "cannot replace '\(target.lastPathComponent)': \(reason)")
    }
}
