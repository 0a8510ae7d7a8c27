/// One query parameter of a request, with the style it is serialised in.
///
/// Names are sent as given, so a name with brackets such as `filters[topic]` stays one name. Every
/// character outside RFC 3986's unreserved set is percent-encoded in names and values alike.
public struct QueryParameter: Hashable, Sendable {
    /// The value of a query parameter.
    public enum Value: Hashable, Sendable {
        /// One value: `name=value`.
        case string(String)

        /// Several values; in form style with explode each repeats the name: `name=a&name=b`.
        case strings([String])

        /// Named members; in deepObject style each becomes `name[key]=value`, in form style `key=value`.
        ///
        /// Members are sent in the order given.
        case object([Member])
    }

    /// A named member of an object value.
    public struct Member: Hashable, Sendable {
        /// The member's key.
        public var key: String

        /// The member's value.
        public var value: String

        /// Creates a member.
        ///
        /// - Parameters:
        ///   - key: The member's key.
        ///   - value: The member's value.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The serialisation style, as named by the OpenAPI `style` keyword (always with `explode: true`).
    public enum Style: Hashable, Sendable {
        /// The `form` style: `name=value`, arrays repeat the name.
        case form

        /// The `deepObject` style: `name[key]=value` for each member.
        case deepObject
    }

    /// The parameter's name.
    public var name: String

    /// The parameter's value.
    public var value: Value

    /// The serialisation style.
    public var style: Style

    /// Creates a query parameter.
    ///
    /// - Parameters:
    ///   - name: The parameter's name, such as `topic` or `filters[topic]`.
    ///   - value: The parameter's value.
    ///   - style: The serialisation style; `form` unless the document says `deepObject`.
    public init(name: String, value: Value, style: Style = .form) {
        self.name = name
        self.value = value
        self.style = style
    }

    /// The name and value pairs this parameter contributes, in order and not yet percent-encoded.
    public var pairs: [(name: String, value: String)] {
        switch value {
        case .string(let single):
            return [(name, single)]
        case .strings(let many):
            return many.map { (name, $0) }
        case .object(let members):
            return members.map { member in
                style == .deepObject ? ("\(name)[\(member.key)]", member.value) : (member.key, member.value)
            }
        }
    }
}
