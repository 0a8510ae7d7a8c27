/// What a pipeline stage produces: its value when it could build one, and everything it noticed.
public struct StageResult<Value: Sendable>: Sendable {
    /// The stage's output, or nil when an error stopped it.
    public var value: Value?

    /// The diagnostics of this stage, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error; generation stops after a stage that reports one.
    public var hasErrors: Bool {
        diagnostics.containsErrors
    }
}
