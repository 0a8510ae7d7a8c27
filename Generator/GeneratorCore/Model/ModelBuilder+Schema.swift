extension ModelBuilder {
    /// Keywords the generator does not implement and whose absence changes what a schema means.
    ///
    /// Any other unknown keyword is an annotation or a validation the generated code does not need,
    /// and is ignored without a word.
    static let unsupportedSchemaKeywords: Set<String> = [
        "patternProperties", "prefixItems", "if", "then", "else", "dependentSchemas",
        "unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef",
    ]

    /// Builds a schema, records it in the index by its pointer, and returns it.
    ///
    /// The booleans `true` and `false` are schemas too: the first allows any value, the second none.
    mutating func buildSchema(_ node: Node, at pointer: JSONPointer, named name: String) -> Schema? {
        var schema = Schema(origin: Origin(location: node.location, pointer: pointer))
        if case .bool(let allowsAnything) = node.scalar?.value {
            if !allowsAnything {
                schema.not = Schema(origin: schema.origin)
            }
            index.schemas[pointer] = schema
            return schema
        }
        guard let object = object(node, at: pointer, named: name) else { return nil }

        schema.reference = reference(in: object, kind: .schema)
        schema.extensions = object.extensions
        for (key, value) in object.fields {
            readSchemaKeyword(key, value, of: object, into: &schema)
        }
        readExclusiveBounds(of: object, into: &schema.validation)

        index.schemas[pointer] = schema
        return schema
    }

    /// Reads one keyword of a schema; a flat dispatch from keyword to reader.
    private mutating func readSchemaKeyword(
        _ key: String, _ node: Node, of object: ObjectNode, into schema: inout Schema
    ) {
        let pointer = object.pointer.appending(key)
        switch key {
        case "type": schema.types = readTypes(node, at: pointer)
        case "nullable": readNullable(node, at: pointer, into: &schema)
        case "format": schema.format = string(key, in: object)
        case "enum": schema.enumValues = sequenceField(key, in: object)
        case "const": schema.constValue = node
        case "properties": schema.properties = buildSchemaMap(node, at: pointer, itemName: "property")
        case "required": schema.required = stringList(key, in: object) ?? []
        case "additionalProperties": schema.additionalProperties = readAdditionalProperties(node, at: pointer)
        case "items": schema.items = buildSchema(node, at: pointer, named: "'items'")
        case "not": schema.not = buildSchema(node, at: pointer, named: "'not'")
        case "oneOf", "anyOf", "allOf": readComposition(key, node, at: pointer, into: &schema)
        case "discriminator": schema.discriminator = objectField(key, in: object).flatMap { buildDiscriminator($0) }
        case "$defs", "definitions": _ = buildSchemaMap(node, at: pointer, itemName: "schema")
        case "default": schema.defaultValue = node
        case "example": schema.example = node
        case "examples": schema.examples = node
        case "readOnly": schema.isReadOnly = bool(key, in: object) ?? false
        case "writeOnly": schema.isWriteOnly = bool(key, in: object) ?? false
        case "deprecated": schema.isDeprecated = bool(key, in: object) ?? false
        case "title": schema.title = string(key, in: object)
        case "description": schema.description = string(key, in: object)
        default:
            readValidationKeyword(key, of: object, into: &schema.validation)
        }
        if Self.unsupportedSchemaKeywords.contains(key) {
            warning("'\(key)' is not supported and is ignored", at: node, pointer)
        }
    }

    /// Builds a mapping of schemas by name, such as `properties`, in document order.
    private mutating func buildSchemaMap(_ node: Node, at pointer: JSONPointer, itemName: String) -> OrderedMap<Schema>
    {
        var schemas = OrderedMap<Schema>()
        guard let mapping = object(node, at: pointer, named: "'\(pointer.tokens.last ?? "")'") else { return schemas }
        for (name, value) in mapping.fields {
            if let schema = buildSchema(value, at: pointer.appending(name), named: "\(itemName) '\(name)'") {
                schemas.append(schema, for: name)
            }
        }
        return schemas
    }

    private mutating func readComposition(
        _ key: String, _ node: Node, at pointer: JSONPointer, into schema: inout Schema
    ) {
        guard let elements = node.sequence else {
            error("'\(key)' must be a sequence, not \(node.kindDescription)", at: node, pointer)
            return
        }
        let subschemas = elements.enumerated().compactMap { offset, element in
            buildSchema(element, at: pointer.appending(offset), named: "an item of '\(key)'")
        }
        switch key {
        case "oneOf": schema.oneOf = subschemas
        case "anyOf": schema.anyOf = subschemas
        default: schema.allOf = subschemas
        }
    }

    private mutating func readAdditionalProperties(_ node: Node, at pointer: JSONPointer) -> AdditionalProperties? {
        if case .bool(let allowed) = node.scalar?.value {
            return .allowed(allowed)
        }
        return buildSchema(node, at: pointer, named: "'additionalProperties'").map(AdditionalProperties.schema)
    }

    private mutating func buildDiscriminator(_ object: ObjectNode) -> Discriminator? {
        let propertyName = requiredString("propertyName", in: object)
        var mapping = OrderedMap<Reference>()
        if let entries = objectField("mapping", in: object) {
            for (value, node) in entries.fields {
                let pointer = entries.pointer.appending(value)
                guard let text = text(of: node, named: "mapping '\(value)'", at: pointer) else { continue }

                // A bare name designates a component schema; anything with a `#` or `/` is a reference.
                let isName = !text.contains("#") && !text.contains("/")
                let referenceText = isName ? "#/components/schemas/\(text)" : text
                if let reference = reference(referenceText, at: node, pointer, kind: .schema) {
                    mapping.append(reference, for: value)
                }
            }
        }
        return propertyName.map { Discriminator(origin: object.origin, propertyName: $0, mapping: mapping) }
    }
}
