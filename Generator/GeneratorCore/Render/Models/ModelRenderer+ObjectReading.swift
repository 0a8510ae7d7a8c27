extension ModelRenderer {
    /// The conformances of a model that is always a JSON object: a struct or a discriminated union.
    static let objectConformances = conformances + ", JSONObjectDecodable"

    /// The documentation of every generated `init(from:)` that reads a `JSONObjectReader`.
    static let objectReaderDocumentation = "Creates a value by reading the members of the given JSON object."

    /// Appends a struct's `init(from:)` of `JSONObjectDecodable`: the same members, lookups and errors as its
    /// `Codable` initializer, in the same order, read without `Codable`'s containers.
    func renderObjectReading(_ structure: ModelStructure, into writer: inout ModelSourceWriter) {
        writer.documentation(Self.objectReaderDocumentation)
        guard !structure.properties.isEmpty else {
            writer.line("public init(from object: JSONObjectReader) {}")
            return
        }
        writer.block("public init(from object: JSONObjectReader) throws") { body in
            for property in structure.properties {
                renderObjectReading(property, into: &body)
            }
            if let extras = structure.extraProperties {
                body.blank()
                body.line("// Keys beyond the listed properties are kept with their values.")
                body.line("\(extras.name) = try object.decodeMembers(\(extras.valueType.source).self) {")
                body.indent()
                body.line("CodingKeys(rawValue: $0) == nil")
                body.outdent()
                body.line("}")
            }
        }
    }

    /// Appends the statement that reads one property from the object.
    private func renderObjectReading(_ property: ModelProperty, into writer: inout ModelSourceWriter) {
        let target = Self.member(property.isBoxed ? property.name + "Storage" : property.name)
        guard property.access != .encodeOnly else {
            writer.line("\(target) = \(property.isBoxed ? "[nil]" : "nil")")
            return
        }

        let (method, type): (String, String)
        switch property.coding {
        case .required: (method, type) = ("decode", property.valueType.source)
        case .requiredNullable, .patch: (method, type) = ("decode", property.declaredType.source)
        case .optional: (method, type) = ("decodeIfPresent", property.valueType.source)
        }
        let arguments = ["\(type).self", "forKey: \(SwiftLiteral.string(property.key))"]
        if property.isBoxed {
            writer.call("\(target) = [try object.\(method)", arguments, tail: "]")
        } else {
            writer.call("\(target) = try object.\(method)", arguments)
        }
    }

    /// Appends a discriminated union's `init(from:)` of `JSONObjectDecodable`: the discriminator, then the
    /// variant it selects read from the same object, or the whole object as JSON when no variant is selected.
    func renderObjectReading(
        _ union: ModelUnion,
        discriminator: String,
        label: String,
        into writer: inout ModelSourceWriter
    ) {
        writer.documentation(Self.objectReaderDocumentation)
        writer.block("public init(from object: JSONObjectReader) throws") { body in
            body.line("let value = try object.decode(String.self, forKey: \(SwiftLiteral.string(discriminator)))")
            body.line("switch value {")
            for unionCase in union.cases where !unionCase.discriminatorValues.isEmpty {
                let labels = unionCase.discriminatorValues.map(SwiftLiteral.string).joined(separator: ", ")
                body.line("case \(labels):")
                body.indent()
                body.line(
                    "self = .\(SwiftName.escaped(unionCase.name))(try object.decode(\(unionCase.type.source).self))")
                body.outdent()
            }
            body.line("default:")
            body.indent()
            body.line("self = .unknown(\(label): value, try object.decode(JSONValue.self))")
            body.outdent()
            body.line("}")
        }
    }
}
