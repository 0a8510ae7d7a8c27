extension TypeTranslator {
    /// Returns the type of a `oneOf` or `anyOf`: one alternative's type when only one is left besides
    /// `null`, else a union declared in the context.
    mutating func translateAlternatives(of schema: Schema, in context: TypeContext) -> SwiftType {
        let keyword = schema.oneOf.isEmpty ? "anyOf" : "oneOf"
        let alternatives = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !isNullOnly($0) }
        guard alternatives.count > 1 else {
            return alternatives.first.map { translate($0, in: context) } ?? .jsonValue
        }

        let name = claimName(in: context, origin: schema.origin)
        let slot = reserveSlot(in: context)
        let members = TypeContext(name: name, usage: context.usage, isComponent: false)

        let union: ModelUnion
        if let discriminator = schema.discriminator {
            union = discriminatedUnion(alternatives, discriminator: discriminator, in: members)
        } else {
            union = undiscriminatedUnion(alternatives, in: members)
            warnAboutOverlaps(alternatives, keyword: keyword, at: schema.origin)
        }

        let declaration = ModelDeclaration(
            name: name,
            documentation: documentation(of: schema) ?? "One of the alternatives of `\(name)`.",
            isDeprecated: schema.isDeprecated,
            kind: .union(union),
            origin: schema.origin
        )
        declare(declaration, in: context, slot: slot)
        return .named(name)
    }

    // MARK: - Discriminated

    private mutating func discriminatedUnion(
        _ alternatives: [Schema],
        discriminator: Discriminator,
        in context: TypeContext
    ) -> ModelUnion {
        let values = alternatives.map { discriminatorValues(of: $0, discriminator: discriminator) }
        let rawNames = zip(alternatives.indices, values).map { index, values in values.first ?? "case\(index + 1)" }

        var scope = NameScope(reserving: ["unknown"])
        let names = scope.claim(rawNames, as: SwiftName.memberName, origins: alternatives.map(\.origin))
        translationDiagnostics += scope.diagnostics.map { locatedInFile($0) }

        var cases: [ModelUnion.Case] = []
        for (index, alternative) in alternatives.enumerated() {
            let type = translate(alternative, in: context.nested(Self.suffix(names[index])))
            let selectors = values[index].map { "`\($0)`" }.joined(separator: " or ")
            let documentation =
                selectors.isEmpty ? "A `\(type.source)`." : "A `\(type.source)`, selected by \(selectors)."
            cases.append(
                ModelUnion.Case(
                    name: names[index],
                    type: type,
                    discriminatorValues: values[index],
                    match: .value,
                    documentation: documentation
                )
            )
        }
        return ModelUnion(discriminator: discriminator.propertyName, cases: cases)
    }

    /// Returns the discriminator values that select an alternative: its mapping keys, then its
    /// component name, or else the single value its discriminator property allows.
    private func discriminatorValues(of alternative: Schema, discriminator: Discriminator) -> [String] {
        var values: [String] = []
        if let target = alternative.reference?.target {
            values = discriminator.mapping.entries.filter { $0.value.target == target }.map(\.key)
        }
        if let name = alternative.reference?.componentName, !values.contains(name) {
            values.append(name)
        }
        guard values.isEmpty else { return values }

        let property = document.resolve(alternative)?.properties[discriminator.propertyName]
        let allowed = property.flatMap(document.resolve)?.enumValues ?? []
        return allowed.count == 1 ? allowed.compactMap(\.scalar?.text) : []
    }

    // MARK: - Undiscriminated

    private mutating func undiscriminatedUnion(_ alternatives: [Schema], in context: TypeContext) -> ModelUnion {
        // Alternatives of the same kind written in place are numbered, as the document names none of them.
        let kinds = alternatives.map(caseName(of:))
        let rawNames = zip(alternatives, kinds.indices).map { alternative, index in
            let isRepeated = kinds.filter { $0 == kinds[index] }.count > 1
            return alternative.reference == nil && isRepeated ? kinds[index] + String(index + 1) : kinds[index]
        }
        var scope = NameScope()
        let names = scope.claim(rawNames, as: SwiftName.memberName, origins: alternatives.map(\.origin))
        translationDiagnostics += scope.diagnostics.map { locatedInFile($0) }

        var cases: [ModelUnion.Case] = []
        for (index, alternative) in alternatives.enumerated() {
            let type = translate(alternative, in: context.nested(Self.suffix(names[index])))
            let match: ModelUnion.Match = objectShape(of: alternative).map { .object(keys: $0.keys) } ?? .value
            let documentation = documentation(of: alternative) ?? "A `\(type.source)`."
            cases.append(ModelUnion.Case(name: names[index], type: type, match: match, documentation: documentation))
        }
        return ModelUnion(discriminator: nil, cases: cases)
    }

    /// Returns the name of an alternative's case: its component's name, or the kind of its values; a string
    /// read as a date is named by its format, `date-time` or `date`.
    private func caseName(of alternative: Schema) -> String {
        if let name = alternative.reference?.componentName {
            return name
        }
        let resolved = document.resolve(alternative) ?? alternative
        if objectShape(of: resolved) != nil {
            return "object"
        }
        let types = resolved.nonNullTypes
        guard types.count == 1, let type = types.first else {
            return resolved.items == nil ? "value" : "array"
        }
        if type == .string, let format = resolved.format, stringType(format: format) != .string {
            return format
        }
        return type.rawValue
    }

    /// Warns about pairs of object alternatives that the same input may fit.
    ///
    /// Two alternatives are told apart when each requires a key the other does not know.
    private mutating func warnAboutOverlaps(_ alternatives: [Schema], keyword: String, at origin: Origin) {
        let objects = alternatives.compactMap { alternative in
            objectShape(of: alternative).map { (label: label(of: alternative), shape: $0) }
        }
        for (index, first) in objects.enumerated() {
            for second in objects[(index + 1)...] where !first.shape.isDistinct(from: second.shape) {
                warn(
                    """
                    \(keyword) alternatives '\(first.label)' and '\(second.label)' overlap; decoding picks the one \
                    that keeps every field present, then document order
                    """,
                    at: origin
                )
            }
        }
    }

    private func label(of alternative: Schema) -> String {
        alternative.reference?.componentName ?? caseName(of: alternative)
    }

    /// Returns the keys an object schema knows and requires, or nil when the schema is not an object.
    func objectShape(of schema: Schema) -> ObjectShape? {
        guard let resolved = document.resolve(schema) else { return nil }
        let merged = resolved.allOf.isEmpty ? resolved : mergedAllOf(resolved)
        let isObject = merged.nonNullTypes == [.object] || !merged.properties.isEmpty
        guard isObject, merged.oneOf.isEmpty, merged.anyOf.isEmpty else { return nil }

        switch merged.additionalProperties {
        case .schema, .allowed(true):
            return ObjectShape(keys: nil, required: merged.required)
        case .allowed(false):
            return ObjectShape(keys: merged.properties.keys, required: merged.required)
        case nil:
            // Without properties, `type: object` is a free-form map.
            let keys = merged.properties.isEmpty ? nil : merged.properties.keys
            return ObjectShape(keys: keys, required: merged.required)
        }
    }
}

/// The keys an object schema knows (nil for any key) and the keys it requires.
struct ObjectShape: Sendable {
    /// The known keys, or nil when the object takes any key.
    var keys: [String]?

    /// The required keys.
    var required: [String]

    /// Whether no valid input fits both shapes: each requires a key the other does not know.
    func isDistinct(from other: ObjectShape) -> Bool {
        guard let keys, let otherKeys = other.keys else { return false }
        return required.contains { !otherKeys.contains($0) } && other.required.contains { !keys.contains($0) }
    }
}
