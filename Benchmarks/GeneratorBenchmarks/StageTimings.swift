import BenchmarkSupport
import GeneratorCore

/// The times of each of the generator's stages over several runs on one document, and the memory after each.
struct StageTimings {
    /// The stages in pipeline order.
    static let stageNames = ["YAML", "model", "translate", "render"]

    /// The YAML stage's bounds, with the node limit raised so that a document larger than the generator accepts
    /// can still be timed stage by stage; below the limit, the count it keeps costs the same.
    static let limits = YAMLParser.Limits(maximumNodes: 100_000_000)

    /// Whether the generator's own YAML limits accept the document.
    static func isWithinDefaultLimits(_ bytes: [UInt8]) -> Bool {
        !YAMLParser().parse(bytes, file: "openapi.yaml").hasErrors
    }

    /// Each stage's wall-clock time in each run, in seconds; indexed by stage, then run.
    var seconds: [[Double]] = Array(repeating: [], count: stageNames.count)

    /// Each stage's CPU time in each run, in seconds; indexed by stage, then run.
    var cpuSeconds: [[Double]] = Array(repeating: [], count: stageNames.count)

    /// The resident memory after each stage of the last run, with every earlier stage's output still held.
    var residentMiB: [Double] = Array(repeating: 0, count: stageNames.count)

    /// What the document and its output hold, such as `29 operations, 91 schemas, 11077 lines out`.
    var summary = ""

    /// Runs the stages one after another `runs` times, each stage timed on its own.
    ///
    /// - Parameters:
    ///   - bytes: The document.
    ///   - runs: How many timed runs to make.
    /// - Returns: The timings, or nil when a stage reports an error.
    static func measure(_ bytes: [UInt8], runs: Int) -> StageTimings? {
        var timings = StageTimings()
        for _ in 0..<runs {
            guard timings.runOnce(bytes) else { return nil }
        }
        return timings
    }

    /// A stage's times.
    func samples(ofStage stage: Int) -> Samples {
        Samples(seconds[stage], cpuSeconds: cpuSeconds[stage])
    }

    /// The times of each run's stages added up.
    var totals: Samples {
        let runs = 0..<seconds[0].count
        return Samples(
            runs.map { run in seconds.reduce(0) { $0 + $1[run] } },
            cpuSeconds: runs.map { run in cpuSeconds.reduce(0) { $0 + $1[run] } })
    }

    private mutating func runOnce(_ bytes: [UInt8]) -> Bool {
        var root: Node?
        time(0) { root = YAMLParser(limits: Self.limits).parse(bytes, file: "openapi.yaml").value }
        guard let root else { return false }

        var document: Document?
        time(1) { document = DocumentBuilder().build(root, file: "openapi.yaml").value }
        guard let document else { return false }

        var declarations: SDKDeclarations?
        time(2) { declarations = SDKTranslator().translate(document, file: "openapi.yaml").value }
        guard let declarations else { return false }

        var files: [String: String] = [:]
        time(3) { files = SDKRenderer().render(declarations) }
        let lines = files.values.reduce(0) { $0 + $1.utf8.count { $0 == 0x0A } }
        summary =
            "\(document.operations.count) operations, \(document.components.schemas.count) schemas, "
            + "\(lines) lines out"
        return true
    }

    private mutating func time(_ stage: Int, _ body: () -> Void) {
        let samples = Samples.measure(runs: 1, warmups: 0, body)
        seconds[stage].append(samples.median)
        cpuSeconds[stage].append(samples.cpuMedian ?? .nan)
        residentMiB[stage] = ProcessMemory.residentMiB
    }
}
