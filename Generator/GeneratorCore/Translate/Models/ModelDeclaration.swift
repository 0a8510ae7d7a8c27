/// A Swift model type the generator declares for a schema: a struct, an open enum, a union or a type alias.
///
/// Translation fills in every name, coding key, case and default as Swift text; rendering only lays
/// the declaration out, so the same declaration always renders to the same bytes.
public struct ModelDeclaration: Hashable, Sendable {
    /// The kinds of model the generator declares.
    public enum Kind: Hashable, Sendable {
        /// A struct with stored properties and explicit coding.
        case structure(ModelStructure)

        /// An enum over string or integer values that keeps values it does not know.
        case openEnum(ModelEnumeration)

        /// An enum whose cases are the alternatives of a `oneOf` or `anyOf`.
        case union(ModelUnion)

        /// A type alias for a type spelled elsewhere, such as `[String: JSONValue]`.
        case alias(SwiftType)
    }

    /// The type's name, unique among the generated types.
    public var name: String

    /// The documentation from the schema's title and description, in CommonMark.
    public var documentation: String

    /// Whether the schema is deprecated.
    public var isDeprecated: Bool

    /// What the declaration declares.
    public var kind: Kind

    /// Where the schema is.
    public var origin: Origin?

    /// Creates a declaration.
    public init(name: String, documentation: String, isDeprecated: Bool = false, kind: Kind, origin: Origin? = nil) {
        self.name = name
        self.documentation = documentation
        self.isDeprecated = isDeprecated
        self.kind = kind
        self.origin = origin
    }
}

/// The stored properties of a struct and how each is coded.
public struct ModelStructure: Hashable, Sendable {
    /// The properties in schema order.
    public var properties: [ModelProperty]

    /// The member that keeps keys beyond the properties, when the schema allows them.
    public var extraProperties: ExtraProperties?

    /// The directions the struct travels in.
    public var usage: SchemaUsage

    /// Creates a structure.
    public init(properties: [ModelProperty], extraProperties: ExtraProperties? = nil, usage: SchemaUsage) {
        self.properties = properties
        self.extraProperties = extraProperties
        self.usage = usage
    }

    /// The properties the memberwise initializer takes: required ones first, then the others, in schema order.
    public var initializerProperties: [ModelProperty] {
        let settable = properties.filter { $0.access != .decodeOnly }
        return settable.filter(\.isInitializerRequired) + settable.filter { !$0.isInitializerRequired }
    }
}

/// A member that keeps the keys of an object beyond its listed properties, with values of one type.
public struct ExtraProperties: Hashable, Sendable {
    /// The Swift name of the member.
    public var name: String

    /// The type of each value.
    public var valueType: SwiftType

    /// Creates the member.
    public init(name: String, valueType: SwiftType) {
        self.name = name
        self.valueType = valueType
    }
}

/// One stored property of a struct, with its JSON key and coding.
public struct ModelProperty: Hashable, Sendable {
    /// How a property's presence and `null` are represented and coded.
    public enum Coding: Hashable, Sendable {
        /// Required and never null: `T`, always decoded and encoded.
        case required
        /// Required and nullable: `T?`, the key must be present; `nil` encodes an explicit `null`.
        case requiredNullable
        /// Optional: `T?`, absent or `null` decodes as `nil`; `nil` leaves the key out.
        case optional
        /// Optional and nullable in a request: `PatchField<T>`, absent, `null` and a value all kept apart.
        case patch
    }

    /// Which directions a property is coded in.
    public enum Access: Hashable, Sendable {
        /// Decoded and encoded.
        case readWrite
        /// Decoded but never encoded, and not in the memberwise initializer (`readOnly`).
        case decodeOnly
        /// Encoded but never decoded (`writeOnly`).
        case encodeOnly
    }

    /// The JSON key as written in the document.
    public var key: String

    /// The Swift name, unescaped.
    public var name: String

    /// The type of a present, non-null value.
    public var valueType: SwiftType

    /// How presence and `null` are represented.
    public var coding: Coding

    /// Which directions the property is coded in.
    public var access: Access

    /// The default of the memberwise initializer's parameter as Swift source, when there is one.
    public var defaultValue: String?

    /// Whether the value is stored in a one-element array, because the struct would otherwise contain itself.
    public var isBoxed: Bool

    /// The documentation from the property's schema.
    public var documentation: String

    /// Whether the property is deprecated.
    public var isDeprecated: Bool

    /// Creates a property.
    public init(
        key: String,
        name: String,
        valueType: SwiftType,
        coding: Coding,
        access: Access = .readWrite,
        defaultValue: String? = nil,
        isBoxed: Bool = false,
        documentation: String,
        isDeprecated: Bool = false
    ) {
        self.key = key
        self.name = name
        self.valueType = valueType
        self.coding = coding
        self.access = access
        self.defaultValue = defaultValue
        self.isBoxed = isBoxed
        self.documentation = documentation
        self.isDeprecated = isDeprecated
    }

    /// The type the property is declared with.
    public var declaredType: SwiftType {
        switch coding {
        case .required: valueType
        case .requiredNullable, .optional: valueType.optional
        case .patch: .generic("PatchField", [valueType])
        }
    }

    /// Whether the memberwise initializer's parameter has no default and so comes first.
    public var isInitializerRequired: Bool {
        defaultValue == nil && (coding == .required || coding == .requiredNullable)
    }

    /// The default the memberwise initializer uses when the schema gives none.
    public var implicitDefault: String? {
        switch coding {
        case .required, .requiredNullable: defaultValue
        case .optional: defaultValue ?? "nil"
        case .patch: defaultValue ?? ".unchanged"
        }
    }
}

/// The cases of an open enum over string or integer values.
public struct ModelEnumeration: Hashable, Sendable {
    /// One known value.
    public struct Case: Hashable, Sendable {
        /// The Swift case name, unescaped.
        public var name: String

        /// The value as a Swift literal, such as `"aws_sqs"` or `42`.
        public var literal: String

        /// Creates a case.
        public init(name: String, literal: String) {
            self.name = name
            self.literal = literal
        }
    }

    /// The type of the raw values: `String`, `Int`, `Int32` or `Int64`.
    public var rawType: SwiftType

    /// The known values in schema order.
    public var cases: [Case]

    /// Creates an enumeration.
    public init(rawType: SwiftType, cases: [Case]) {
        self.rawType = rawType
        self.cases = cases
    }
}
