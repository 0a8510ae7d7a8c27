import Foundation
import GeneratorCore

@testable import OutpostRuntime

/// What decoding one input as one type gave: the value, or the error's kind, coding path and message.
enum DecodingOutcome: Equatable, CustomStringConvertible {
    /// The decoded value.
    case value(AnyHashable)

    /// The decoding error, as `JSONCoding` reports it.
    case failure(kind: JSONCodingError.Kind, path: String, message: String)

    var description: String {
        switch self {
        case .value(let value):
            "value \(value)"
        case .failure(let kind, let path, let message):
            "\(kind) at '\(path)': \(message)"
        }
    }

    /// Whether decoding failed.
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

/// A type the tests decode and compare: every generated model, and the collections of them.
typealias HashableModel = Decodable & Hashable

/// Decodes JSON as the Swift type the SDK declares for a schema through either of the runtime's two paths: the
/// models' `JSONObjectDecodable` initializers, or their `Codable` ones alone.
enum DecodingPaths {
    /// The path a decoding takes through the models.
    enum Path: CaseIterable, CustomStringConvertible {
        /// Each model that adopts `JSONObjectDecodable` reads itself through a `JSONObjectReader`.
        case objectReaders

        /// Every model decodes through its `init(from: any Decoder)`.
        case codable

        var description: String {
            switch self {
            case .objectReaders: "the object readers"
            case .codable: "Codable"
            }
        }
    }

    /// Decodes JSON as a type through one path.
    ///
    /// - Parameters:
    ///   - data: The JSON text.
    ///   - type: The type as the translate stage declares it.
    ///   - path: The path to decode through.
    /// - Returns: The decoded value or the error.
    /// - Throws: `ExampleCatalogError` when the type is not in the `Outpost` module or not `Hashable`.
    static func decode(_ data: Data, as type: SwiftType, through path: Path) throws -> DecodingOutcome {
        try decode(data, as: hashableType(of: type), through: path)
    }

    /// Returns the metatype a declared type denotes, building arrays, dictionaries and optionals of generated types.
    static func hashableType(of type: SwiftType) throws -> any HashableModel.Type {
        switch type {
        case .named(let name):
            guard let named = try ModelRoundTrip.codableType(named: name) as? any HashableModel.Type else {
                throw ExampleCatalogError("\(name) is not Hashable")
            }
            return named
        case .array(let element):
            return arrayType(of: try hashableType(of: element))
        case .dictionary(let value):
            return dictionaryType(of: try hashableType(of: value))
        case .optional(let wrapped):
            return optionalType(of: try hashableType(of: wrapped))
        case .generic:
            throw ExampleCatalogError("no decoding of a body of type \(type.source)")
        }
    }

    private static func arrayType<Element: HashableModel>(of type: Element.Type) -> any HashableModel.Type {
        [Element].self
    }

    private static func dictionaryType<Value: HashableModel>(of type: Value.Type) -> any HashableModel.Type {
        [String: Value].self
    }

    private static func optionalType<Wrapped: HashableModel>(of type: Wrapped.Type) -> any HashableModel.Type {
        Wrapped?.self
    }

    private static func decode<Model: Decodable & Hashable>(
        _ data: Data,
        as type: Model.Type,
        through path: Path
    ) -> DecodingOutcome {
        do {
            let value = try JSONCoding.decode(type, from: data, usesObjectReaders: path == .objectReaders)
            return .value(AnyHashable(value))
        } catch let error as JSONCodingError {
            return .failure(kind: error.kind, path: error.codingPath, message: error.message)
        } catch {
            return .failure(kind: .invalidValue, path: "", message: "\(error)")
        }
    }
}
