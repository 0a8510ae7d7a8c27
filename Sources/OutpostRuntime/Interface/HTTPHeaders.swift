/// An ordered list of HTTP header fields whose names compare without regard to case.
public struct HTTPHeaders: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One header field: a name and its value.
    public struct Field: Hashable, Sendable {
        /// The field's name, as it was given.
        public var name: String

        /// The field's value.
        public var value: String

        /// Creates a header field.
        ///
        /// - Parameters:
        ///   - name: The field's name.
        ///   - value: The field's value.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in the order they were added.
    public private(set) var fields: [Field]

    /// Creates a list of header fields.
    ///
    /// - Parameter fields: The fields, in order.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// Creates a list of header fields from a dictionary literal.
    ///
    /// - Parameter elements: The names and values, in order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The value of the first field with the given name, or `nil` when there is none.
    ///
    /// Setting a value replaces every field of that name; setting `nil` removes them.
    public subscript(name: String) -> String? {
        get {
            fields.first { Self.namesMatch($0.name, name) }?.value
        }
        set {
            removeAll(named: name)
            if let newValue {
                fields.append(Field(name: name, value: newValue))
            }
        }
    }

    /// Returns the values of every field with the given name, in order.
    ///
    /// - Parameter name: The field name, compared without regard to case.
    /// - Returns: The values; empty when there is no such field.
    public func values(named name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    /// Adds a field after the existing ones, keeping any field of the same name.
    ///
    /// - Parameters:
    ///   - name: The field's name.
    ///   - value: The field's value.
    public mutating func append(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Removes every field with the given name.
    ///
    /// - Parameter name: The field name, compared without regard to case.
    public mutating func removeAll(named name: String) {
        fields.removeAll { Self.namesMatch($0.name, name) }
    }

    /// Returns an iterator over the fields.
    ///
    /// - Returns: An iterator that yields the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }

    /// The fields as `Name: value` lines, with credentials redacted.
    public var description: String {
        Redaction.redactHeaders(self).fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    static func namesMatch(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs.lowercased() == rhs.lowercased()
    }
}
