extension TypeTranslator {
    /// Declares a struct for an object schema and returns its type.
    mutating func declareStructure(_ schema: Schema, in context: TypeContext) -> SwiftType {
        let name = claimName(in: context, origin: schema.origin)
        let slot = reserveSlot(in: context)
        let members = TypeContext(name: name, usage: context.usage, isComponent: false)

        // Properties that never travel in this direction are left out.
        let entries = schema.properties.entries.filter { isIncluded($0.value, usage: context.usage) }
        let extras = extraProperties(of: schema, in: members)

        var scope = NameScope(reserving: extras == nil ? [] : [extrasName])
        let names = scope.claim(entries.map(\.key), as: SwiftName.memberName, origins: entries.map(\.value.origin))
        translationDiagnostics += scope.diagnostics.map { locatedInFile($0) }
        propertyNames[name] = Dictionary(zip(entries.map(\.key), names)) { first, _ in first }

        var properties: [ModelProperty] = []
        for (entry, propertyName) in zip(entries, names) {
            let isRequired = schema.required.contains(entry.key)
            properties.append(property(entry, named: propertyName, isRequired: isRequired, in: members))
        }

        let structure = ModelStructure(properties: properties, extraProperties: extras, usage: context.usage)
        let declaration = ModelDeclaration(
            name: name,
            documentation: structureDocumentation(of: schema, structure: structure, name: name),
            isDeprecated: schema.isDeprecated,
            kind: .structure(structure),
            origin: schema.origin
        )
        declare(declaration, in: context, slot: slot)
        return .named(name)
    }

    /// The name of the member that keeps keys beyond the listed properties.
    var extrasName: String { "additionalProperties" }

    /// Returns a property of a struct.
    private mutating func property(
        _ entry: OrderedMap<Schema>.Entry,
        named name: String,
        isRequired: Bool,
        in context: TypeContext
    ) -> ModelProperty {
        let schema = entry.value
        let valueType = translate(schema, in: context.nested(Self.suffix(entry.key)))
        let access = access(of: schema, usage: context.usage)

        var coding: ModelProperty.Coding
        switch (isRequired, isNullable(schema)) {
        case (true, false): coding = .required
        case (true, true): coding = .requiredNullable
        case (false, true): coding = context.usage == .request ? .patch : .optional
        case (false, false): coding = .optional
        }
        // A property coded in one direction only may be missing in the other.
        if access != .readWrite, coding != .patch {
            coding = .optional
        }

        let documentation = documentationFollowingReferences(of: schema) ?? "The `\(entry.key)` member."
        return ModelProperty(
            key: entry.key,
            name: name,
            valueType: valueType,
            coding: coding,
            access: access,
            defaultValue: defaultValue(of: schema, valueType: valueType, coding: coding),
            documentation: documentation,
            isDeprecated: schema.isDeprecated
        )
    }

    /// Whether a property travels in a direction: `readOnly` ones are not sent, `writeOnly` ones not received.
    private func isIncluded(_ schema: Schema, usage: SchemaUsage) -> Bool {
        switch usage {
        case .request: !isReadOnly(schema)
        case .response: !isWriteOnly(schema)
        case .both: true
        }
    }

    private func access(of schema: Schema, usage: SchemaUsage) -> ModelProperty.Access {
        guard usage == .both else { return .readWrite }
        if isReadOnly(schema) {
            return .decodeOnly
        }
        return isWriteOnly(schema) ? .encodeOnly : .readWrite
    }

    private func isReadOnly(_ schema: Schema) -> Bool {
        schema.isReadOnly || document.resolve(schema)?.isReadOnly == true
    }

    private func isWriteOnly(_ schema: Schema) -> Bool {
        schema.isWriteOnly || document.resolve(schema)?.isWriteOnly == true
    }

    /// Returns the member for keys beside the properties when `additionalProperties` allows them.
    private mutating func extraProperties(of schema: Schema, in context: TypeContext) -> ExtraProperties? {
        guard !schema.properties.isEmpty else { return nil }
        switch schema.additionalProperties {
        case .schema(let values):
            let type = translate(values, in: context.nested("Value"))
            return ExtraProperties(name: extrasName, valueType: isNullable(values) ? type.optional : type)
        case .allowed(true):
            return ExtraProperties(name: extrasName, valueType: .jsonValue)
        case .allowed(false), nil:
            return nil
        }
    }

    /// Returns a struct's documentation, with the rule for properties that travel in one direction.
    private func structureDocumentation(of schema: Schema, structure: ModelStructure, name: String) -> String {
        var text = documentation(of: schema) ?? "A `\(name)` object."
        if structure.properties.contains(where: { $0.access != .readWrite }) {
            text += """
                \n\nRead-only properties are decoded but never encoded, and the memberwise initializer leaves them \
                `nil`; write-only properties are encoded but never decoded.
                """
        }
        if schema.additionalProperties == .allowed(false) {
            text += "\n\nKeys beyond the listed properties are ignored when decoding."
        }
        return text
    }

    /// Returns a diagnostic with this translator's file name.
    func locatedInFile(_ diagnostic: Diagnostic) -> Diagnostic {
        var located = diagnostic
        located.file = file
        return located
    }
}
