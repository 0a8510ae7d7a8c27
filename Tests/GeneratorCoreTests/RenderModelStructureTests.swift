import GeneratorCore
import Testing

@Test func rendersAnObjectAsAStructWithRequiredFieldsFirstAndExplicitCoding() throws {
    let swift = try renderedModels(
        """
        Tenant:
          type: object
          description: A customer of the product.
          required: [id, disabled_at]
          properties:
            id:
              type: string
              description: The tenant's ID.
            topic_count:
              type: integer
              format: int32
              default: 3
              description: How many topics the tenant has.
            created_at:
              type: string
              format: date-time
              description: When the tenant was created.
            disabled_at:
              type: string
              format: date
              nullable: true
              description: The day the tenant was disabled, or null.
        """
    )
    let expected = #"""
        /// A customer of the product.
        public struct Tenant: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The tenant's ID.
            public var id: String

            /// How many topics the tenant has.
            public var topicCount: Int32?

            /// When the tenant was created.
            public var createdAt: Date?

            /// The day the tenant was disabled, or null.
            public var disabledAt: CalendarDate?

            /// Creates a `Tenant` from its properties.
            public init(id: String, disabledAt: CalendarDate?, topicCount: Int32? = 3, createdAt: Date? = nil) {
                self.id = id
                self.topicCount = topicCount
                self.createdAt = createdAt
                self.disabledAt = disabledAt
            }

            private enum CodingKeys: String, CodingKey {
                case id
                case topicCount = "topic_count"
                case createdAt = "created_at"
                case disabledAt = "disabled_at"
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decode(String.self, forKey: .id)
                topicCount = try container.decodeIfPresent(Int32.self, forKey: .topicCount)
                createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
                disabledAt = try container.decode(CalendarDate?.self, forKey: .disabledAt)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                id = try object.decode(String.self, forKey: "id")
                topicCount = try object.decodeIfPresent(Int32.self, forKey: "topic_count")
                createdAt = try object.decodeIfPresent(Date.self, forKey: "created_at")
                disabledAt = try object.decode(CalendarDate?.self, forKey: "disabled_at")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(id, forKey: .id)
                try container.encodeIfPresent(topicCount, forKey: .topicCount)
                try container.encodeIfPresent(createdAt, forKey: .createdAt)
                try container.encode(disabledAt, forKey: .disabledAt)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersOptionalNullablePropertiesOfARequestOnlyStructAsPatchFields() throws {
    let translator = try translateModels(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /things:
            patch:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/ThingUpdate"}
              responses:
                "204": {description: Done.}
        components:
          schemas:
            ThingUpdate:
              type: object
              description: Changes to a thing.
              properties:
                name:
                  type: string
                  description: A new name.
                note:
                  type: [string, "null"]
                  description: A new note, or null to remove it.
                labels:
                  type: object
                  nullable: true
                  description: Labels to set, or null to remove a label.
                  additionalProperties:
                    oneOf:
                      - type: string
                      - type: "null"
        """
    )
    let swift = translator.declarations.map(ModelRenderer().render).joined(separator: "\n")
    let expected = #"""
        /// Changes to a thing.
        public struct ThingUpdate: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// A new name.
            public var name: String?

            /// A new note, or null to remove it.
            public var note: PatchField<String>

            /// Labels to set, or null to remove a label.
            public var labels: PatchField<[String: String?]>

            /// Creates a `ThingUpdate` from its properties.
            public init(
                name: String? = nil,
                note: PatchField<String> = .unchanged,
                labels: PatchField<[String: String?]> = .unchanged
            ) {
                self.name = name
                self.note = note
                self.labels = labels
            }

            private enum CodingKeys: String, CodingKey {
                case name
                case note
                case labels
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                name = try container.decodeIfPresent(String.self, forKey: .name)
                note = try container.decode(PatchField<String>.self, forKey: .note)
                labels = try container.decode(PatchField<[String: String?]>.self, forKey: .labels)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                name = try object.decodeIfPresent(String.self, forKey: "name")
                note = try object.decode(PatchField<String>.self, forKey: "note")
                labels = try object.decode(PatchField<[String: String?]>.self, forKey: "labels")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(name, forKey: .name)
                try container.encode(note, forKey: .note)
                try container.encode(labels, forKey: .labels)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersKeysBesidePropertiesIntoATypedDictionaryMember() throws {
    let swift = try renderedModels(
        """
        Counts:
          type: object
          description: Counts by name, with a total.
          required: [total]
          properties:
            total: {type: integer, description: The sum.}
          additionalProperties:
            type: integer
        """
    )
    let expected = #"""
        /// Counts by name, with a total.
        public struct Counts: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The sum.
            public var total: Int

            /// The members beyond the listed properties, by key.
            public var additionalProperties: [String: Int]

            /// Creates a `Counts` from its properties.
            public init(total: Int, additionalProperties: [String: Int] = [:]) {
                self.total = total
                self.additionalProperties = additionalProperties
            }

            private enum CodingKeys: String, CodingKey {
                case total
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

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                total = try container.decode(Int.self, forKey: .total)

                // Keys beyond the listed properties are kept with their values.
                let object = try decoder.container(keyedBy: ObjectKey.self)
                var additionalProperties: [String: Int] = [:]
                for key in object.allKeys where CodingKeys(rawValue: key.stringValue) == nil {
                    additionalProperties[key.stringValue] = try object.decode(Int.self, forKey: key)
                }
                self.additionalProperties = additionalProperties
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                total = try object.decode(Int.self, forKey: "total")

                // Keys beyond the listed properties are kept with their values.
                additionalProperties = try object.decodeMembers(Int.self) {
                    CodingKeys(rawValue: $0) == nil
                }
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(total, forKey: .total)

                var object = encoder.container(keyedBy: ObjectKey.self)
                for (key, value) in additionalProperties where CodingKeys(rawValue: key) == nil {
                    try object.encode(value, forKey: ObjectKey(key))
                }
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersReadOnlyAndWriteOnlyPropertiesOfAStructUsedBothWays() throws {
    let translator = try translateModels(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /keys:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Key"}
              responses:
                "200":
                  description: The key.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Key"}
        components:
          schemas:
            Key:
              type: object
              description: An API key.
              required: [id, secret]
              properties:
                id: {type: string, readOnly: true, description: The key's ID.}
                secret: {type: string, writeOnly: true, description: The secret.}
                name: {type: string, description: A name.}
        """
    )
    let swift = translator.declarations.map(ModelRenderer().render).joined(separator: "\n")
    let expected = #"""
        /// An API key.
        ///
        /// Read-only properties are decoded but never encoded, and the memberwise initializer leaves them `nil`; \#
        write-only
        /// properties are encoded but never decoded.
        public struct Key: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// The key's ID.
            public var id: String?

            /// The secret.
            public var secret: String?

            /// A name.
            public var name: String?

            /// Creates a `Key` from its properties.
            public init(secret: String? = nil, name: String? = nil) {
                self.id = nil
                self.secret = secret
                self.name = name
            }

            private enum CodingKeys: String, CodingKey {
                case id
                case secret
                case name
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                id = try container.decodeIfPresent(String.self, forKey: .id)
                secret = nil
                name = try container.decodeIfPresent(String.self, forKey: .name)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                id = try object.decodeIfPresent(String.self, forKey: "id")
                secret = nil
                name = try object.decodeIfPresent(String.self, forKey: "name")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(secret, forKey: .secret)
                try container.encodeIfPresent(name, forKey: .name)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersARecursiveStructWithItsSelfReferenceBoxed() throws {
    let swift = try renderedModels(
        """
        Node:
          type: object
          description: A node of a tree.
          properties:
            parent:
              $ref: "#/components/schemas/Node"
            children:
              type: array
              items: {$ref: "#/components/schemas/Node"}
        """
    )
    let expected = #"""
        /// A node of a tree.
        public struct Node: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// A node of a tree.
            public var parent: Node? {
                get { parentStorage[0] }
                set { parentStorage = [newValue] }
            }

            private var parentStorage: [Node?]

            /// The `children` member.
            public var children: [Node]?

            /// Creates a `Node` from its properties.
            public init(parent: Node? = nil, children: [Node]? = nil) {
                self.parentStorage = [parent]
                self.children = children
            }

            private enum CodingKeys: String, CodingKey {
                case parent
                case children
            }

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
                parentStorage = [try container.decodeIfPresent(Node.self, forKey: .parent)]
                children = try container.decodeIfPresent([Node].self, forKey: .children)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                parentStorage = [try object.decodeIfPresent(Node.self, forKey: "parent")]
                children = try object.decodeIfPresent([Node].self, forKey: "children")
            }

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(parent, forKey: .parent)
                try container.encodeIfPresent(children, forKey: .children)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersAnObjectWithNoPropertiesThatAllowsNoneAsAnEmptyStruct() throws {
    let swift = try renderedModels(
        """
        Nothing:
          type: object
          additionalProperties: false
          description: An empty object.
        """
    )
    let expected = #"""
        /// An empty object.
        ///
        /// Keys beyond the listed properties are ignored when decoding.
        public struct Nothing: Codable, Hashable, Sendable, JSONObjectDecodable {
            /// Creates a `Nothing` from its properties.
            public init() {}

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

            /// Creates a value by decoding it from the given decoder.
            public init(from decoder: any Decoder) throws {
                _ = try decoder.container(keyedBy: ObjectKey.self)
            }

            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) {}

            /// Encodes this value into the given encoder.
            public func encode(to encoder: any Encoder) throws {
                _ = encoder.container(keyedBy: ObjectKey.self)
            }
        }
        """#
    #expect(swift == expected + "\n")
}

@Test func rendersReferencesPrimitivesAndFreeFormObjectsAsTypeAliases() throws {
    let swift = try renderedModels(
        """
        Filter:
          type: object
          additionalProperties: true
          description: Any JSON object.
        Day:
          type: string
          format: date
        Other:
          $ref: "#/components/schemas/Filter"
        """
    )
    let expected = #"""
        /// Any JSON object.
        public typealias Filter = [String: JSONValue]

        /// A value of the `Day` schema.
        public typealias Day = CalendarDate

        /// A value of the `Other` schema.
        public typealias Other = Filter
        """#
    #expect(swift == expected + "\n")
}
