import GeneratorCore
import OutpostRuntime
import Testing

/// One example of the API document: where it is, the Swift type its schema is generated as, and its JSON.
struct DocumentExample: Sendable, CustomTestStringConvertible {
    /// A short name that says whose example it is, such as `getEvent 200: EventExample` or `schema Tenant: example`.
    var name: String

    /// Where the example's value is, such as `#/components/examples/EventExample/value`.
    var pointer: JSONPointer

    /// The line of the document the value starts on.
    var line: Int

    /// The type the SDK decodes the example's schema as, or nil when the SDK declares none for it.
    var type: SwiftType?

    /// The example's value as JSON, or why it has none.
    var value: Result<JSONValue, ExampleCatalogError>

    var testDescription: String { name }

    /// The example's name with its place in the document, for messages.
    var located: String { "\(name) (openapi.yaml:\(line), \(pointer))" }
}

/// Why the examples of the document, or one of them, cannot be read.
struct ExampleCatalogError: Error, Sendable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
