extension ModelRenderer {
    /// Appends a struct: its properties, memberwise initializer, coding keys, decoding and encoding.
    func renderStructure(_ structure: ModelStructure, named name: String, into writer: inout ModelSourceWriter) {
        writer.block("public struct \(name): \(Self.objectConformances)") { body in
            for property in structure.properties {
                renderProperty(property, into: &body)
                body.blank()
            }
            if let extras = structure.extraProperties {
                body.line("/// The members beyond the listed properties, by key.")
                body.line("public var \(extras.name): [String: \(extras.valueType.source)]")
                body.blank()
            }
            renderInitializer(structure, named: name, into: &body)
            body.blank()
            renderCodingKeys(structure, into: &body)
            body.blank()
            renderDecoding(structure, into: &body)
            body.blank()
            renderObjectReading(structure, into: &body)
            body.blank()
            renderEncoding(structure, into: &body)
        }
    }

    private func renderProperty(_ property: ModelProperty, into writer: inout ModelSourceWriter) {
        writer.documentation(property.documentation)
        if property.isDeprecated {
            writer.line("@available(*, deprecated)")
        }
        let declared = property.declaredType.source
        guard property.isBoxed else {
            writer.line("public var \(SwiftName.escaped(property.name)): \(declared)")
            return
        }

        // A boxed value lives in a one-element array, so the struct does not contain itself.
        let storage = storageName(of: property)
        writer.block("public var \(SwiftName.escaped(property.name)): \(declared)") { body in
            body.line("get { \(storage)[0] }")
            body.line("set { \(storage) = [newValue] }")
        }
        writer.blank()
        writer.line("private var \(storage): [\(declared)]")
    }

    private func storageName(of property: ModelProperty) -> String {
        property.name + "Storage"
    }

    /// Returns the stored member a property's value is assigned to, with `self.` when a parameter or a local
    /// shadows it.
    private func target(of property: ModelProperty, qualified: Bool) -> String {
        let name = property.isBoxed ? storageName(of: property) : property.name
        return qualified ? "self." + SwiftName.escaped(name) : Self.member(name)
    }

    /// Returns the expression that stores a value in a property: the value, or the value boxed.
    private func stored(_ value: String, in property: ModelProperty) -> String {
        property.isBoxed ? "[\(value)]" : value
    }

    private func renderInitializer(
        _ structure: ModelStructure, named name: String, into writer: inout ModelSourceWriter
    ) {
        var parameters = structure.initializerProperties.map { property in
            let head = "\(SwiftName.escaped(property.name)): \(property.declaredType.source)"
            return property.isInitializerRequired ? head : head + " = " + (property.implicitDefault ?? "nil")
        }
        if let extras = structure.extraProperties {
            parameters.append("\(extras.name): [String: \(extras.valueType.source)] = [:]")
        }

        writer.documentation("Creates a `\(name)` from its properties.")
        guard !structure.properties.isEmpty else {
            writer.line("public init() {}")
            return
        }
        writer.call("public init", parameters, tail: " {")
        writer.indent()
        for property in structure.properties {
            let value = property.access == .decodeOnly ? "nil" : SwiftName.escaped(property.name)
            writer.line("\(target(of: property, qualified: true)) = \(stored(value, in: property))")
        }
        if let extras = structure.extraProperties {
            writer.line("self.\(extras.name) = \(extras.name)")
        }
        writer.outdent()
        writer.line("}")
    }

    private func renderCodingKeys(_ structure: ModelStructure, into writer: inout ModelSourceWriter) {
        guard !structure.properties.isEmpty else {
            renderObjectKey(into: &writer)
            return
        }
        writer.block("private enum CodingKeys: String, CodingKey") { body in
            for property in structure.properties {
                let name = SwiftName.escaped(property.name)
                body.line(
                    property.name == property.key
                        ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(property.key))")
            }
        }
        if structure.extraProperties != nil {
            writer.blank()
            renderObjectKey(into: &writer)
        }
    }

    private func renderDecoding(_ structure: ModelStructure, into writer: inout ModelSourceWriter) {
        writer.documentation(Self.decoderDocumentation)
        writer.block("public init(from decoder: any Decoder) throws") { body in
            guard !structure.properties.isEmpty else {
                body.line("_ = try decoder.container(keyedBy: ObjectKey.self)")
                return
            }
            body.line("let container = try decoder.container(keyedBy: CodingKeys.self)")
            for property in structure.properties {
                renderDecoding(property, into: &body)
            }
            if let extras = structure.extraProperties {
                renderExtrasDecoding(extras, into: &body)
            }
        }
    }

    private func renderDecoding(_ property: ModelProperty, into writer: inout ModelSourceWriter) {
        let target = target(of: property, qualified: false)
        guard property.access != .encodeOnly else {
            writer.line("\(target) = \(stored("nil", in: property))")
            return
        }

        let value = property.valueType.source
        let (method, type): (String, String)
        switch property.coding {
        case .required: (method, type) = ("decode", value)
        case .requiredNullable: (method, type) = ("decode", property.declaredType.source)
        case .optional: (method, type) = ("decodeIfPresent", value)
        case .patch: (method, type) = ("decode", property.declaredType.source)
        }
        let key = "forKey: .\(SwiftName.escaped(property.name))"
        let call = "try container.\(method)"
        if property.isBoxed {
            writer.call("\(target) = [\(call)", ["\(type).self", key], tail: "]")
        } else {
            writer.call("\(target) = \(call)", ["\(type).self", key])
        }
    }

    private func renderExtrasDecoding(_ extras: ExtraProperties, into writer: inout ModelSourceWriter) {
        writer.blank()
        writer.line("// Keys beyond the listed properties are kept with their values.")
        writer.line("let object = try decoder.container(keyedBy: ObjectKey.self)")
        writer.line("var \(extras.name): [String: \(extras.valueType.source)] = [:]")
        writer.block("for key in object.allKeys where CodingKeys(rawValue: key.stringValue) == nil") { body in
            body.line(
                "\(extras.name)[key.stringValue] = try object.decode(\(extras.valueType.source).self, forKey: key)")
        }
        writer.line("self.\(extras.name) = \(extras.name)")
    }

    private func renderEncoding(_ structure: ModelStructure, into writer: inout ModelSourceWriter) {
        writer.documentation(Self.encoderDocumentation)
        writer.block("public func encode(to encoder: any Encoder) throws") { body in
            guard !structure.properties.isEmpty else {
                body.line("_ = encoder.container(keyedBy: ObjectKey.self)")
                return
            }
            body.line("var container = encoder.container(keyedBy: CodingKeys.self)")
            for property in structure.properties where property.access != .decodeOnly {
                let method = property.coding == .optional ? "encodeIfPresent" : "encode"
                let key = SwiftName.escaped(property.name)
                body.line("try container.\(method)(\(Self.member(property.name)), forKey: .\(key))")
            }
            if let extras = structure.extraProperties {
                body.blank()
                body.line("var object = encoder.container(keyedBy: ObjectKey.self)")
                body.block("for (key, value) in \(extras.name) where CodingKeys(rawValue: key) == nil") { loop in
                    loop.line("try object.encode(value, forKey: ObjectKey(key))")
                }
            }
        }
    }
}
