import Foundation
import GeneratorCore
import Testing

@Test func catalogNamesEveryFileOfTheBrokenDocumentsFolder() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: BrokenDocument.folder.path)
    let catalogued = BrokenDocument.all.map(\.file)
    #expect(Set(files) == Set(catalogued))
    #expect(Set(catalogued).count == catalogued.count, "a file is catalogued twice")
}

@Test(arguments: BrokenDocument.all)
func brokenDocumentStopsGenerationWithItsErrorFirst(_ document: BrokenDocument) throws {
    let bytes = try document.bytes()
    let generation = Generation(bytes: bytes, file: document.file)

    #expect(generation.files == nil)
    let errors = generation.diagnostics.filter { $0.severity == .error }
    let first = try #require(errors.first, "no error among \(generation.diagnostics)")
    #expect(first.location == GeneratorCore.SourceLocation(line: document.line, column: document.column))
    #expect(first.message.contains(document.message), "\(first)")
    #expect(first.file == document.file)
    expectEveryErrorLocatedInside(generation.diagnostics, SourceText(bytes))
}

@Test(arguments: BrokenDocument.all)
func brokenDocumentLeavesTheOutputFolderAsItWas(_ document: BrokenDocument) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("// generated earlier\n".utf8).write(to: folder.appendingPathComponent("Client.swift"))
    try Data("// generated earlier\n".utf8).write(to: folder.appendingPathComponent("Models0.swift"))
    let before = try FolderSnapshot(folder)

    let generation = try generateAsTheCommandLineDoes(try document.bytes(), file: document.file, into: folder)

    #expect(generation.diagnostics.containsErrors)
    #expect(try FolderSnapshot(folder) == before)
}

@Test(arguments: BrokenDocument.all)
func brokenDocumentCreatesNoOutputFolder(_ document: BrokenDocument) throws {
    let parent = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("Generated")

    _ = try generateAsTheCommandLineDoes(try document.bytes(), file: document.file, into: folder)

    #expect(!FileManager.default.fileExists(atPath: folder.path))
}

@Test(arguments: BrokenDocument.all)
func everyErrorOfABrokenDocumentPrintsWithItsSourceLine(_ document: BrokenDocument) throws {
    let bytes = try document.bytes()
    let formatter = DiagnosticFormatter(source: SourceText(bytes))
    for error in Generation(bytes: bytes, file: document.file).diagnostics where error.severity == .error {
        let lines = formatter.format(error).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.first?.hasPrefix("\(document.file):\(error.location?.line ?? 0):") == true)
        #expect(lines.last?.last == "^")
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" })
    }
}
