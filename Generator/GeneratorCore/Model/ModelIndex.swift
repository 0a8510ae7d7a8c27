/// Every model value a `$ref` may designate, by JSON pointer, for resolving references.
///
/// The builder records each schema, parameter, request body, response, header and security
/// scheme it builds, wherever it stands, so a reference may point into any part of the document.
struct ModelIndex: Hashable, Sendable {
    var schemas: [JSONPointer: Schema] = [:]
    var parameters: [JSONPointer: Referenceable<Parameter>] = [:]
    var requestBodies: [JSONPointer: Referenceable<RequestBody>] = [:]
    var responses: [JSONPointer: Referenceable<Response>] = [:]
    var headers: [JSONPointer: Referenceable<Header>] = [:]
    var securitySchemes: [JSONPointer: Referenceable<SecurityScheme>] = [:]

    /// Returns the pointer of every value of a kind.
    func pointers(of kind: ReferenceKind) -> [JSONPointer] {
        switch kind {
        case .schema: Array(schemas.keys)
        case .parameter: Array(parameters.keys)
        case .requestBody: Array(requestBodies.keys)
        case .response: Array(responses.keys)
        case .header: Array(headers.keys)
        case .securityScheme: Array(securitySchemes.keys)
        }
    }

    /// Returns the pointer a reference designates next, or nil when the entry there is a value.
    func nextTarget(after pointer: JSONPointer, kind: ReferenceKind) -> JSONPointer?? {
        switch kind {
        case .schema: schemas[pointer].map { $0.reference?.target }
        case .parameter: parameters[pointer].map { $0.reference?.target }
        case .requestBody: requestBodies[pointer].map { $0.reference?.target }
        case .response: responses[pointer].map { $0.reference?.target }
        case .header: headers[pointer].map { $0.reference?.target }
        case .securityScheme: securitySchemes[pointer].map { $0.reference?.target }
        }
    }
}

/// The kind of value a `$ref` must designate, from where the reference stands.
enum ReferenceKind: String, Hashable, Sendable, CaseIterable {
    case schema
    case parameter
    case requestBody
    case response
    case header
    case securityScheme

    /// The kind's name in messages, with its article: "a schema", "a request body".
    var description: String {
        switch self {
        case .schema: "a schema"
        case .parameter: "a parameter"
        case .requestBody: "a request body"
        case .response: "a response"
        case .header: "a header"
        case .securityScheme: "a security scheme"
        }
    }
}
