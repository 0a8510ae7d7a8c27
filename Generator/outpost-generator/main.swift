import Foundation
import GeneratorCore

/// The command line: `outpost-generator check DOCUMENT`.
///
/// Diagnostics go to standard error and the summary line to standard output. The exit status is
/// 0 without errors, 1 with errors and 2 for a usage error.
let usage = """
    usage: outpost-generator check DOCUMENT
    """

func writeToStandardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

func runCheck(path: String) -> Int32 {
    guard let data = FileManager.default.contents(atPath: path) else {
        writeToStandardError("\(path): error: cannot read the file")
        return 1
    }
    let bytes = [UInt8](data)
    let check = DocumentCheck(bytes: bytes, file: path)

    let formatter = DiagnosticFormatter(source: SourceText(bytes))
    for diagnostic in check.diagnostics {
        writeToStandardError(formatter.format(diagnostic))
    }
    print(check.summary)
    return check.errorCount == 0 ? 0 : 1
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "check" where arguments.count == 2:
    exit(runCheck(path: arguments[1]))
case "-h", "--help":
    print(usage)
    exit(0)
default:
    writeToStandardError(usage)
    exit(2)
}
