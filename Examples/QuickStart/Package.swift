// swift-tools-version: 6.0
import PackageDescription

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
