// swift-tools-version: 6.0
import PackageDescription

// A small command-line app that runs the README's quick start against the server URL on its command line.
// It depends on the SDK by path, as an app beside a checkout of this repository would.
let package = Package(
    name: "QuickStart",
    dependencies: [
        .package(name: "outpost-swift", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "QuickStart",
            dependencies: [.product(name: "Outpost", package: "outpost-swift")]
        )
    ],
    swiftLanguageModes: [.v6]
)
