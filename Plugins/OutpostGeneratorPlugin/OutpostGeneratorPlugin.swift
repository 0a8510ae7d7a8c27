import Foundation
import PackagePlugin

/// Runs `outpost-generator` on a target's OpenAPI document before the target compiles.
///
/// The document is `openapi.yaml` in the target's directory or, when there is none, at the package's
/// root; `openapi-naming.yaml` beside it is an input too when it exists. The generated files go to the
/// plugin's work directory, and SwiftPM compiles them as part of the target. The command runs again only
/// when one of its inputs changes, and the generator rewrites only the files whose text changed.
@main
struct OutpostGeneratorPlugin: BuildToolPlugin {
    /// The file names `outpost-generator` always writes, which a build command has to declare in advance.
    ///
    /// This duplicates `SDKRenderer.fileNames` in GeneratorCore, which a plugin cannot import;
    /// `PluginOutputTests` in the generator's tests holds the two lists equal.
    static let generatedFileNames = [
        "Client.swift",
        "Resources.swift",
        "Operations.swift",
        "Models0.swift",
        "Models1.swift",
        "Models2.swift",
        "Models3.swift",
        "Models4.swift",
        "Models5.swift",
        "Models6.swift",
        "Models7.swift",
    ]

    static let documentName = "openapi.yaml"
    static let namingName = "openapi-naming.yaml"

    /// Returns the command that generates the target's sources from its document.
    ///
    /// - Parameters:
    ///   - context: The plugin's context: the package, the tools and the work directory.
    ///   - target: The target the plugin is applied to.
    /// - Returns: One build command.
    /// - Throws: `PluginError.notSourceTarget` for a target without sources, and
    ///   `PluginError.missingDocument` when neither place holds an `openapi.yaml`.
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw PluginError.notSourceTarget(target.name)
        }
        let candidates = [target.directoryURL, context.package.directoryURL]
            .map { $0.appending(path: Self.documentName) }
        guard let document = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw PluginError.missingDocument(target: target.name, searched: candidates)
        }

        let naming = document.deletingLastPathComponent().appending(path: Self.namingName)
        let hasNaming = FileManager.default.fileExists(atPath: naming.path)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")

        // The document's absolute path, so that the generator's `PATH:LINE:COL:` diagnostics point at it.
        var arguments = ["generate", document.path, "--output", output.path]
        if hasNaming {
            arguments += ["--naming", naming.path]
        }
        return [
            .buildCommand(
                displayName: "Generating the Outpost SDK from \(document.path)",
                executable: try context.tool(named: "outpost-generator").url,
                arguments: arguments,
                inputFiles: hasNaming ? [document, naming] : [document],
                outputFiles: Self.generatedFileNames.map { output.appending(path: $0) }
            )
        ]
    }
}

/// The reasons the plugin cannot create its command.
enum PluginError: Error, CustomStringConvertible {
    case notSourceTarget(String)
    case missingDocument(target: String, searched: [URL])

    var description: String {
        switch self {
        case .notSourceTarget(let name):
            return "OutpostGeneratorPlugin applies to source targets only; \(name) is not one."
        case .missingDocument(let target, let searched):
            let places = searched.map(\.path).joined(separator: " or ")
            return "OutpostGeneratorPlugin found no OpenAPI document for \(target); put it at \(places)."
        }
    }
}
