import Foundation
import GeneratorCore
import Testing

/// The build plugin cannot import GeneratorCore, so it keeps its own copy of the generated file names; SwiftPM
/// fails a build whose command writes a file it did not declare, or declares one it never writes.
@Test("The build plugin declares exactly the files the renderer writes, in the same order")
func pluginDeclaresTheRenderersFileNames() throws {
    let plugin = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appending(path: "Plugins/OutpostGeneratorPlugin/OutpostGeneratorPlugin.swift")
    let source = try String(contentsOf: plugin, encoding: .utf8)

    let start = try #require(source.range(of: "static let generatedFileNames = ["))
    let end = try #require(source[start.upperBound...].firstIndex(of: "]"))
    let literal = source[start.upperBound..<end]
    let names = literal.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }

    #expect(names == SDKRenderer.fileNames)
}
