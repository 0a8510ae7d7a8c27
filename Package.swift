// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "outpost-swift",
    products: [
        .library(name: "Outpost", targets: ["Outpost"]),
        .library(name: "OutpostRuntime", targets: ["OutpostRuntime"]),
        .executable(name: "outpost-generator", targets: ["outpost-generator"]),
        .plugin(name: "OutpostGeneratorPlugin", targets: ["OutpostGeneratorPlugin"]),
    ],
    targets: [
        // libyaml, found through pkg-config; installed from Debian's libyaml-dev.
        .systemLibrary(
            name: "CYaml",
            path: "Generator/CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),

        // The generator's pipeline: YAML nodes, the OpenAPI model, Swift declarations, rendered text.
        .target(
            name: "GeneratorCore",
            dependencies: ["CYaml"],
            path: "Generator/GeneratorCore"
        ),

        // The command-line shell over the pipeline; the build plugin runs it by this target's name.
        .executableTarget(
            name: "outpost-generator",
            dependencies: ["GeneratorCore"],
            path: "Generator/outpost-generator"
        ),

        // What generated SDK code calls: transport, authentication, retry, pagination, errors, JSON coding.
        .target(
            name: "OutpostRuntime",
            path: "Sources/OutpostRuntime"
        ),

        // Runs outpost-generator on a target's openapi.yaml (in the target's directory, else at the package
        // root) at build time; the generated files become part of the target.
        .plugin(
            name: "OutpostGeneratorPlugin",
            capability: .buildTool(),
            dependencies: ["outpost-generator"],
            path: "Plugins/OutpostGeneratorPlugin"
        ),

        // The SDK: the client and models generated from openapi.yaml, plus the hand-written entry points.
        .target(
            name: "Outpost",
            dependencies: ["OutpostRuntime"],
            path: "Sources/Outpost",
            plugins: ["OutpostGeneratorPlugin"]
        ),

        // What the benchmarks share: timing samples, process memory and the rows of the table they print.
        .target(
            name: "BenchmarkSupport",
            path: "Benchmarks/BenchmarkSupport"
        ),

        // The SDK's per-request overhead, decoding and paging memory against a local server; run in release by
        // Scripts/benchmark.sh, never in CI.
        .executableTarget(
            name: "RuntimeBenchmarks",
            dependencies: ["Outpost", "OutpostRuntime", "BenchmarkSupport"],
            path: "Benchmarks/RuntimeBenchmarks"
        ),

        // Timings and memory of the generator's stages, and libyaml's scan alone, on one document; run in release
        // by Scripts/benchmark.sh, never in CI.
        .executableTarget(
            name: "GeneratorBenchmarks",
            dependencies: ["GeneratorCore", "CYaml", "BenchmarkSupport"],
            path: "Benchmarks/GeneratorBenchmarks"
        ),

        // libFuzzer entry point over the generator; does nothing unless built with `--sanitize fuzzer`.
        .executableTarget(
            name: "GeneratorFuzzer",
            dependencies: ["GeneratorCore"],
            path: "Fuzz/GeneratorFuzzer"
        ),

        .testTarget(
            name: "OutpostRuntimeTests",
            dependencies: ["OutpostRuntime"],
            path: "Tests/OutpostRuntimeTests"
        ),
        .testTarget(
            name: "GeneratorCoreTests",
            dependencies: ["GeneratorCore"],
            path: "Tests/GeneratorCoreTests",
            // The golden document, its expected sources and the broken documents are read by the tests, never
            // compiled.
            exclude: ["Golden", "BrokenDocuments"]
        ),
        // The generated SDK against the validating mock server that Scripts/test.sh starts; every test is
        // skipped, with the reason, when OUTPOST_MOCK_URL is not set.
        .testTarget(
            name: "OutpostContractTests",
            dependencies: ["Outpost", "OutpostRuntime"],
            path: "Tests/OutpostContractTests"
        ),
        .testTarget(
            name: "OutpostClientTests",
            dependencies: ["Outpost"],
            path: "Tests/OutpostClientTests"
        ),
        // What the plugin generates from the target's own openapi.yaml, a document of the shapes the Outpost
        // document does not use, and how it behaves.
        .testTarget(
            name: "GeneratedFeatureTests",
            dependencies: ["OutpostRuntime"],
            path: "Tests/GeneratedFeatureTests",
            exclude: ["openapi.yaml"],
            plugins: ["OutpostGeneratorPlugin"]
        ),
        // The examples of openapi.yaml decoded and encoded back through the generated models, and the models'
        // behaviour; CI runs them on the published Outpost document too.
        .testTarget(
            name: "OutpostModelTests",
            dependencies: ["Outpost", "OutpostRuntime", "GeneratorCore"],
            path: "Tests/OutpostModelTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
