extension TypeTranslator {
    /// Returns the raw type of an open enum for a schema's `enum`, or nil when the values are not all
    /// strings or all integers, which leaves the schema's plain type.
    func enumRawType(of schema: Schema, values: [Node]) -> SwiftType? {
        let scalars = values.compactMap(\.scalar).filter { $0.value != .null }
        guard !scalars.isEmpty, scalars.count == values.filter({ $0.scalar?.value != .null }).count else { return nil }

        let types = schema.nonNullTypes
        if types == [.integer] || (types.isEmpty && scalars.allSatisfy { $0.value == .integer }) {
            guard scalars.allSatisfy({ $0.value == .integer && Int64($0.text) != nil }) else { return nil }
            return integerType(format: schema.format)
        }
        guard types == [.string] || types.isEmpty, schema.format == nil else { return nil }
        return .string
    }

    /// Declares an open enum for a schema's `enum` and returns its type.
    mutating func declareEnumeration(
        _ schema: Schema,
        values: [Node],
        rawType: SwiftType,
        in context: TypeContext
    ) -> SwiftType {
        let name = claimName(in: context, origin: schema.origin)
        let (cases, collisions) = enumCases(values, rawType: rawType, at: schema.origin)
        translationDiagnostics += collisions.map { locatedInFile($0) }

        let declaration = ModelDeclaration(
            name: name,
            documentation: documentation(of: schema) ?? "A value of `\(name)`.",
            isDeprecated: schema.isDeprecated,
            kind: .openEnum(ModelEnumeration(rawType: rawType, cases: cases)),
            origin: schema.origin
        )
        declare(declaration, in: context)
        return .named(name)
    }

    /// Returns the cases for enum values, named through one scope in which `unknown` is taken.
    ///
    /// - Parameter origin: Where the schema is; a collision warning points at the value's line.
    func enumCases(
        _ values: [Node],
        rawType: SwiftType,
        at origin: Origin? = nil
    ) -> ([ModelEnumeration.Case], [Diagnostic]) {
        var unique: [Node] = []
        for node in values where node.scalar.map({ $0.value != .null }) == true {
            if !unique.contains(where: { $0.scalar?.text == node.scalar?.text }) {
                unique.append(node)
            }
        }
        let texts = unique.map { $0.scalar?.text ?? "" }
        let origins = unique.map { node in origin.map { Origin(location: node.location, pointer: $0.pointer) } }

        var scope = NameScope(reserving: ["unknown"])
        let names = scope.claim(texts, as: SwiftName.memberName, origins: origins)
        let cases = zip(texts, names).map { text, name in
            ModelEnumeration.Case(name: name, literal: rawType == .string ? SwiftLiteral.string(text) : text)
        }
        return (cases, scope.diagnostics)
    }

    /// Returns a scalar as a Swift literal of an enum's raw type.
    private func literal(of scalar: Scalar, as rawType: SwiftType) -> String {
        rawType == .string ? SwiftLiteral.string(scalar.text) : scalar.text
    }

    // MARK: - Defaults

    /// Returns the memberwise initializer's default for a property as Swift source, or nil for none.
    ///
    /// An optional property defaults to the schema's `default`; a required one whose schema allows a
    /// single value (a discriminator such as `type: {enum: [webhook]}`) defaults to that value. A
    /// merge-patch field always defaults to `.unchanged`, which the caller supplies.
    func defaultValue(of schema: Schema, valueType: SwiftType, coding: ModelProperty.Coding) -> String? {
        guard coding != .patch, let target = document.resolve(schema) else { return nil }

        let node: Node?
        switch coding {
        case .required, .requiredNullable:
            let values = target.enumValues ?? target.constValue.map { [$0] } ?? []
            node = values.count == 1 ? values[0] : nil
        case .optional, .patch:
            node = schema.defaultValue ?? target.defaultValue
        }
        guard let scalar = node?.scalar, scalar.value != .null else { return nil }
        return literal(of: scalar, in: target, valueType: valueType)
    }

    /// Returns a scalar as a Swift expression of a property's type, or nil when it does not fit.
    private func literal(of scalar: Scalar, in schema: Schema, valueType: SwiftType) -> String? {
        if let values = schema.enumValues, let rawType = enumRawType(of: schema, values: values),
            valueType != .string, valueType != rawType
        {
            let cases = enumCases(values, rawType: rawType).0
            let literal = self.literal(of: scalar, as: rawType)
            guard let match = cases.first(where: { $0.literal == literal }) else { return nil }
            return "." + SwiftName.escaped(match.name)
        }

        switch (valueType, scalar.value) {
        case (.string, _):
            return SwiftLiteral.string(scalar.text)
        case (.int, .integer), (.int32, .integer), (.int64, .integer):
            return Int64(scalar.text) == nil ? nil : scalar.text
        case (.double, .integer), (.double, .float), (.float, .integer), (.float, .float):
            return Double(scalar.text) == nil ? nil : scalar.text
        case (.bool, .bool(let value)):
            return value ? "true" : "false"
        default:
            return nil
        }
    }
}
