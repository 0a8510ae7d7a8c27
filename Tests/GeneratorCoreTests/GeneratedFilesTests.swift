import Foundation
import Testing

@testable import GeneratorCore

/// Moves every staged file over its target as a write does, except that the move of `failing` fails, as a full
/// disk or a file that another process locks might make it; `beforeFailing` runs just before it fails.
private func replacing(
    failingAt failing: String,
    beforeFailing: @escaping () throws -> Void = {}
) -> (URL, URL) throws -> Void {
    { target, staged in
        guard target.lastPathComponent != failing else {
            try beforeFailing()
            throw GeneratedFiles.WriteError(message: "cannot replace '\(failing)': refused by the test")
        }
        try GeneratedFiles.replace(target, with: staged)
    }
}

@Test func writesEveryFileIntoANewFolderAndCountsThem() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("Generated")

    let written = try GeneratedFiles(["A.swift": "a\n", "B.swift": "b\n"]).write(to: folder)

    #expect(written == 2)
    #expect(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8) == "a\n")
    #expect(try String(contentsOf: folder.appendingPathComponent("B.swift"), encoding: .utf8) == "b\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["A.swift", "B.swift"])
}

@Test func unchangedFileKeepsItsModificationDate() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let unchanged = folder.appendingPathComponent("A.swift")
    try Data("a\n".utf8).write(to: unchanged)
    let earlier = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: earlier], ofItemAtPath: unchanged.path)

    let written = try GeneratedFiles(["A.swift": "a\n", "B.swift": "b\n"]).write(to: folder)

    #expect(written == 1)
    let attributes = try FileManager.default.attributesOfItem(atPath: unchanged.path)
    #expect(attributes[.modificationDate] as? Date == earlier)
}

@Test func failedReplaceGivesEveryFileItsEarlierContentBack() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("earlier a\n".utf8).write(to: folder.appendingPathComponent("A.swift"))
    try Data("earlier b\n".utf8).write(to: folder.appendingPathComponent("B.swift"))
    let before = try FolderSnapshot(folder)

    let files = GeneratedFiles(["A.swift": "new a\n", "B.swift": "new b\n", "C.swift": "new c\n"])
    #expect(throws: GeneratedFiles.WriteError(message: "cannot replace 'B.swift': refused by the test")) {
        try files.write(to: folder, replacing: replacing(failingAt: "B.swift"))
    }

    let after = try FolderSnapshot(folder)
    #expect(after.entries.keys.sorted() == ["A.swift", "B.swift"])
    #expect(after.entries["A.swift"]?.contents == Data("earlier a\n".utf8))
    #expect(after.entries["B.swift"] == before.entries["B.swift"])
}

@Test func failedReplaceRemovesFilesThatDidNotExistBefore() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }

    #expect(throws: GeneratedFiles.WriteError.self) {
        try GeneratedFiles(["A.swift": "a\n", "B.swift": "b\n"]).write(
            to: folder, replacing: replacing(failingAt: "B.swift"))
    }

    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
}

/// Folders stand where the first two files go once they have been moved, so neither can be put back.
@Test func failedRestoreIsNamedInTheError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("earlier a\n".utf8).write(to: folder.appendingPathComponent("A.swift"))
    let blockMovedFiles = {
        for name in ["A.swift", "B.swift"] {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.removeItem(at: target)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try Data().write(to: target.appendingPathComponent("inside"))
        }
    }

    let files = GeneratedFiles(["A.swift": "new a\n", "B.swift": "new b\n", "C.swift": "new c\n"])
    let message =
        "cannot replace 'C.swift': refused by the test; could not remove the new file 'B.swift': "
        + "Is a directory; could not give 'A.swift' its earlier content back: Is a directory"
    #expect(throws: GeneratedFiles.WriteError(message: message)) {
        try files.write(to: folder, replacing: replacing(failingAt: "C.swift", beforeFailing: blockMovedFiles))
    }
}

/// A folder where a file goes cannot be read, as an unreadable file cannot; either would be lost in a rollback.
@Test func targetThatExistsButCannotBeReadIsRefusedBeforeAnythingIsWritten() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let earlier = folder.appendingPathComponent("A.swift")
    try Data("earlier a\n".utf8).write(to: earlier)
    try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: earlier.path)
    try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("B.swift"), withIntermediateDirectories: false)
    let before = try FolderSnapshot(folder)

    let files = GeneratedFiles(["A.swift": "new a\n", "B.swift": "new b\n", "C.swift": "new c\n"])
    let message = "cannot read 'B.swift', which a generated file would replace"
    #expect(throws: GeneratedFiles.WriteError(message: message)) { try files.write(to: folder) }

    #expect(try FolderSnapshot(folder) == before)
}

@Test(.enabled(if: geteuid() != 0, "root reads every file"))
func unreadableFileIsRefusedAndKept() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let unreadable = folder.appendingPathComponent("A.swift")
    try Data("earlier a\n".utf8).write(to: unreadable)
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: unreadable.path)

    let message = "cannot read 'A.swift', which a generated file would replace"
    #expect(throws: GeneratedFiles.WriteError(message: message)) {
        try GeneratedFiles(["A.swift": "new a\n"]).write(to: folder)
    }

    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: unreadable.path)
    #expect(FileManager.default.contents(atPath: unreadable.path) == Data("earlier a\n".utf8))
}

