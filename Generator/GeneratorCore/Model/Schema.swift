/// A schema: a JSON Schema (3.1) or OpenAPI schema object (3.0), with every keyword the generator reads.
///
/// A schema whose `reference` is set is a `$ref`, possibly with keywords beside it such as
/// `nullable` or `description`; `Document.resolve(_:)` follows it to the schema it designates.
/// Values such as `default` and `enum` stay raw nodes, for later stages to read in context.
public struct Schema: Hashable, Sendable {
    /// Where the schema is.
    public var origin: Origin

    /// The `$ref` when the schema is a reference.
    public var reference: Reference?

    /// The `type` as written, a single value or an array, in order; `null` included when listed.
    public var types: [SchemaType] = []

    /// Whether the 3.0 keyword `nullable: true` is present.
    public var isMarkedNullable = false

    /// The `format`, such as `date-time`.
    public var format: String?

    /// The allowed values of `enum`, raw.
    public var enumValues: [Node]?

    /// The `const` value, raw.
    public var constValue: Node?

    /// The properties by name, in document order.
    public var properties = OrderedMap<Schema>()

    /// The names of the required properties.
    public var required: [String] = []

    /// What `additionalProperties` allows, when present.
    public var additionalProperties: AdditionalProperties?

    /// The subschemas of `oneOf`.
    public var oneOf: [Schema] = []

    /// The subschemas of `anyOf`.
    public var anyOf: [Schema] = []

    /// The subschemas of `allOf`.
    public var allOf: [Schema] = []

    /// The discriminator of a `oneOf` or `anyOf`.
    public var discriminator: Discriminator?

    /// The `default` value, raw.
    public var defaultValue: Node?

    /// Whether the value is sent by the server only.
    public var isReadOnly = false

    /// Whether the value is sent by the client only.
    public var isWriteOnly = false

    /// Whether the schema is deprecated.
    public var isDeprecated = false

    /// The `title`.
    public var title: String?

    /// The `description`, in CommonMark.
    public var description: String?

    /// The `example` value, raw.
    public var example: Node?

    /// The `examples` value, raw: an array in 3.1.
    public var examples: Node?

    /// The validation keywords.
    public var validation = SchemaValidation()

    /// The `x-` extensions, raw.
    public var extensions = OrderedMap<Node>()

    /// The storage of `items`: empty or one schema, since a struct cannot hold itself directly.
    var itemsStorage: [Schema] = []

    /// The storage of `not`: empty or one schema.
    var notStorage: [Schema] = []

    /// The schema of an array's items.
    public var items: Schema? {
        get { itemsStorage.first }
        set { itemsStorage = newValue.map { [$0] } ?? [] }
    }

    /// The schema that `not` excludes.
    public var not: Schema? {
        get { notStorage.first }
        set { notStorage = newValue.map { [$0] } ?? [] }
    }

    /// Whether null is allowed: `null` is among the types, or `nullable: true` is present.
    public var allowsNull: Bool {
        isMarkedNullable || types.contains(.null)
    }

    /// The types other than `null`, in order.
    public var nonNullTypes: [SchemaType] {
        types.filter { $0 != .null }
    }

    /// Creates an empty schema, which allows any value.
    init(origin: Origin) {
        self.origin = origin
    }
}

/// A JSON type a schema's `type` names.
public enum SchemaType: String, Hashable, Sendable, CaseIterable {
    /// A string.
    case string
    /// Any number.
    case number
    /// A whole number.
    case integer
    /// `true` or `false`.
    case boolean
    /// An array.
    case array
    /// An object.
    case object
    /// `null`.
    case null
}

/// What `additionalProperties` allows beyond the listed properties.
public indirect enum AdditionalProperties: Hashable, Sendable {
    /// `true` allows any value, `false` none.
    case allowed(Bool)
    /// Values of this schema.
    case schema(Schema)
}

/// How a union tells its cases apart: a property's value, mapped to schemas.
public struct Discriminator: Hashable, Sendable {
    /// Where the discriminator is.
    public var origin: Origin

    /// The name of the property whose value selects the case.
    public var propertyName: String

    /// The schemas by discriminator value, in document order; a bare schema name is read as a component.
    public var mapping: OrderedMap<Reference>
}

/// The validation keywords of a schema; numbers are read as `Double`, counts as `Int`.
///
/// The 3.0 boolean forms of `exclusiveMinimum` and `exclusiveMaximum` are read into the 3.1 form,
/// where the exclusive bound is the number itself.
public struct SchemaValidation: Hashable, Sendable {
    /// The smallest value allowed.
    public var minimum: Double?

    /// The largest value allowed.
    public var maximum: Double?

    /// A value that every allowed value must be greater than.
    public var exclusiveMinimum: Double?

    /// A value that every allowed value must be less than.
    public var exclusiveMaximum: Double?

    /// A number that every allowed value is a multiple of.
    public var multipleOf: Double?

    /// The shortest string allowed.
    public var minLength: Int?

    /// The longest string allowed.
    public var maxLength: Int?

    /// A regular expression that strings must match.
    public var pattern: String?

    /// The fewest array items allowed.
    public var minItems: Int?

    /// The most array items allowed.
    public var maxItems: Int?

    /// Whether array items must be distinct.
    public var uniqueItems = false

    /// The fewest object properties allowed.
    public var minProperties: Int?

    /// The most object properties allowed.
    public var maxProperties: Int?
}
