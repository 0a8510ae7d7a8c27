import Foundation
import GeneratorCore

// Times the generator's stages on the project's document, on the reference document when it is
// beside the repository, and on larger documents made by repeating the project's paths and
// schemas under new names. Prints a table; run it by hand in release, never in CI:
//
//   swift run -c release GeneratorBenchmarks [runs]

/// One document to measure.
struct BenchmarkDocument {
    var name: String
    var bytes: [UInt8]
}

/// The median and minimum of a stage's times over several runs, in milliseconds.
struct Timing {
    var median: Double
    var minimum: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        median = sorted[sorted.count / 2]
        minimum = sorted.first ?? 0
    }
}

/// Returns the seconds one call of `body` takes.
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Returns the process's peak resident memory so far, in mebibytes.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Returns the document with its paths and component schemas repeated `copies` times under new names,
/// or nil when its layout is not the one this expects.
///
/// It expects what `openapi.yaml` has: `schemas` as the last member of `components`, and `paths` as
/// the last top-level key. References and operation IDs are renamed with their targets, so every
/// copy is a complete, valid part of the document.
func enlarged(_ text: String, copies: Int) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let schemasStart = lines.firstIndex(of: "  schemas:"),
        let schemasEnd = lines[(schemasStart + 1)...].firstIndex(where: { !$0.isEmpty && !$0.hasPrefix(" ") }),
        let pathsStart = lines.firstIndex(of: "paths:"), pathsStart > schemasEnd
    else { return nil }

    let schemaBlock = lines[(schemasStart + 1)..<schemasEnd]
    let pathBlock = lines[(pathsStart + 1)...]
    var result = Array(lines[..<schemasEnd])
    for copy in 2...max(copies, 2) {
        result += schemaBlock.map { renamed($0, copy: copy, isSchemaBlock: true) }
    }
    result += lines[schemasEnd...]
    for copy in 2...max(copies, 2) {
        result += pathBlock.map { renamed($0, copy: copy, isSchemaBlock: false) }
    }
    return result.joined(separator: "\n")
}

/// Returns a line of a copied block with its path template, schema name, references and operation ID renamed.
func renamed(_ line: String, copy: Int, isSchemaBlock: Bool) -> String {
    var text = line.replacingOccurrences(of: "#/components/schemas/", with: "#/components/schemas/C\(copy)")
    text = text.replacingOccurrences(of: "operationId: ", with: "operationId: c\(copy)")
    if !isSchemaBlock, text.hasPrefix("  /") {
        return "  /c\(copy)" + text.dropFirst(2)
    }
    if isSchemaBlock, text.hasPrefix("    "), !text.hasPrefix("     "), text.hasSuffix(":") {
        return "    C\(copy)" + text.dropFirst(4)
    }
    return text
}

func measure(_ document: BenchmarkDocument, runs: Int) -> [String] {
    var parse: [Double] = []
    var model: [Double] = []
    var translate: [Double] = []
    var render: [Double] = []
    var total: [Double] = []
    var summary = ""

    for _ in 0..<runs {
        var root: Node?
        var built: Document?
        var sdk: SDKDeclarations?
        parse.append(seconds { root = YAMLParser().parse(document.bytes, file: document.name).value })
        guard let root else { return ["\(document.name): does not parse"] }
        model.append(seconds { built = DocumentBuilder().build(root, file: document.name).value })
        guard let built else { return ["\(document.name): the model has errors"] }
        translate.append(seconds { sdk = SDKTranslator().translate(built, file: document.name).value })
        guard let sdk else { return ["\(document.name): translation has errors"] }
        var lines = 0
        render.append(seconds { lines = SDKRenderer().render(sdk).values.reduce(0) { $0 + $1.count { $0 == "\n" } } })
        total.append(seconds { _ = Generation(bytes: document.bytes, file: document.name) })
        summary = "\(built.operations.count) ops, \(built.components.schemas.count) schemas, \(lines) lines out"
    }

    let cells = [parse, model, translate, render, total].map { Timing($0) }
    let times = cells.map { String(format: "%8.1f", $0.median * 1000) }.joined(separator: " | ")
    let size = String(format: "%7.0f KB", Double(document.bytes.count) / 1024)
    let name = document.name.padding(toLength: 24, withPad: " ", startingAt: 0)
    let minimum = String(format: "%8.1f", cells[4].minimum * 1000)
    return ["| \(name) | \(size) | \(times) | \(minimum) | \(String(format: "%7.1f", peakMemoryMiB())) | \(summary) |"]
}

let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let project = (try? String(contentsOf: root.appendingPathComponent("openapi.yaml"), encoding: .utf8)) ?? ""
var documents = [BenchmarkDocument(name: "openapi.yaml", bytes: Array(project.utf8))]
let referenceURL = root.deletingLastPathComponent().appendingPathComponent("shared/reference/outpost-openapi.yaml")
if let reference = try? String(contentsOf: referenceURL, encoding: .utf8) {
    documents.append(BenchmarkDocument(name: "reference", bytes: Array(reference.utf8)))
}
for copies in [10, 50] {
    guard let text = enlarged(project, copies: copies) else {
        print("openapi.yaml's layout is not the one the enlarged documents are made from; they are left out")
        break
    }
    documents.append(BenchmarkDocument(name: "openapi.yaml x\(copies)", bytes: Array(text.utf8)))
}

print("Generator stages, median ms over \(runs) runs (total also as minimum); peak RSS of the process so far")
print(
    "| document                 |       size |    parse |    model | translate |   render |    total |"
        + " total min | peak MiB | output |"
)
print(
    "|--------------------------|------------|----------|----------|-----------|----------|----------|"
        + "-----------|----------|--------|"
)
for document in documents {
    for line in measure(document, runs: runs) {
        print(line)
    }
}
