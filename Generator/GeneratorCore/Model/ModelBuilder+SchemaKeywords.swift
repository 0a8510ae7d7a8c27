extension ModelBuilder {
    /// Reads `type`: one type name, or an array of them that may include `null`.
    mutating func readTypes(_ node: Node, at pointer: JSONPointer) -> [SchemaType] {
        if let elements = node.sequence {
            return elements.enumerated().compactMap { offset, element in
                schemaType(element, at: pointer.appending(offset))
            }
        }
        guard node.scalar != nil else {
            error("'type' must be a string or a sequence, not \(node.kindDescription)", at: node, pointer)
            return []
        }
        return schemaType(node, at: pointer).map { [$0] } ?? []
    }

    /// Reads the 3.0 `nullable` keyword, which 3.1 documents often still use, and counts where it stands.
    mutating func readNullable(_ node: Node, at pointer: JSONPointer, into schema: inout Schema) {
        guard case .bool(let value) = node.scalar?.value else {
            error("'nullable' must be a boolean, not \(node.kindDescription)", at: node, pointer)
            return
        }
        schema.isMarkedNullable = value
        nullableUses.append(Origin(location: node.location, pointer: pointer))
    }

    /// Reads a validation keyword into its place, ignoring any other keyword.
    mutating func readValidationKeyword(_ key: String, of object: ObjectNode, into validation: inout SchemaValidation) {
        switch key {
        case "minimum": validation.minimum = number(key, in: object)
        case "maximum": validation.maximum = number(key, in: object)
        case "multipleOf": validation.multipleOf = number(key, in: object)
        case "minLength": validation.minLength = integer(key, in: object)
        case "maxLength": validation.maxLength = integer(key, in: object)
        case "pattern": validation.pattern = string(key, in: object)
        case "minItems": validation.minItems = integer(key, in: object)
        case "maxItems": validation.maxItems = integer(key, in: object)
        case "uniqueItems": validation.uniqueItems = bool(key, in: object) ?? false
        case "minProperties": validation.minProperties = integer(key, in: object)
        case "maxProperties": validation.maxProperties = integer(key, in: object)
        default: break
        }
    }

    /// Reads `exclusiveMinimum` and `exclusiveMaximum` in either form: a number (3.1) or a boolean
    /// that makes `minimum` or `maximum` exclusive (3.0).
    mutating func readExclusiveBounds(of object: ObjectNode, into validation: inout SchemaValidation) {
        for (key, isMinimum) in [("exclusiveMinimum", true), ("exclusiveMaximum", false)] {
            guard let node = object[key] else { continue }
            let bound: Double?
            if case .bool(let isExclusive) = node.scalar?.value {
                guard isExclusive else { continue }
                bound = isMinimum ? validation.minimum : validation.maximum
            } else {
                bound = number(key, in: object)
            }
            if isMinimum {
                validation.exclusiveMinimum = bound
                if bound != nil, bound == validation.minimum { validation.minimum = nil }
            } else {
                validation.exclusiveMaximum = bound
                if bound != nil, bound == validation.maximum { validation.maximum = nil }
            }
        }
    }

    private mutating func schemaType(_ node: Node, at pointer: JSONPointer) -> SchemaType? {
        // An unquoted `null` in a type array is YAML's null, and means the type `null`.
        guard let text = node.scalar?.text, node.scalar?.value == .string || node.scalar?.value == .null else {
            error("a type must be a string, not \(node.kindDescription)", at: node, pointer)
            return nil
        }
        guard let type = SchemaType(rawValue: text.isEmpty ? "null" : text) else {
            let message = "unknown type '\(text)'; expected string, number, integer, boolean, array, object or null"
            error(message, at: node, pointer)
            return nil
        }
        return type
    }
}
