import GeneratorCore
import Testing

@Test func rendersADiscriminatedOneOfAsAnEnumWithAnUnknownCaseKeepingTheJSON() throws {
    let swift = try renderedModels(
        """
        Pet:
          description: A pet of any kind.
          oneOf:
            - $ref: "#/components/schemas/Cat"
            - $ref: "#/components/schemas/DogHouse"
          discriminator:
            propertyName: kind
            mapping:
              cat: "#/components/schemas/Cat"
              dog_house: "#/components/schemas/DogHouse"
        Cat:
          type: object
          description: A cat.
          required: [kind]
          properties:
            kind: {type: string, enum: [cat], description: Always `cat`.}
        DogHouse:
          type: object
          description: A dog house.
          properties:
            kind: {type: string, description: The kind.}
        """
    )
    let expected = #"""
        /// A pet of any kind.
        public enum Pet: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// A `Cat`, selected by `cat` or `Cat`.
            case cat(Cat)

            /// A `DogHouse`, selected by `dog_house` or `DogHouse`.
            case dogHouse(DogHouse)

            /// A value whose `kind` this version of the SDK does not know, kept as JSON so that it encodes back \#
        unchanged.
            case unknown(kind: String, JSONValue)

            private enum DiscriminatorKey: String, CodingKey {
                case discriminator = "kind"
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: DiscriminatorKey.self)
                let value = try container.decode(String.self, forKey: .discriminator)
                switch value {
                case "cat", "Cat":
                    self = .cat(try Cat(from: decoder))
                case "dog_house", "DogHouse":
                    self = .dogHouse(try DogHouse(from: decoder))
                default:
                    self = .unknown(kind: value, try JSONValue(from: decoder))
                }
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                let value = try object.decode(String.self, forKey: "kind")
                switch value {
                case "cat", "Cat":
                    self = .cat(try object.decode(Cat.self))
                case "dog_house", "DogHouse":
                    self = .dogHouse(try object.decode(DogHouse.self))
                default:
                    self = .unknown(kind: value, try object.decode(JSONValue.self))
                }
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                switch self {
                case .cat(let value):
                    try value.encode(to: encoder)
                case .dogHouse(let value):
                    try value.encode(to: encoder)
                case .unknown(_, let json):
                    try json.encode(to: encoder)
                }
            }
        }

        /// A cat.
        public struct Cat: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// Always `cat`.
            public var kind: CatKind

            /// Creates a `Cat` from its properties.
            public init(kind: CatKind = .cat) {
                self.kind = kind
            }

            private enum CodingKeys: String, CodingKey {
                case kind
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                kind = try container.decode(CatKind.self, forKey: .kind)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                kind = try object.decode(CatKind.self, forKey: "kind")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(kind, forKey: .kind)
            }
        }

        /// A dog house.
        public struct DogHouse: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The kind.
            public var kind: String?

            /// Creates a `DogHouse` from its properties.
            public init(kind: String? = nil) {
                self.kind = kind
            }

            private enum CodingKeys: String, CodingKey {
                case kind
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                kind = try container.decodeIfPresent(String.self, forKey: .kind)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                kind = try object.decodeIfPresent(String.self, forKey: "kind")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(kind, forKey: .kind)
            }
        }

        /// Always `cat`.
        public enum CatKind: Codable, Hashable, Sendable, RawRepresentable {
            /// The value "cat".
            case cat

            /// A value this version of the SDK does not know, kept as it was received.
            case unknown(String)

            /// Creates a value from its raw value; a value without a case of its own becomes `unknown`.
            public init(rawValue: String) {
                switch rawValue {
                case "cat": self = .cat
                default: self = .unknown(rawValue)
                }
            }

            /// The value as it is sent and received.
            public var rawValue: String {
                switch self {
                case .cat: "cat"
                case .unknown(let value): value
                }
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersAOneOfOfAStringAndAnArrayDecidedByTheJSONKind() throws {
    let swift = try renderedModels(
        """
        Topics:
          description: All topics or a list.
          oneOf:
            - type: array
              items: {type: string}
            - type: string
        """
    )
    let expected = #"""
        /// All topics or a list.
        public enum Topics: Codable, Hashable, Sendable {
            /// A `[String]`.
            case array([String])

            /// A `String`.
            case string(String)

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                if let value = try? decoder.singleValueContainer().decode([String].self) {
                    self = .array(value)
                    return
                }
                if let value = try? decoder.singleValueContainer().decode(String.self) {
                    self = .string(value)
                    return
                }
                let context = DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "the value fits no alternative of Topics"
                )
                throw DecodingError.dataCorrupted(context)
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .array(let value):
                    try container.encode(value)
                case .string(let value):
                    try container.encode(value)
                }
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersOverlappingObjectAlternativesPreferringTheOneThatKeepsEveryKey() throws {
    let swift = try renderedModels(
        """
        Event:
          description: An event, with or without its data.
          oneOf:
            - $ref: "#/components/schemas/Summary"
            - $ref: "#/components/schemas/Full"
        Summary:
          type: object
          description: An event without data.
          properties:
            id: {type: string, description: The ID.}
        Full:
          type: object
          description: An event with data.
          properties:
            id: {type: string, description: The ID.}
            data: {type: object, description: The payload.}
        """
    )
    let expected = #"""
        /// An event, with or without its data.
        public enum Event: Codable, Hashable, Sendable {
            /// A `Summary`.
            case summary(Summary)

            /// A `Full`.
            case full(Full)

            /// The keys a `Summary` knows.
            private static let summaryKeys: Set<String> = ["id"]

            /// The keys a `Full` knows.
            private static let fullKeys: Set<String> = ["id", "data"]

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                if let object = try? decoder.container(keyedBy: ObjectKey.self) {
                    // The first alternative that keeps every key of the input wins, else the first that decodes.
                    let keys = Set(object.allKeys.map(\.stringValue))
                    var fallback: Self?
                    if let value = try? decoder.singleValueContainer().decode(Summary.self) {
                        guard !keys.isSubset(of: Self.summaryKeys) else {
                            self = .summary(value)
                            return
                        }
                        fallback = fallback ?? .summary(value)
                    }
                    if let value = try? decoder.singleValueContainer().decode(Full.self) {
                        guard !keys.isSubset(of: Self.fullKeys) else {
                            self = .full(value)
                            return
                        }
                        fallback = fallback ?? .full(value)
                    }
                    if let fallback {
                        self = fallback
                        return
                    }
                }
                let context = DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "the value fits no alternative of Event"
                )
                throw DecodingError.dataCorrupted(context)
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .summary(let value):
                    try container.encode(value)
                case .full(let value):
                    try container.encode(value)
                }
            }

            private struct ObjectKey: CodingKey {
                var stringValue: String
                var intValue: Int? { nil }

                init(_ stringValue: String) {
                    self.stringValue = stringValue
                }

                init?(stringValue: String) {
                    self.stringValue = stringValue
                }

                init?(intValue: Int) {
                    return nil
                }
            }
        }

        /// An event without data.
        public struct Summary: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The ID.
            public var id: String?

            /// Creates a `Summary` from its properties.
            public init(id: String? = nil) {
                self.id = id
            }

            private enum CodingKeys: String, CodingKey {
                case id
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decodeIfPresent(String.self, forKey: .id)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                id = try object.decodeIfPresent(String.self, forKey: "id")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(id, forKey: .id)
            }
        }

        /// An event with data.
        public struct Full: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The ID.
            public var id: String?

            /// The payload.
            public var data: [String: JSONValue]?

            /// Creates a `Full` from its properties.
            public init(id: String? = nil, data: [String: JSONValue]? = nil) {
                self.id = id
                self.data = data
            }

            private enum CodingKeys: String, CodingKey {
                case id
                case data
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decodeIfPresent(String.self, forKey: .id)
                data = try container.decodeIfPresent([String: JSONValue].self, forKey: .data)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                id = try object.decodeIfPresent(String.self, forKey: "id")
                data = try object.decodeIfPresent([String: JSONValue].self, forKey: "data")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(id, forKey: .id)
                try container.encodeIfPresent(data, forKey: .data)
            }
        }
        """#
    #expect(swift == expected + "\n")
}
