/// A `$ref` as written in the document, with the local JSON pointer it designates.
///
/// A reference is kept as a reference in the model, so a recursive schema is representable;
/// `Document` resolves it through lookups such as `Document.resolve(_:)`.
public struct Reference: Hashable, Sendable {
    /// The `$ref` value as written, such as `#/components/schemas/Tenant`.
    public var text: String

    /// The pointer the reference designates.
    public var target: JSONPointer

    /// Where the `$ref` itself is: its value's location and the pointer of the `$ref` field.
    public var origin: Origin

    /// The component's name when the target is a component, such as `Tenant` for `#/components/schemas/Tenant`.
    public var componentName: String? {
        guard target.tokens.count == 3, target.tokens[0] == "components" else { return nil }
        return target.tokens[2]
    }

    /// The component section when the target is a component, such as `schemas`.
    public var componentSection: String? {
        guard target.tokens.count == 3, target.tokens[0] == "components" else { return nil }
        return target.tokens[1]
    }
}

/// A value written in place, or a reference to one written elsewhere in the document.
public enum Referenceable<Value: Hashable & Sendable>: Hashable, Sendable {
    /// A value written in place.
    case value(Value)

    /// A `$ref` to a value of the same kind.
    case reference(Reference)

    /// The value when it is written in place, or nil for a reference.
    public var value: Value? {
        guard case .value(let value) = self else { return nil }
        return value
    }

    /// The reference, or nil for a value written in place.
    public var reference: Reference? {
        guard case .reference(let reference) = self else { return nil }
        return reference
    }
}
