extension ModelRenderer {
    /// Appends a union: a case per alternative, decoded by discriminator or by the alternative that fits.
    func renderUnion(_ union: ModelUnion, named name: String, into writer: inout ModelSourceWriter) {
        let keyword = union.isIndirect ? "public indirect enum" : "public enum"
        let conformances = union.discriminator == nil ? Self.conformances : Self.objectConformances
        writer.block("\(keyword) \(name): \(conformances)") { body in
            for unionCase in union.cases {
                body.documentation(unionCase.documentation)
                body.line("case \(SwiftName.escaped(unionCase.name))(\(unionCase.type.source))")
                body.blank()
            }
            if let discriminator = union.discriminator {
                renderDiscriminatedCoding(union, discriminator: discriminator, into: &body)
            } else {
                renderUndiscriminatedCoding(union, named: name, into: &body)
            }
        }
    }

    // MARK: - Discriminated

    private func renderDiscriminatedCoding(
        _ union: ModelUnion,
        discriminator: String,
        into writer: inout ModelSourceWriter
    ) {
        let label = discriminatorLabel(discriminator)
        writer.documentation(
            """
            A value whose `\(discriminator)` this version of the SDK does not know, kept as JSON so that it \
            encodes back unchanged.
            """
        )
        writer.line("case unknown(\(label): String, JSONValue)")
        writer.blank()

        writer.block("private enum DiscriminatorKey: String, CodingKey") { keys in
            keys.line("case discriminator = \(SwiftLiteral.string(discriminator))")
        }
        writer.blank()

        writer.documentation(Self.decoderDocumentation)
        writer.block("public init(from decoder: any Decoder) throws") { body in
            body.line("let container = try decoder.container(keyedBy: DiscriminatorKey.self)")
            body.line("let value = try container.decode(String.self, forKey: .discriminator)")
            body.line("switch value {")
            for unionCase in union.cases where !unionCase.discriminatorValues.isEmpty {
                let labels = unionCase.discriminatorValues.map(SwiftLiteral.string).joined(separator: ", ")
                body.line("case \(labels):")
                body.indent()
                body.line("self = .\(SwiftName.escaped(unionCase.name))(try \(unionCase.type.source)(from: decoder))")
                body.outdent()
            }
            body.line("default:")
            body.indent()
            body.line("self = .unknown(\(label): value, try JSONValue(from: decoder))")
            body.outdent()
            body.line("}")
        }
        writer.blank()

        renderObjectReading(union, discriminator: discriminator, label: label, into: &writer)
        writer.blank()

        writer.documentation(Self.encoderDocumentation)
        writer.block("public func encode(to encoder: any Encoder) throws") { body in
            body.line("switch self {")
            for unionCase in union.cases {
                body.line("case .\(SwiftName.escaped(unionCase.name))(let value):")
                body.indent()
                body.line("try value.encode(to: encoder)")
                body.outdent()
            }
            body.line("case .unknown(_, let json):")
            body.indent()
            body.line("try json.encode(to: encoder)")
            body.outdent()
            body.line("}")
        }
    }

    /// Returns the label of the unknown case's discriminator value, such as `type`.
    private func discriminatorLabel(_ discriminator: String) -> String {
        let name = SwiftName.memberName(discriminator)
        return ["inout", "var", "let", "_"].contains(name) ? name + "Value" : name
    }

    // MARK: - Undiscriminated

