extension ModelBuilder {
    /// Reads an object's `$ref` field into a reference to be checked later, or returns nil when there is none.
    mutating func reference(in object: ObjectNode, kind: ReferenceKind) -> Reference? {
        guard let node = object["$ref"] else { return nil }
        let pointer = object.pointer.appending("$ref")
        guard let text = node.string else {
            error("'$ref' must be a string, not \(node.kindDescription)", at: node, pointer)
            return nil
        }
        return reference(text, at: node, pointer, kind: kind, holder: object.pointer)
    }

    /// Makes a reference from its text and records it to be checked once the document is built.
    ///
    /// - Parameter holder: The pointer of the object whose `$ref` this is, or nil for a reference elsewhere.
    mutating func reference(
        _ text: String,
        at node: Node,
        _ pointer: JSONPointer,
        kind: ReferenceKind,
        holder: JSONPointer? = nil
    ) -> Reference? {
        guard text.hasPrefix("#") else {
            error("'$ref' to another file is not supported: '\(text)'", at: node, pointer)
            return nil
        }
        guard let target = JSONPointer(reference: text) else {
            error("'$ref' is not a valid JSON pointer: '\(text)'", at: node, pointer)
            return nil
        }

        let reference = Reference(text: text, target: target, origin: Origin(location: node.location, pointer: pointer))
        pendingReferences.append(PendingReference(reference: reference, kind: kind, holder: holder))
        return reference
    }

    /// Builds a value that may be written in place or as a `$ref`, and records it in the index.
    ///
    /// - Parameters:
    ///   - name: The node's name in messages, quoted as needed.
    ///   - kind: What a reference here must designate.
    ///   - table: The index table that records values of this kind by pointer.
    ///   - build: Builds the value from its object when it is written in place.
    mutating func referenceable<Value>(
        _ node: Node,
        at pointer: JSONPointer,
        named name: String,
        kind: ReferenceKind,
        table: WritableKeyPath<ModelIndex, [JSONPointer: Referenceable<Value>]>,
        build: (inout ModelBuilder, ObjectNode) -> Value?
    ) -> Referenceable<Value>? {
        guard let object = object(node, at: pointer, named: name) else { return nil }

        let result: Referenceable<Value>?
        if object["$ref"] != nil {
            result = reference(in: object, kind: kind).map(Referenceable.reference)
        } else {
            result = build(&self, object).map(Referenceable.value)
        }
        if let result {
            index[keyPath: table][pointer] = result
        }
        return result
    }
}