@Test(arguments: ["../Escaped.swift", "Sub/File.swift", "", "..", "."])
func nameThatIsNotAPlainFileNameWritesNothing(_ name: String) throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("Generated")

    #expect(throws: GeneratedFiles.WriteError(message: "'\(name)' is not a plain file name")) {
        try GeneratedFiles(["A.swift": "a\n", name: "x\n"]).write(to: folder)
    }

    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
}

@Test func folderThatCannotBeCreatedIsAnErrorAndWritesNothing() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let blocker = parent.appendingPathComponent("NotAFolder")
    try Data("x".utf8).write(to: blocker)

    let error = try #require(throws: GeneratedFiles.WriteError.self) {
        try GeneratedFiles(["A.swift": "a\n"]).write(to: blocker.appendingPathComponent("Generated"))
    }

    // The system's words, not a dump of Foundation's error.
    #expect(error.message == "cannot create the folder '\(blocker.path)/Generated': Not a directory")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["NotAFolder"])
}

@Test func failedWriteIntoAFolderItCreatedRemovesTheFolder() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("Generated")

    // A name that is a plain file name but too long for the file system fails when staged.
    let tooLong = String(repeating: "n", count: 300) + ".swift"
    #expect(throws: (any Error).self) {
        try GeneratedFiles(["A.swift": "a\n", tooLong: "x\n"]).write(to: folder)
    }

    #expect(!FileManager.default.fileExists(atPath: folder.path))
}

@Test func failedWriteRemovesEveryFolderItCreated() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("New/Deeper/Generated")

    let tooLong = String(repeating: "n", count: 300) + ".swift"
    #expect(throws: (any Error).self) {
        try GeneratedFiles(["A.swift": "a\n", tooLong: "x\n"]).write(to: folder)
    }

    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
}

/// The second folder's name is too long for the file system, so only the first is created.
@Test func folderThatCannotBeCreatedInFullLeavesNoneOfItsFolders() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("New/\(String(repeating: "n", count: 300))/Generated")

    #expect(throws: (any Error).self) { try GeneratedFiles(["A.swift": "a\n"]).write(to: folder) }

    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
}

@Test func createdFolderThatSomethingElseWroteIntoIsKeptAndNamed() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let created = parent.appendingPathComponent("New")
    let foreign = created.appendingPathComponent("foreign.txt")

    let message =
        "cannot replace 'A.swift': refused by the test; could not remove the folder '\(created.path)', "
        + "created for the files: Directory not empty"
    #expect(throws: GeneratedFiles.WriteError(message: message)) {
        try GeneratedFiles(["A.swift": "a\n"]).write(
            to: created.appendingPathComponent("Generated"),
            replacing: replacing(failingAt: "A.swift", beforeFailing: { try Data("x".utf8).write(to: foreign) })
        )
    }

    #expect(try FileManager.default.contentsOfDirectory(atPath: created.path) == ["foreign.txt"])
}

@Test func successfulWriteLeavesNoStagingFolder() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }

    _ = try GeneratedFiles(["A.swift": "a\n"]).write(to: folder)
    _ = try GeneratedFiles(["A.swift": "changed\n"]).write(to: folder)

    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["A.swift"])
}

@Test func sampleDocumentGeneratesIntoAFolderThatHoldsExactlyItsFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/sample-openapi.yaml")
    let bytes = try [UInt8](Data(contentsOf: golden))

    let generation = try generateAsTheCommandLineDoes(bytes, file: "sample-openapi.yaml", into: folder)

    let files = try #require(generation.files)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(Set(names) == Set(files.keys))
}

@Test func dotDotInTheFolderIsResolvedBeforeAnyFolderIsCreated() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }

    let written = try GeneratedFiles(["A.swift": "a\n"]).write(to: parent.appendingPathComponent("new/../Generated"))

    #expect(written == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["Generated"])
}

@Test func aFileWhereTheFolderShouldBeIsNamedWithTheSystemsReason() throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let file = parent.appendingPathComponent("Generated")
    try Data("x".utf8).write(to: file)

    let error = try #require(throws: GeneratedFiles.WriteError.self) {
        try GeneratedFiles(["A.swift": "a\n"]).write(to: file)
    }

    #expect(error.message == "cannot write into '\(file.path)': Not a directory")
    #expect(try Data(contentsOf: file) == Data("x".utf8))
}

@Test func aNamedPipeWhereAFileShouldBeIsRefusedWithoutWaitingForAWriter() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("A.swift")
    #expect(mkfifo(pipe.path, 0o600) == 0)

    let error = try #require(throws: GeneratedFiles.WriteError.self) {
        try GeneratedFiles(["A.swift": "a\n"]).write(to: folder)
    }

    #expect(error.message == "cannot read 'A.swift', which a generated file would replace")
}

@Test func stagingFoldersOfEndedWritesAreRemovedAndThoseOfRunningOnesKept() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A process ID above the system's limit (4,194,304 at most on Linux) belongs to no running process.
    let abandoned = GeneratedFiles.stagingPrefix + "2147483646-0F1E2D3C"
    let running = GeneratedFiles.stagingPrefix + "\(getpid())-4B5A6978"
    for name in [abandoned, running] {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
    }

    _ = try GeneratedFiles(["A.swift": "a\n"]).write(to: folder)

    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["A.swift", running].sorted())
}