    private func renderUndiscriminatedCoding(
        _ union: ModelUnion,
        named name: String,
        into writer: inout ModelSourceWriter
    ) {
        let objects = union.cases.filter { $0.match != .value }
        let coverage = objects.count > 1 && objects.contains { $0.match != .object(keys: nil) }
        if coverage {
            renderKnownKeys(of: objects, into: &writer)
        }

        writer.documentation(Self.decoderDocumentation)
        writer.block("public init(from decoder: any Decoder) throws") { body in
            // Alternatives of other kinds than objects fail fast on the JSON kind, except that a number
            // alternative also takes integers: integer alternatives go first.
            let values = union.cases.filter { $0.match == .value && $0.type != .jsonValue }
            for unionCase in values.filter(\.type.isInteger) + values.filter({ !$0.type.isInteger }) {
                renderAttempt(unionCase, into: &body)
            }
            if coverage {
                renderObjectAttempts(objects, into: &body)
            } else {
                for unionCase in objects {
                    renderAttempt(unionCase, into: &body)
                }
            }
            for unionCase in union.cases where unionCase.match == .value && unionCase.type == .jsonValue {
                renderAttempt(unionCase, into: &body)
            }
            body.call(
                "let context = DecodingError.Context",
                ["codingPath: decoder.codingPath", "debugDescription: \"the value fits no alternative of \(name)\""]
            )
            body.line("throw DecodingError.dataCorrupted(context)")
        }
        writer.blank()

        writer.documentation(Self.encoderDocumentation)
        writer.block("public func encode(to encoder: any Encoder) throws") { body in
            // Through a single-value container, so that the encoder writes dates and other values its own way.
            body.line("var container = encoder.singleValueContainer()")
            body.line("switch self {")
            for unionCase in union.cases {
                body.line("case .\(SwiftName.escaped(unionCase.name))(let value):")
                body.indent()
                body.line("try container.encode(value)")
                body.outdent()
            }
            body.line("}")
        }

        if coverage {
            writer.blank()
            renderObjectKey(into: &writer)
        }
    }

    /// Appends a set of the keys each object alternative knows, for the alternatives that do not take any key.
    private func renderKnownKeys(of objects: [ModelUnion.Case], into writer: inout ModelSourceWriter) {
        for object in objects {
            guard case .object(let keys?) = object.match else { continue }
            writer.line("/// The keys a `\(object.type.source)` knows.")
            writer.list("private static let \(object.name)Keys: Set<String> = ", keys.map(SwiftLiteral.string))
            writer.blank()
        }
    }

    /// Returns the expression that tries to decode an alternative, nil when it does not fit.
    ///
    /// It goes through a single-value container, so that the decoder reads dates, decimals and other values
    /// its own way rather than through the type's `init(from:)`: `Date`'s reads a number.
    private func attempt(decoding type: SwiftType) -> String {
        "try? decoder.singleValueContainer().decode(\(type.source).self)"
    }

    /// Appends a decoding attempt that wins when it succeeds.
    private func renderAttempt(_ unionCase: ModelUnion.Case, into writer: inout ModelSourceWriter) {
        writer.block("if let value = \(attempt(decoding: unionCase.type))") { body in
            body.line("self = .\(SwiftName.escaped(unionCase.name))(value)")
            body.line("return")
        }
    }

    /// Appends the attempts at object alternatives: the first that keeps every key of the input wins, else
    /// the first that decodes.
    private func renderObjectAttempts(_ objects: [ModelUnion.Case], into writer: inout ModelSourceWriter) {
        writer.block("if let object = try? decoder.container(keyedBy: ObjectKey.self)") { body in
            body.line("// The first alternative that keeps every key of the input wins, else the first that decodes.")
            body.line("let keys = Set(object.allKeys.map(\\.stringValue))")
            body.line("var fallback: Self?")
            for object in objects {
                let name = SwiftName.escaped(object.name)
                guard object.match != .object(keys: nil) else {
                    renderAttempt(object, into: &body)
                    continue
                }
                body.block("if let value = \(attempt(decoding: object.type))") { found in
                    found.block("guard !keys.isSubset(of: Self.\(object.name)Keys) else") { win in
                        win.line("self = .\(name)(value)")
                        win.line("return")
                    }
                    found.line("fallback = fallback ?? .\(name)(value)")
                }
            }
            body.block("if let fallback") { found in
                found.line("self = fallback")
                found.line("return")
            }
        }
    }
}
