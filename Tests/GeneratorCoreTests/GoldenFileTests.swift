import Foundation
import GeneratorCore
import Testing

/// The folder of the golden document and its expected sources.
private let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

/// Whether to rewrite the expected sources instead of comparing with them (`RECORD_GOLDEN=1 swift test`).
private let isRecording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"

@Test func sampleDocumentGeneratesTheExpectedSources() throws {
    let document = try [UInt8](Data(contentsOf: goldenFolder.appendingPathComponent("sample-openapi.yaml")))
    let naming = try [UInt8](Data(contentsOf: goldenFolder.appendingPathComponent("sample-openapi-naming.yaml")))
    let generation = Generation(bytes: document, file: "sample-openapi.yaml", naming: (naming, "naming.yaml"))
    let files = try #require(generation.files, "generation failed: \(generation.diagnostics)")
    #expect(generation.diagnostics.isEmpty)
    #expect(Set(files.keys) == Set(SDKRenderer.fileNames))

    for name in SDKRenderer.fileNames {
        let expectedURL = goldenFolder.appendingPathComponent("Expected/\(name).golden")
        let actual = files[name] ?? ""
        if isRecording {
            try Data(actual.utf8).write(to: expectedURL)
            continue
        }
        let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? ""
        if actual != expected {
            Issue.record("\(name) differs from Golden/Expected/\(name).golden:\n\(LineDiff(expected, actual))")
        }
    }
}

@Test func generationIsByteIdenticalAcrossRuns() throws {
    let document = try [UInt8](Data(contentsOf: goldenFolder.appendingPathComponent("sample-openapi.yaml")))
    let first = Generation(bytes: document, file: "sample-openapi.yaml").files
    let second = Generation(bytes: document, file: "sample-openapi.yaml").files
    #expect(first != nil)
    #expect(first == second)
}

/// The lines that differ between two texts, as `-` and `+` lines with their line numbers.
struct LineDiff: CustomStringConvertible {
    let description: String

    init(_ old: String, _ new: String, context: Int = 2, limit: Int = 60) {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let common = Self.longestCommonSubsequence(oldLines, newLines)

        var output: [String] = []
        var (i, j) = (0, 0)
        for (oldIndex, newIndex) in common + [(oldLines.count, newLines.count)] {
            while i < oldIndex {
                output.append("-\(i + 1): \(oldLines[i])")
                i += 1
            }
            while j < newIndex {
                output.append("+\(j + 1): \(newLines[j])")
                j += 1
            }
            (i, j) = (oldIndex + 1, newIndex + 1)
        }
        let shown = output.prefix(limit).joined(separator: "\n")
        description = output.count > limit ? shown + "\n… \(output.count - limit) more lines differ" : shown
    }

    /// Returns the index pairs of a longest common subsequence of two line lists.
    private static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
        var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                pairs.append((i, j))
                (i, j) = (i + 1, j + 1)
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}

@Test func lineDiffShowsRemovedAndAddedLines() {
    let diff = LineDiff("a\nb\nc", "a\nx\nc")
    #expect(diff.description == "-2: b\n+2: x")
}
