/// A Swift type as generated code spells it where a value is declared: a property, a parameter, a result.
public indirect enum SwiftType: Hashable, Sendable {
    /// A type by name: a standard type (`String`, `Int64`, `Date`), a runtime type (`JSONValue`,
    /// `CalendarDate`) or a generated one.
    case named(String)

    /// An array of elements.
    case array(SwiftType)

    /// A dictionary from strings to values.
    case dictionary(SwiftType)

    /// A value that may be absent.
    case optional(SwiftType)

    /// A generic type with arguments, such as `PatchField<String>`.
    case generic(String, [SwiftType])

    /// The type as Swift source.
    public var source: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element.source)]"
        case .dictionary(let value): "[String: \(value.source)]"
        case .optional(let wrapped): "\(wrapped.source)?"
        case .generic(let name, let arguments): "\(name)<\(arguments.map(\.source).joined(separator: ", "))>"
        }
    }

    /// The type made optional, unless it already is.
    public var optional: SwiftType {
        if case .optional = self { return self }
        return .optional(self)
    }

    /// The type without its optional wrapper.
    public var nonOptional: SwiftType {
        if case .optional(let wrapped) = self { return wrapped.nonOptional }
        return self
    }

    /// Whether the type is optional.
    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// Whether the type is one of the integer types a schema's `integer` becomes.
    public var isInteger: Bool {
        self == .int || self == .int32 || self == .int64
    }
}

extension SwiftType {
    /// `String`.
    public static let string = SwiftType.named("String")
    /// `Bool`.
    public static let bool = SwiftType.named("Bool")
    /// `Int`.
    public static let int = SwiftType.named("Int")
    /// `Int32`.
    public static let int32 = SwiftType.named("Int32")
    /// `Int64`.
    public static let int64 = SwiftType.named("Int64")
    /// `Double`.
    public static let double = SwiftType.named("Double")
    /// `Float`.
    public static let float = SwiftType.named("Float")
    /// `Date`, decoded from an RFC 3339 date-time.
    public static let date = SwiftType.named("Date")
    /// The runtime's date-only type, decoded from `yyyy-MM-dd`.
    public static let calendarDate = SwiftType.named("CalendarDate")
    /// The runtime's free-form JSON value.
    public static let jsonValue = SwiftType.named("JSONValue")
}
