import GeneratorCore
import Testing

/// Returns the `init(from object: JSONObjectReader)` that the rendered source declares in `type`, with its
/// documentation, at the indentation it has there; empty when there is none.
private func objectInitializer(in swift: String, of type: String) -> String {
    let lines = swift.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("public ") && $0.contains(" \(type): ") }) else {
        return ""
    }
    let declaration = lines[start...].prefix { $0 != "}" }
    guard
        let head = declaration.firstIndex(
            of: "    /// Creates a value by reading the members of the given JSON object.")
    else { return "" }
    guard lines[head + 1].hasSuffix("{}") else {
        let end = lines[head...].firstIndex(of: "    }") ?? head
        return lines[head...end].joined(separator: "\n")
    }
    return lines[head...(head + 1)].joined(separator: "\n")
}

/// Returns the first line of a declaration: its kind, name and conformances.
private func declarationLine(in swift: String, of type: String) -> String {
    let lines = swift.split(separator: "\n").map(String.init)
    return lines.first { $0.hasPrefix("public ") && $0.contains(" \(type): ") } ?? ""
}

@Test func readsEveryKindOfPropertyThroughTheReaderInSchemaOrder() throws {
    let swift = try renderedModels(
        """
        Delivery:
          type: object
          description: A delivery.
          required: [id, attempts, sent_at, day, tags, payload, next]
          properties:
            id: {type: string, description: The ID.}
            attempts: {type: integer, format: int64, default: 1, description: Attempts.}
            sent_at: {type: string, format: date-time, description: When.}
            day: {type: string, format: date, description: The day.}
            tags: {type: array, items: {type: string}, description: Tags.}
            status: {type: string, enum: [ok, failed], description: The status.}
            payload: {type: object, additionalProperties: true, description: The payload.}
            headers: {type: object, additionalProperties: {type: string}, description: Headers.}
            next: {type: string, nullable: true, description: The next cursor.}
            retries:
              type: array
              items: {$ref: "#/components/schemas/Retry"}
              description: The retries.
            last: {$ref: "#/components/schemas/Retry"}
            secret: {type: string, writeOnly: true, description: A secret.}
            etag: {type: string, readOnly: true, description: The version.}
        Retry:
          type: object
          description: A retry.
          properties:
            at: {type: string, format: date-time, description: When.}
        """
    )
    let expected = #"""
            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                id = try object.decode(String.self, forKey: "id")
                attempts = try object.decode(Int64.self, forKey: "attempts")
                sentAt = try object.decode(Date.self, forKey: "sent_at")
                day = try object.decode(CalendarDate.self, forKey: "day")
                tags = try object.decode([String].self, forKey: "tags")
                status = try object.decodeIfPresent(DeliveryStatus.self, forKey: "status")
                payload = try object.decode([String: JSONValue].self, forKey: "payload")
                headers = try object.decodeIfPresent([String: String].self, forKey: "headers")
                next = try object.decode(String?.self, forKey: "next")
                retries = try object.decodeIfPresent([Retry].self, forKey: "retries")
                last = try object.decodeIfPresent(Retry.self, forKey: "last")
                secret = nil
                etag = try object.decodeIfPresent(String.self, forKey: "etag")
            }
        """#
    #expect(objectInitializer(in: swift, of: "Delivery") == expected)
    #expect(
        declarationLine(in: swift, of: "Delivery")
            == "public struct Delivery: Codable, Hashable, Sendable, JSONObjectDecodable {")
}

@Test func readsMergePatchFieldsAndTheMembersBeyondTheListedProperties() throws {
    let translator = try translateModels(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /labels:
            patch:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/LabelsUpdate"}
              responses:
                "204": {description: Done.}
        components:
          schemas:
            LabelsUpdate:
              type: object
              description: Changes to labels.
              properties:
                note:
                  type: [string, "null"]
                  description: A new note, or null to remove it.
              additionalProperties: {type: string, nullable: true}
        """
    )
    let swift = translator.declarations.map(ModelRenderer().render).joined(separator: "\n")
    let expected = #"""
            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                note = try object.decode(PatchField<String>.self, forKey: "note")

                // Keys beyond the listed properties are kept with their values.
                additionalProperties = try object.decodeMembers(String?.self) {
                    CodingKeys(rawValue: $0) == nil
                }
            }
        """#
    #expect(objectInitializer(in: swift, of: "LabelsUpdate") == expected)
}

@Test func readsABoxedPropertyIntoItsStorageAndAPropertyNamedObjectThroughSelf() throws {
    let swift = try renderedModels(
        """
        Item:
          type: object
          description: An item in a chain.
          required: [object]
          properties:
            object: {type: string, description: The kind of object.}
            previous: {$ref: "#/components/schemas/Item"}
        """
    )
    let expected = #"""
            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                self.object = try object.decode(String.self, forKey: "object")
                previousStorage = [try object.decodeIfPresent(Item.self, forKey: "previous")]
            }
        """#
    #expect(objectInitializer(in: swift, of: "Item") == expected)
}

@Test func readsAnObjectWithoutPropertiesWithoutLookingAtItsMembers() throws {
    let swift = try renderedModels(
        """
        Empty:
          type: object
          description: Nothing.
          additionalProperties: false
        """
    )
    let expected = #"""
            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) {}
        """#
    #expect(objectInitializer(in: swift, of: "Empty") == expected)
}

@Test func readsTheDiscriminatorThenTheVariantFromTheSameObject() throws {
    let swift = try renderedModels(
        """
        Shape:
          description: A shape.
          oneOf:
            - $ref: "#/components/schemas/Circle"
            - $ref: "#/components/schemas/Square"
          discriminator:
            propertyName: shape-type
            mapping:
              round: "#/components/schemas/Circle"
        Circle:
          type: object
          description: A circle.
          properties:
            shape-type: {type: string, description: The kind.}
        Square:
          type: object
          description: A square.
          properties:
            shape-type: {type: string, description: The kind.}
        """
    )
    let expected = #"""
            /// Creates a value by reading the members of the given JSON object.
            public init(from object: JSONObjectReader) throws {
                let value = try object.decode(String.self, forKey: "shape-type")
                switch value {
                case "round", "Circle":
                    self = .round(try object.decode(Circle.self))
                case "Square":
                    self = .square(try object.decode(Square.self))
                default:
                    self = .unknown(shapeType: value, try object.decode(JSONValue.self))
                }
            }
        """#
    #expect(objectInitializer(in: swift, of: "Shape") == expected)
    #expect(
        declarationLine(in: swift, of: "Shape")
            == "public enum Shape: Codable, Hashable, Sendable, JSONObjectDecodable {")
}

@Test func leavesUndiscriminatedUnionsAndOpenEnumsToCodable() throws {
    let swift = try renderedModels(
        """
        Target:
          description: A topic or a list of topics.
          oneOf:
            - type: string
            - type: array
              items: {type: string}
        Level:
          type: string
          description: A level.
          enum: [low, high]
        """
    )
    #expect(declarationLine(in: swift, of: "Target") == "public enum Target: Codable, Hashable, Sendable {")
    #expect(
        declarationLine(in: swift, of: "Level") == "public enum Level: Codable, Hashable, Sendable, RawRepresentable {")
    #expect(!swift.contains("JSONObjectReader"))
}
