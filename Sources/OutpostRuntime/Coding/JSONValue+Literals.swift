extension JSONValue: ExpressibleByNilLiteral {
    /// Creates the JSON `null` from `nil`.
    ///
    /// - Parameter nilLiteral: The `nil` literal.
    public init(nilLiteral: ()) {
        self = .null
    }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates a JSON Boolean from a `true` or `false` literal.
    ///
    /// - Parameter value: The literal's value.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates an exact JSON integer from an integer literal.
    ///
    /// - Parameter value: The literal's value.
    public init(integerLiteral value: Int64) {
        self = .int(value)
    }
}

extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates a JSON number from a floating-point literal.
    ///
    /// - Parameter value: The literal's value.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates a JSON string from a string literal.
    ///
    /// - Parameter value: The literal's value.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates a JSON array from an array literal.
    ///
    /// - Parameter elements: The array's elements, in order.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates a JSON object from a dictionary literal; when a key repeats, the last value wins.
    ///
    /// - Parameter elements: The object's members as key-value pairs.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
