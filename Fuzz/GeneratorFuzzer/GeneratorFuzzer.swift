import GeneratorCore

/// Runs the generator's stages on one fuzzer input and checks what must hold for any input.
///
/// The YAML stage, the model stage (`DocumentCheck`) and, for an input that passes them, the translate
/// stage run on every input; rendering is left out, as it only prints what translation decided.
/// Built with `swift build --sanitize fuzzer`, libFuzzer supplies `main` and calls this function;
/// in an ordinary build the target links but does nothing. Any crash, hang or failed check here
/// is a defect in the generator.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGenerator(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let check = DocumentCheck(bytes: bytes, file: "fuzz.yaml")
    checkDiagnostics(check.diagnostics, of: bytes)

    // A parse without errors yields a tree; one with errors yields none.
    let parsed = YAMLParser().parse(bytes, file: "fuzz.yaml")
    precondition((parsed.value == nil) == parsed.hasErrors, "tree and errors disagree")

    // A model is built exactly when no stage reported an error.
    precondition((check.document == nil) == check.diagnostics.containsErrors, "model and errors disagree")
    guard let document = check.document else { return 0 }

    let translated = SDKTranslator().translate(document, file: "fuzz.yaml")
    checkDiagnostics(translated.diagnostics, of: bytes)
    return 0
}

/// Checks that every diagnostic renders and that every error lies inside the input.
private func checkDiagnostics(_ diagnostics: [Diagnostic], of bytes: [UInt8]) {
    let source = SourceText(bytes)
    let formatter = DiagnosticFormatter(source: source)
    for diagnostic in diagnostics {
        _ = formatter.format(diagnostic)
        precondition(diagnostic.message.count <= 2 * Diagnostic.maximumMessageLength, "message too long")
        precondition((diagnostic.pointer?.count ?? 0) <= 2 * Diagnostic.maximumPointerLength, "pointer too long")
        precondition(!diagnostic.description.contains(where: \.isNewline), "diagnostic on more than one line")
        guard let location = diagnostic.location else {
            precondition(diagnostic.severity != .error, "error without a location: \(diagnostic)")
            continue
        }
        precondition(location.line >= 1 && location.column >= 1, "location before the start: \(diagnostic)")
        guard let line = source.line(location.line) else {
            preconditionFailure("location past the last line: \(diagnostic)")
        }
        precondition(location.column <= line.unicodeScalars.count + 1, "location past its line: \(diagnostic)")
    }
}
