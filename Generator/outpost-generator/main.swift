import Foundation
import GeneratorCore

// The command line over the generator's pipeline:
//
//   outpost-generator check DOCUMENT [--naming FILE]
//   outpost-generator generate DOCUMENT --output DIR [--naming FILE]
//
// Diagnostics go to standard error and one summary line to standard output. The exit status is 0
// without errors, 1 with errors and 2 for a usage error.

let usage = """
    usage: outpost-generator check DOCUMENT [--naming FILE]
           outpost-generator generate DOCUMENT --output DIR [--naming FILE]

    check runs every stage of generate but writing, with the same diagnostics and summary. Both read the
    naming file 'openapi-naming.yaml' beside DOCUMENT when --naming is not given.
    """

/// The name of the naming file looked for beside the document.
let defaultNamingFileName = "openapi-naming.yaml"

func writeToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func readBytes(_ path: String) -> [UInt8]? {
    guard let data = FileManager.default.contents(atPath: path) else {
        writeToStandardError("\(path): error: cannot read the file")
        return nil
    }
    return [UInt8](data)
}

/// Prints diagnostics, quoting the line of whichever file each one is about, up to the report's limit.
func report(_ diagnostics: [Diagnostic], sources: [(file: String, bytes: [UInt8])]) {
    for entry in DiagnosticReport(diagnostics, sources: sources).entries {
        writeToStandardError(entry)
    }
}

/// Runs every stage on a document and its naming file (the given one, or the one beside the document if
/// any), printing the diagnostics; nil when a file cannot be read.
func generation(path: String, namingPath: String?) -> Generation? {
    guard let bytes = readBytes(path) else { return nil }
    let besideDocument = URL(fileURLWithPath: path).deletingLastPathComponent()
        .appendingPathComponent(defaultNamingFileName).path
    let namingPath = namingPath ?? (FileManager.default.fileExists(atPath: besideDocument) ? besideDocument : nil)
    var naming: (bytes: [UInt8], file: String)?
    if let namingPath {
        guard let namingBytes = readBytes(namingPath) else { return nil }
        naming = (namingBytes, namingPath)
    }

    let generation = Generation(bytes: bytes, file: path, naming: naming)
    report(generation.diagnostics, sources: [(path, bytes)] + (naming.map { [($0.file, $0.bytes)] } ?? []))
    return generation
}

func runCheck(path: String, namingPath: String?) -> Int32 {
    guard let generation = generation(path: path, namingPath: namingPath) else { return 1 }
    print(generation.summary)
    return generation.files == nil ? 1 : 0
}

func runGenerate(path: String, output: String, namingPath: String?) -> Int32 {
    guard let generation = generation(path: path, namingPath: namingPath) else { return 1 }
    guard let files = generation.files else {
        print(generation.summary)
        return 1
    }

    do {
        let written = try GeneratedFiles(files).write(to: URL(fileURLWithPath: output))
        print("\(generation.summary); \(files.count) files, \(written) rewritten")
        return 0
    } catch {
        writeToStandardError("\(output): error: cannot write the generated files: \(error)")
        return 1
    }
}

/// Returns the value following an option, or nil when the option is absent; exits on a dangling option.
func option(_ name: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: name) else { return nil }
    guard index + 1 < arguments.count else {
        writeToStandardError("error: \(name) needs a value\n\(usage)")
        exit(2)
    }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
    return value
}

var arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "check":
    let naming = option("--naming", in: &arguments)
    guard arguments.count == 2 else {
        writeToStandardError(usage)
        exit(2)
    }
    exit(runCheck(path: arguments[1], namingPath: naming))
case "generate":
    let output = option("--output", in: &arguments)
    let naming = option("--naming", in: &arguments)
    guard let output, arguments.count == 2 else {
        writeToStandardError(usage)
        exit(2)
    }
    exit(runGenerate(path: arguments[1], output: output, namingPath: naming))
case "-h", "--help":
    print(usage)
    exit(0)
default:
    writeToStandardError(usage)
    exit(2)
}
