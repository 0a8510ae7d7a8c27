import Foundation
import GeneratorCore

/// The examples of the package's API document, each with the Swift type the SDK declares for its schema.
///
/// The document is the `openapi.yaml` at the package root, the one the build plugin generated the `Outpost`
/// module from, so the same tests check whichever document the package is built with. The types come from the
/// generator's own translate stage, run here on the document and its naming file as the plugin runs it.
struct ExampleCatalog: Sendable {
    /// The document's `info.title`, which selects the examples known not to round-trip.
    var documentTitle: String

    /// Every example: those of the component schemas first, then those of the operations, in document order.
    var examples: [DocumentExample]

    /// The model declarations the translate stage makes for the document, as the `Outpost` module has them.
    var models: [ModelDeclaration]
}

extension ExampleCatalog {
    /// The package's root directory, three levels above this file.
    static let packageRoot = URL(filePath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The catalog of the package's `openapi.yaml`, read once.
    static let package: Result<ExampleCatalog, ExampleCatalogError> = {
        do {
            return .success(try read(documentAt: packageRoot.appending(path: "openapi.yaml")))
        } catch let error as ExampleCatalogError {
            return .failure(error)
        } catch {
            return .failure(ExampleCatalogError("\(error)"))
        }
    }()

    /// Every example of the package's document; none when it cannot be read.
    static var packageExamples: [DocumentExample] {
        (try? package.get().examples) ?? []
    }

    /// Reads a document and its naming file and collects its examples with their types.
    ///
    /// - Parameter url: The document; `openapi-naming.yaml` beside it is read too when it exists.
    /// - Returns: The catalog.
    /// - Throws: `ExampleCatalogError` when a stage reports an error, and the file system's error when a
    ///   file cannot be read.
    static func read(documentAt url: URL) throws -> ExampleCatalog {
        let bytes = Array(try Data(contentsOf: url))
        return try read(bytes, file: url.path, naming: try readNaming(beside: url))
    }

    /// Collects the examples of a document with their types, translating it as the generator does.
    ///
    /// - Parameters:
    ///   - bytes: The document's contents.
    ///   - file: The document's path, for diagnostics.
    ///   - naming: The naming file that goes with the document.
    /// - Returns: The catalog.
    /// - Throws: `ExampleCatalogError` when a stage reports an error.
    static func read(_ bytes: [UInt8], file: String, naming: NamingFile = NamingFile()) throws -> ExampleCatalog {
        let root = try value(of: YAMLParser().parse(bytes, file: file))
        let document = try value(of: DocumentBuilder().build(root, file: file))
        let sdk = try value(of: SDKTranslator(naming: naming).translate(document, file: file))

        var collector = ExampleCollector(root: root, document: document, sdk: sdk)
        collector.collectComponentExamples()
        collector.collectOperationExamples()
        return ExampleCatalog(documentTitle: document.info.title, examples: collector.examples, models: sdk.models)
    }

    /// Returns the naming file beside a document, or an empty one when there is none, as the plugin does.
    private static func readNaming(beside url: URL) throws -> NamingFile {
        let namingURL = url.deletingLastPathComponent().appending(path: "openapi-naming.yaml")
        guard FileManager.default.fileExists(atPath: namingURL.path) else { return NamingFile() }

        let root = try value(of: YAMLParser().parse(Array(try Data(contentsOf: namingURL)), file: namingURL.path))
        return try value(of: NamingFile.read(root, file: namingURL.path))
    }

    /// Returns a stage's value, or throws its error diagnostics.
    private static func value<Value>(of result: StageResult<Value>) throws(ExampleCatalogError) -> Value {
        guard let value = result.value, !result.hasErrors else {
            let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
            throw ExampleCatalogError(errors.joined(separator: "\n"))
        }
        return value
    }
}
