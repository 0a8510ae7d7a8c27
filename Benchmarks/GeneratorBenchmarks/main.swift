import BenchmarkSupport
import Foundation
import GeneratorCore

// Times the generator on one document: libyaml's scan of its bytes (the floor under the YAML stage), each stage on
// its own with the memory after it, then whole runs of the pipeline as `outpost-generator generate` makes them.
// Prints rows of the benchmark table; Scripts/benchmark.sh runs it once per document size, in release.
//
//   GeneratorBenchmarks <openapi.yaml> [copies] [runs]
//   GeneratorBenchmarks --write <openapi.yaml> <copies> <output>   (writes an enlarged document)
//   GeneratorBenchmarks --profile <openapi.yaml> <copies>          (one whole run, then its peak memory in MiB)
//   GeneratorBenchmarks --table-header                             (the table's header, for the script)
//   GeneratorBenchmarks --table-row <area> <measurement> <baseline name> <baseline seconds> <memory> <seconds>...
//                                                                  (a row of times the script measured)

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--table-header" {
    for line in ReportRow.headerLines {
        print(line)
    }
    exit(0)
}
if arguments.first == "--table-row" {
    guard arguments.count >= 7 else {
        print("usage: GeneratorBenchmarks --table-row <area> <measurement> <baseline> <seconds> <memory> <seconds>...")
        exit(2)
    }
    let times = arguments.dropFirst(6).compactMap(Double.init)
    let baseline = Double(arguments[4]).map { (name: arguments[3], samples: Samples([$0])) }
    let row = ReportRow(
        area: arguments[1], measurement: arguments[2], samples: Samples(times.isEmpty ? [.nan] : times),
        baseline: baseline, memory: arguments[5])
    print(row.line)
    exit(0)
}
if arguments.first == "--write" {
    guard arguments.count == 4, let copies = Int(arguments[2]),
        let text = try? String(contentsOfFile: arguments[1], encoding: .utf8),
        let enlarged = DocumentEnlarger.enlarged(text, copies: copies)
    else {
        print("usage: GeneratorBenchmarks --write <openapi.yaml> <copies> <output>")
        exit(2)
    }
    try Data(enlarged.utf8).write(to: URL(fileURLWithPath: arguments[3]))
    exit(0)
}
if arguments.first == "--profile" {
    guard arguments.count == 3, let copies = Int(arguments[2]),
        let text = try? String(contentsOfFile: arguments[1], encoding: .utf8),
        let enlarged = DocumentEnlarger.enlarged(text, copies: copies)
    else {
        print("usage: GeneratorBenchmarks --profile <openapi.yaml> <copies>")
        exit(2)
    }
    let generation = Generation(bytes: Array(enlarged.utf8), file: "openapi.yaml")
    print(generation.summary)
    print("peak MiB \(ProcessMemory.peakMiB)")
    exit(generation.files == nil ? 1 : 0)
}

guard let path = arguments.first, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    print("usage: GeneratorBenchmarks <openapi.yaml> [copies] [runs]")
    exit(2)
}
let copies = arguments.dropFirst().first.flatMap(Int.init) ?? 1
let runs = arguments.dropFirst(2).first.flatMap(Int.init) ?? 5
guard let enlarged = DocumentEnlarger.enlarged(text, copies: copies) else {
    print("\(path)'s layout is not the one the enlarged documents are made from")
    exit(1)
}

let benchmark = GeneratorBenchmark(
    name: copies == 1 ? "openapi.yaml" : "×\(copies)", bytes: Array(enlarged.utf8), runs: runs,
    profileArguments: ["--profile", path, "\(copies)"])
for row in benchmark.run() {
    print(row.line)
}
