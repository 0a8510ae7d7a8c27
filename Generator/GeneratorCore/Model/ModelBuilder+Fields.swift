extension ModelBuilder {
    /// Returns a node as an object, or reports that it must be a mapping.
    ///
    /// - Parameter name: The node's name in the message, quoted as needed, such as `'info'`.
    mutating func object(_ node: Node, at pointer: JSONPointer, named name: String) -> ObjectNode? {
        guard let entries = node.mapping else {
            error("\(name) must be a mapping, not \(node.kindDescription)", at: node, pointer)
            return nil
        }
        return ObjectNode(node: node, entries: entries, pointer: pointer)
    }

    /// Returns a field as an object, or nil when it is absent or reported as not a mapping.
    mutating func objectField(_ key: String, in object: ObjectNode) -> ObjectNode? {
        guard let node = object[key] else { return nil }
        return self.object(node, at: object.pointer.appending(key), named: "'\(key)'")
    }

    /// Returns a field's elements, or nil when it is absent or reported as not a sequence.
    mutating func sequenceField(_ key: String, in object: ObjectNode) -> [Node]? {
        guard let node = object[key] else { return nil }
        guard let elements = node.sequence else {
            error("'\(key)' must be a sequence, not \(node.kindDescription)", at: node, object.pointer.appending(key))
            return nil
        }
        return elements
    }

    /// Returns a field's text, or nil when it is absent or reported as not a string.
    ///
    /// Numbers and booleans are read as their text, so `version: 1.0` is the string `1.0`.
    mutating func string(_ key: String, in object: ObjectNode) -> String? {
        guard let node = object[key] else { return nil }
        return text(of: node, named: "'\(key)'", at: object.pointer.appending(key))
    }

    /// Returns a node's text when it is a scalar other than null, or reports that it must be a string.
    mutating func text(of node: Node, named name: String, at pointer: JSONPointer) -> String? {
        guard let scalar = node.scalar, scalar.value != .null else {
            error("\(name) must be a string, not \(node.kindDescription)", at: node, pointer)
            return nil
        }
        return scalar.text
    }

    /// Returns a field's text, reporting it when it is missing.
    mutating func requiredString(_ key: String, in object: ObjectNode) -> String? {
        guard object[key] != nil else {
            reportMissing(key, in: object)
            return nil
        }
        return string(key, in: object)
    }

    /// Reports that an object lacks a field it must have.
    mutating func reportMissing(_ key: String, in object: ObjectNode) {
        error("missing required field '\(key)'", at: object.node, object.pointer)
    }

    /// Returns a field's boolean value, or nil when it is absent or reported as not a boolean.
    mutating func bool(_ key: String, in object: ObjectNode) -> Bool? {
        guard let node = object[key] else { return nil }
        guard case .bool(let value) = node.scalar?.value else {
            error("'\(key)' must be a boolean, not \(node.kindDescription)", at: node, object.pointer.appending(key))
            return nil
        }
        return value
    }

    /// Returns a field's value as a number, or nil when it is absent or reported as not a number.
    mutating func number(_ key: String, in object: ObjectNode) -> Double? {
        guard let node = object[key] else { return nil }
        guard let scalar = node.scalar, let value = Self.numericValue(of: scalar) else {
            error("'\(key)' must be a number, not \(node.kindDescription)", at: node, object.pointer.appending(key))
            return nil
        }
        return value
    }

    /// Returns a field's value as a whole number, or nil when it is absent or reported as not one.
    mutating func integer(_ key: String, in object: ObjectNode) -> Int? {
        guard let node = object[key] else { return nil }
        guard let scalar = node.scalar, let whole = Self.integerValue(of: scalar) else {
            let kind = node.kindDescription
            error("'\(key)' must be an integer, not \(kind)", at: node, object.pointer.appending(key))
            return nil
        }
        return whole
    }

    /// Returns a field's strings, or nil when it is absent or reported as not a sequence of strings.
    mutating func stringList(_ key: String, in object: ObjectNode) -> [String]? {
        guard let elements = sequenceField(key, in: object) else { return nil }
        let pointer = object.pointer.appending(key)
        return elements.enumerated().compactMap { offset, element in
            text(of: element, named: "an item of '\(key)'", at: pointer.appending(offset))
        }
    }

    /// Returns the numeric value of an integer or number scalar, or nil for any other scalar.
    static func numericValue(of scalar: Scalar) -> Double? {
        switch scalar.value {
        case .integer: integerValue(of: scalar).map(Double.init) ?? Double(scalar.text)
        case .float: Double(scalar.text)
        default: nil
        }
    }

    /// Returns the value of an integer scalar in decimal, octal (`0o`) or hexadecimal (`0x`), or nil.
    static func integerValue(of scalar: Scalar) -> Int? {
        guard scalar.value == .integer else { return nil }
        let text = scalar.text.hasPrefix("+") ? String(scalar.text.dropFirst()) : scalar.text
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        return Int(text)
    }
}
