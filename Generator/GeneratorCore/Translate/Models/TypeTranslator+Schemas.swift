extension TypeTranslator {
    /// Returns the Swift type of a schema, not counting `null`, declaring a type in the context when one is needed.
    mutating func translate(_ schema: Schema, in context: TypeContext) -> SwiftType {
        if let reference = schema.reference {
            return translate(reference, in: context)
        }

        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if !alternatives.isEmpty {
            return translateAlternatives(of: schema, in: context)
        }
        if !schema.allOf.isEmpty {
            return translateAllOf(schema, in: context)
        }
        if let values = schema.enumValues, let rawType = enumRawType(of: schema, values: values) {
            return declareEnumeration(schema, values: values, rawType: rawType, in: context)
        }
        return translateByType(schema, in: context)
    }

    /// Returns the type a `$ref` designates: a component's name, or the target translated in place.
    private mutating func translate(_ reference: Reference, in context: TypeContext) -> SwiftType {
        if reference.componentSection == "schemas",
            let name = reference.componentName.flatMap({
                componentTypeNames[$0]
            })
        {
            return .named(name)
        }

        let key = "\(reference.target)"
        guard let target = document.schema(for: reference), !referencesInProgress.contains(key) else {
            warn(
                "the schema '\(reference.text)' cannot be translated; its values are free-form JSON",
                at: reference.origin)
            return .jsonValue
        }
        referencesInProgress.insert(key)
        defer { referencesInProgress.remove(key) }
        return translate(target, in: context)
    }

    /// Returns the type of a schema from its `type` and `format`.
    private mutating func translateByType(_ schema: Schema, in context: TypeContext) -> SwiftType {
        let types = schema.nonNullTypes
        guard types.count <= 1 else {
            let listed = types.map(\.rawValue).joined(separator: ", ")
            warn("a value of several types (\(listed)) is free-form JSON", at: schema.origin)
            return .jsonValue
        }

        switch types.first ?? inferredType(of: schema) {
        case .string: return stringType(format: schema.format)
        case .integer: return integerType(format: schema.format)
        case .number: return schema.format == "float" ? .float : .double
        case .boolean: return .bool
        case .array: return arrayType(schema, in: context)
        case .object: return objectType(schema, in: context)
        case .null, nil: return .jsonValue
        }
    }

    /// Returns the type a schema without `type` implies through its other keywords, or nil for any value.
    private func inferredType(of schema: Schema) -> SchemaType? {
        if !schema.properties.isEmpty || schema.additionalProperties != nil {
            return .object
        }
        return schema.items == nil ? nil : .array
    }

    func stringType(format: String?) -> SwiftType {
        switch format {
        case "date-time": .date
        case "date": .calendarDate
        default: .string
        }
    }

    func integerType(format: String?) -> SwiftType {
        switch format {
        case "int32": .int32
        case "int64": .int64
        default: .int
        }
    }

    private mutating func arrayType(_ schema: Schema, in context: TypeContext) -> SwiftType {
        guard let items = schema.items else { return .array(.jsonValue) }
        let element = translate(
            items,
            in: TypeContext(
                name: Self.singular(context.name),
                usage: context.usage,
                isComponent: false
            ))
        return .array(isNullable(items) ? element.optional : element)
    }

    private mutating func objectType(_ schema: Schema, in context: TypeContext) -> SwiftType {
        guard schema.properties.isEmpty else {
            return declareStructure(schema, in: context)
        }
        switch schema.additionalProperties {
        case .schema(let values):
            let value = translate(values, in: context.nested("Value"))
            return .dictionary(isNullable(values) ? value.optional : value)
        case .allowed(false):
            return declareStructure(schema, in: context)
        case .allowed(true), nil:
            return .dictionary(.jsonValue)
        }
    }

    /// Returns the part a nested type's name takes from a key or case name, such as `Type` for `type`.
    ///
    /// The part follows its parent's name, so words that stand alone only with a suffix (`Type_`) need none.
    static func suffix(_ raw: String) -> String {
        let name = SwiftName.typeName(raw)
        let bare = String(name.dropLast())
        return name.hasSuffix("_") && SwiftName.reservedTypeNames.contains(bare) ? bare : name
    }

    /// Returns the name of one item of a list named `name`: `Options` gives `Option`, `Data` gives `DataItem`.
    static func singular(_ name: String) -> String {
        if name.hasSuffix("ies") {
            return name.dropLast(3) + "y"
        }
        let keeps = ["ss", "us", "is", "Status"]
        if name.hasSuffix("s"), !keeps.contains(where: name.hasSuffix) {
            return String(name.dropLast())
        }
        return name + "Item"
    }

    // MARK: - Nullability and documentation

    /// Whether a schema allows `null`: by its type or `nullable`, beside or behind a `$ref`, or as a `oneOf` case.
    func isNullable(_ schema: Schema) -> Bool {
        var current: Schema? = schema
        var steps = 0
        while let step = current, steps < 64 {
            if step.allowsNull || step.enumValues?.contains(where: { $0.scalar?.value == .null }) == true {
                return true
            }
            let alternatives = step.oneOf.isEmpty ? step.anyOf : step.oneOf
            if alternatives.contains(where: isNullOnly) {
                return true
            }
            current = step.reference.flatMap(document.schema(for:))
            steps += 1
        }
        return false
    }

    /// Whether a schema allows `null` and nothing else, such as `type: "null"`.
    func isNullOnly(_ schema: Schema) -> Bool {
        schema.reference == nil && schema.types == [.null]
    }

    /// Returns a schema's documentation from its title and description, or nil when it has neither.
    func documentation(of schema: Schema) -> String? {
        let parts = [schema.title, schema.description].compactMap { $0.map(Self.trimmed) }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// Returns a schema's documentation, or that of the schema its `$ref` designates.
    func documentationFollowingReferences(of schema: Schema) -> String? {
        if let own = documentation(of: schema) {
            return own
        }
        return document.resolve(schema).flatMap(documentation(of:))
    }

    /// Returns text without leading and trailing spaces and newlines.
    static func trimmed(_ text: String) -> String {
        let characters = Array(text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }

    /// Adds a declaration: a component's in document order, any other after the components.
    ///
    /// - Parameter slot: The place reserved for an inline declaration by `reserveSlot(in:)`, if any.
    mutating func declare(_ declaration: ModelDeclaration, in context: TypeContext, slot: Int? = nil) {
        if context.isComponent {
            componentDeclarations.append(declaration)
        } else if let slot {
            inlineDeclarations[slot] = declaration
        } else {
            inlineDeclarations.append(declaration)
        }
    }

    /// Reserves the place of an inline declaration, so it comes before the types declared while it is filled in.
    mutating func reserveSlot(in context: TypeContext) -> Int? {
        guard !context.isComponent else { return nil }
        inlineDeclarations.append(nil)
        return inlineDeclarations.count - 1
    }

    /// Claims the name of a type declared in a context: a component's own, or a free one from the proposed name.
    mutating func claimName(in context: TypeContext, origin: Origin) -> String {
        guard !context.isComponent else { return context.name }
        return typeNames.claim([context.name], as: { $0 }, origins: [origin])[0]
    }
}
