extension ModelRenderer {
    /// Appends an open enum: a case per known value, `unknown` for any other, a raw value that never fails.
    func renderEnumeration(
        _ enumeration: ModelEnumeration,
        named name: String,
        into writer: inout ModelSourceWriter
    ) {
        let rawType = enumeration.rawType.source
        writer.block("public enum \(name): \(Self.conformances), RawRepresentable") { body in
            for enumCase in enumeration.cases {
                body.line("/// The value \(enumCase.literal).")
                body.line("case \(SwiftName.escaped(enumCase.name))")
                body.blank()
            }
            body.line("/// A value this version of the SDK does not know, kept as it was received.")
            body.line("case unknown(\(rawType))")
            body.blank()

            body.line("/// Creates a value from its raw value; a value without a case of its own becomes `unknown`.")
            body.block("public init(rawValue: \(rawType))") { initializer in
                initializer.line("switch rawValue {")
                for enumCase in enumeration.cases {
                    initializer.line("case \(enumCase.literal): self = .\(SwiftName.escaped(enumCase.name))")
                }
                initializer.line("default: self = .unknown(rawValue)")
                initializer.line("}")
            }
            body.blank()

            body.line("/// The value as it is sent and received.")
            body.block("public var rawValue: \(rawType)") { getter in
                getter.line("switch self {")
                for enumCase in enumeration.cases {
                    getter.line("case .\(SwiftName.escaped(enumCase.name)): \(enumCase.literal)")
                }
                getter.line("case .unknown(let value): value")
                getter.line("}")
            }
            body.blank()

            body.documentation(Self.decoderDocumentation)
            body.block("public init(from decoder: any Decoder) throws") { decoding in
                decoding.line("self.init(rawValue: try decoder.singleValueContainer().decode(\(rawType).self))")
            }
            body.blank()

            body.documentation(Self.encoderDocumentation)
            body.block("public func encode(to encoder: any Encoder) throws") { encoding in
                encoding.line("var container = encoder.singleValueContainer()")
                encoding.line("try container.encode(rawValue)")
            }
        }
    }
}
