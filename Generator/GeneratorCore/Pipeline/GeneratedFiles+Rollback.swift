import Foundation

extension GeneratedFiles {
    /// Puts back what moved files replaced, the last moved first: the earlier contents, or no file where there
    /// was none. Returns what could not be put back.
    static func restore(_ moved: [Change], using staging: URL) -> [String] {
        moved.reversed().compactMap { putBack($0, using: staging) }
    }

    /// Gives one moved file's target what it held before, and returns what went wrong, or nil.
    ///
    /// The earlier contents are written into the staging folder, where the moved file's name is free, then
    /// moved over the target in one step, as the generated file was.
    private static func putBack(_ change: Change, using staging: URL) -> String? {
        guard let previous = change.previous else {
            return systemFailure(of: { unlink(change.target.path) }).map {
                "could not remove the new file '\(change.name)': \($0)"
            }
        }

        let copy = staging.appendingPathComponent(change.name)
        let reason: String?
        do {
            try previous.write(to: copy)
            reason = systemFailure(of: { rename(copy.path, change.target.path) })
        } catch {
            reason = Self.reason(for: error)
        }
        return reason.map { "could not give '\(change.name)' its earlier content back: \($0)" }
    }

    /// Returns a folder and each missing folder above it, innermost first, up to one that exists or is named
    /// `.` or `..`: the folders that creating it may create.
    static func missingFolders(upTo folder: URL) -> [URL] {
        var missing: [URL] = []
        var current = folder
        while !FileManager.default.fileExists(atPath: current.path), ![".", ".."].contains(current.lastPathComponent) {
            missing.append(current)
            let parent = current.deletingLastPathComponent()
            guard parent != current else { break }
            current = parent
        }
        return missing
    }

    /// The start of a staging folder's name, which goes on with the writing process's ID and a UUID.
    static let stagingPrefix = ".outpost-generator-staging-"

    /// Removes the staging folders that writes by processes no longer running left behind, having been killed
    /// between staging and cleaning up; a folder of a process still running may be in use and stays.
    static func removeAbandonedStagingFolders(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(stagingPrefix) {
            let pid = name.dropFirst(stagingPrefix.count).prefix { $0 != "-" }
            guard let pid = pid_t(pid), kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Creates the missing folders that `missingFolders(upTo:)` returned, outermost first.
    ///
    /// It calls `mkdir(2)` itself rather than Foundation, whose error on Linux does not say why.
    static func createFolders(_ missing: [URL]) throws {
        for folder in missing.reversed() {
            guard mkdir(folder.path, 0o777) != 0, errno != EEXIST else { continue }
            let reason = String(cString: strerror(errno))
            throw WriteError(message: "cannot create the folder '\(folder.path)': \(reason)")
        }
    }

    /// Removes each of the given folders that exists now and is empty, innermost first, and returns what could
    /// not be removed; a folder that holds anything is kept, whoever put it there.
    static func removeFolders(_ folders: [URL]) -> [String] {
        folders.compactMap { folder in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
                return nil
            }
            return systemFailure(of: { rmdir(folder.path) }).map {
                "could not remove the folder '\(folder.path)', created for the files: \($0)"
            }
        }
    }

    /// Returns the error to throw for a failed write: why it failed, in the system's words rather than as a
    /// Foundation error's dump, followed by what was left changed, if anything.
    static func failure(_ error: any Error, leaving leftovers: [String]) -> WriteError {
        WriteError(message: ([reason(for: error)] + leftovers).joined(separator: "; "))
    }

    /// Returns why a file operation failed: a write error's message, the system's words for an error that
    /// carries an `errno`, or else the error's description.
    static func reason(for error: any Error) -> String {
        if let error = error as? WriteError {
            return error.message
        }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        guard let underlying, underlying.domain == NSPOSIXErrorDomain else { return error.localizedDescription }
        return String(cString: strerror(Int32(underlying.code)))
    }

    /// Makes a system call that returns 0 on success, and returns nil, or the system's words for its `errno`
    /// read straight after it failed.
    static func systemFailure(of call: () -> Int32) -> String? {
        guard call() != 0 else { return nil }
        return String(cString: strerror(errno))
    }
}
