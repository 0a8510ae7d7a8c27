/// The cases of an enum that holds one alternative of a `oneOf` or `anyOf`.
///
/// With a discriminator, decoding reads the discriminator property and dispatches on its value; a
/// value no case names decodes into `unknown`, which keeps the raw JSON. Without one, decoding tries
/// the alternatives that are not objects first (a JSON kind tells them apart), then the object
/// alternatives, preferring the first whose known keys cover every key of the input.
public struct ModelUnion: Hashable, Sendable {
    /// How an undiscriminated alternative is recognised.
    public enum Match: Hashable, Sendable {
        /// A value that is not an object: decoding the type succeeds or fails on the JSON kind.
        case value
        /// An object with these known keys; nil when the object takes any key.
        case object(keys: [String]?)
    }

    /// One alternative.
    public struct Case: Hashable, Sendable {
        /// The Swift case name, unescaped.
        public var name: String

        /// The type of the case's value.
        public var type: SwiftType

        /// The discriminator values that select the case, mapping keys first.
        public var discriminatorValues: [String]

        /// How the alternative is recognised without a discriminator.
        public var match: Match

        /// The documentation of the case.
        public var documentation: String

        /// Creates a case.
        public init(
            name: String, type: SwiftType, discriminatorValues: [String] = [], match: Match, documentation: String
        ) {
            self.name = name
            self.type = type
            self.discriminatorValues = discriminatorValues
            self.match = match
            self.documentation = documentation
        }
    }

    /// The JSON key of the discriminator property, when the union has one.
    public var discriminator: String?

    /// The alternatives in schema order.
    public var cases: [Case]

    /// Whether the enum is `indirect`, because a case's value contains the union again.
    public var isIndirect: Bool

    /// Creates a union.
    public init(discriminator: String?, cases: [Case], isIndirect: Bool = false) {
        self.discriminator = discriminator
        self.cases = cases
        self.isIndirect = isIndirect
    }
}
