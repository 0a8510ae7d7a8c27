extension TypeTranslator {
    /// Returns the type of an `allOf`: the one subschema's type when it stands alone, else a struct
    /// with the merged properties of every subschema.
    mutating func translateAllOf(_ schema: Schema, in context: TypeContext) -> SwiftType {
        let merged = mergedAllOf(schema)
        let addsNothing = schema.properties.isEmpty && schema.additionalProperties == nil
        if schema.allOf.count == 1, addsNothing {
            return translate(schema.allOf[0], in: context)
        }
        guard !merged.properties.isEmpty || merged.additionalProperties != nil else {
            return schema.allOf.first.map { translate($0, in: context) } ?? .jsonValue
        }
        return declareStructure(merged, in: context)
    }

    /// Returns a schema whose properties and required keys are those of its `allOf` subschemas, in order,
    /// then its own; a later property of the same name replaces an earlier one.
    func mergedAllOf(_ schema: Schema) -> Schema {
        var merged = schema
        merged.allOf = []
        merged.properties = OrderedMap()
        merged.required = []
        merged.types = [.object]

        var visited: Set<String> = []
        for part in schema.allOf {
            merge(part, into: &merged, visited: &visited)
        }
        for entry in schema.properties {
            merged.properties.append(entry.value, for: entry.key)
        }
        merged.required = unique(merged.required + schema.required)
        return merged
    }

    private func merge(_ part: Schema, into merged: inout Schema, visited: inout Set<String>) {
        if let target = part.reference?.target {
            guard visited.insert("\(target)").inserted else { return }
        }
        guard let resolved = document.resolve(part) else { return }

        for nested in resolved.allOf {
            merge(nested, into: &merged, visited: &visited)
        }
        for entry in resolved.properties {
            merged.properties.append(entry.value, for: entry.key)
        }
        merged.required = unique(merged.required + resolved.required)
        if merged.additionalProperties == nil {
            merged.additionalProperties = resolved.additionalProperties
        }
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
