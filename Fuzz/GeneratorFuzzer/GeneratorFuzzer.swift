import GeneratorCore

/// Runs the generator's stages on one fuzzer input and checks what must hold for any input.
///
/// Built with `swift build --sanitize fuzzer`, libFuzzer supplies `main` and calls this function;
/// in an ordinary build the target links but does nothing. Any crash, hang or failed check here
/// is a defect in the generator.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGenerator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let check = DocumentCheck(bytes: bytes, file: "fuzz.yaml")

    // Every diagnostic must render, and its location must lie inside the input.
    let source = SourceText(bytes)
    let formatter = DiagnosticFormatter(source: source)
    for diagnostic in check.diagnostics {
        _ = formatter.format(diagnostic)
        if let location = diagnostic.location {
            precondition(location.line >= 1 && location.column >= 1, "location before the start: \(diagnostic)")
            precondition(source.line(location.line) != nil, "location past the last line: \(diagnostic)")
        }
    }

    // A parse without errors yields a tree; one with errors yields none.
    let parsed = YAMLParser().parse(bytes, file: "fuzz.yaml")
    precondition((parsed.value == nil) == parsed.hasErrors, "tree and errors disagree")
    return 0
}
