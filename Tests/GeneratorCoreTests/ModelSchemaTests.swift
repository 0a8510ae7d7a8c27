import GeneratorCore
import Testing

/// Builds a document holding one component schema `S` and returns that schema.
private func componentSchema(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Schema
{
    let indented = body.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
    let yaml = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            S:
        \(indented.joined(separator: "\n"))
        """
    let document = try requireModel(yaml, sourceLocation: sourceLocation)
    return try #require(document.components.schemas["S"], sourceLocation: sourceLocation)
}

@Test func readsTypeAsASingleValueOrAnArrayWithNull() throws {
    #expect(try componentSchema("type: string").types == [.string])

    let nullable = try componentSchema("type: [string, \"null\"]")
    #expect(nullable.types == [.string, .null])
    #expect(nullable.nonNullTypes == [.string])
    #expect(nullable.allowsNull)

    #expect(try componentSchema("type: [integer, null]").allowsNull)
}

@Test func honoursNullableInA31DocumentBesideTypeOneOfAndRef() throws {
    let result = buildModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Plain: {type: string, nullable: true}
            Union:
              nullable: true
              oneOf: [{type: string}, {type: integer}]
            Pointer:
              $ref: "#/components/schemas/Plain"
              nullable: true
        """
    )
    let schemas = try #require(result.value?.components.schemas)
    #expect(schemas.values.map(\.allowsNull) == [true, true, true])
    #expect(schemas["Union"]?.oneOf.count == 2)
    #expect(schemas["Pointer"]?.reference?.componentName == "Plain")
    #expect(
        result.diagnostics.map(\.description) == [
            """
            doc.yaml:5:37: note: 'nullable' is an OpenAPI 3.0 keyword; read as allowing null in 3 places \
            [#/components/schemas/Plain/nullable]
            """
        ]
    )
}

@Test func readsNullableQuietlyInA30Document() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Plain: {type: string, nullable: true}
        """
    )
    #expect(diagnostics.isEmpty)
}

@Test func readsObjectKeywords() throws {
    let schema = try componentSchema(
        """
        type: object
        title: Tenant
        description: A tenant.
        required: [id]
        properties:
          id: {type: string, readOnly: true}
          secret: {type: string, writeOnly: true, deprecated: true}
          metadata:
            type: object
            additionalProperties: {type: string}
        additionalProperties: false
        x-internal: true
        """
    )
    #expect(schema.types == [.object])
    #expect(schema.title == "Tenant")
    #expect(schema.description == "A tenant.")
    #expect(schema.required == ["id"])
    #expect(schema.properties.keys == ["id", "secret", "metadata"])
    #expect(schema.properties["id"]?.isReadOnly == true)
    #expect(schema.properties["secret"]?.isWriteOnly == true)
    #expect(schema.properties["secret"]?.isDeprecated == true)
    #expect(schema.additionalProperties == .allowed(false))
    guard case .schema(let values) = schema.properties["metadata"]?.additionalProperties else {
        Issue.record("expected a schema for additionalProperties")
        return
    }
    #expect(values.types == [.string])
    #expect(schema.extensions.keys == ["x-internal"])
    #expect(schema.properties["id"]?.origin.pointer.description == "#/components/schemas/S/properties/id")
}

@Test func keepsRawNodesForValuesLaterStagesInterpret() throws {
    let schema = try componentSchema(
        """
        type: array
        items:
          type: string
          enum: [asc, desc]
          default: desc
          const: desc
          format: slug
        example: [asc]
        examples: [[desc]]
        """
    )
    let items = try #require(schema.items)
    #expect(items.enumValues?.compactMap(\.string) == ["asc", "desc"])
    #expect(items.defaultValue?.string == "desc")
    #expect(items.constValue?.string == "desc")
    #expect(items.format == "slug")
    #expect(schema.example?.sequence?.count == 1)
    #expect(schema.examples?.sequence?.first?.sequence?.first?.string == "desc")
}

@Test func readsCompositionsAndDiscriminatorMappings() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Webhook: {type: object}
            Queue: {type: object}
            Destination:
              oneOf:
                - $ref: "#/components/schemas/Webhook"
                - $ref: "#/components/schemas/Queue"
              discriminator:
                propertyName: type
                mapping:
                  webhook: "#/components/schemas/Webhook"
                  queue: Queue
            Both:
              allOf: [{$ref: "#/components/schemas/Webhook"}, {type: object}]
              anyOf: [{type: string}]
              not: {type: integer}
        """
    )
    let destination = try #require(document.components.schemas["Destination"])
    #expect(destination.oneOf.compactMap(\.reference?.componentName) == ["Webhook", "Queue"])
    let discriminator = try #require(destination.discriminator)
    #expect(discriminator.propertyName == "type")
    #expect(discriminator.mapping.keys == ["webhook", "queue"])
    #expect(
        discriminator.mapping.values.map(\.target.description) == [
            "#/components/schemas/Webhook", "#/components/schemas/Queue",
        ])
    let both = try #require(document.components.schemas["Both"])
    #expect(both.allOf.count == 2)
    #expect(both.anyOf.count == 1)
    #expect(both.not?.types == [.integer])
}

@Test func readsValidationKeywordsAndThe30ExclusiveForm() throws {
    let schema = try componentSchema(
        """
        type: integer
        minimum: 1
        exclusiveMinimum: true
        maximum: 100
        multipleOf: 5
        """
    )
    #expect(schema.validation.exclusiveMinimum == 1)
    #expect(schema.validation.minimum == nil)
    #expect(schema.validation.maximum == 100)
    #expect(schema.validation.multipleOf == 5)

    let text = try componentSchema(
        """
        type: string
        minLength: 1
        maxLength: 0x40
        pattern: "^[a-z]+$"
        """
    )
    #expect(text.validation.minLength == 1)
    #expect(text.validation.maxLength == 64)
    #expect(text.validation.pattern == "^[a-z]+$")

    let list = try componentSchema("{type: array, minItems: 1, maxItems: 3, uniqueItems: true, exclusiveMaximum: 9.5}")
    #expect(list.validation.minItems == 1)
    #expect(list.validation.maxItems == 3)
    #expect(list.validation.uniqueItems)
    #expect(list.validation.exclusiveMaximum == 9.5)
}

@Test func readsBooleanSchemas() throws {
    let open = try componentSchema("properties: {anything: true, nothing: false}")
    #expect(open.properties["anything"]?.not == nil)
    #expect(open.properties["nothing"]?.not != nil)
}

@Test func ignoresUnknownKeywordsButWarnsAboutThoseThatChangeMeaning() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            S:
              type: object
              minlength: 3
              xml: {name: s}
              patternProperties: {"^x": {type: string}}
              prefixItems: []
              if: {type: object}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:9:26: warning: 'patternProperties' is not supported and is ignored \
            [#/components/schemas/S/patternProperties]
            """,
            """
            doc.yaml:10:20: warning: 'prefixItems' is not supported and is ignored \
            [#/components/schemas/S/prefixItems]
            """,
            "doc.yaml:11:11: warning: 'if' is not supported and is ignored [#/components/schemas/S/if]",
        ]
    )
}

@Test func reportsSchemaKeywordsOfTheWrongType() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            S:
              type: strin
              properties:
                id:
                  type: string
                  required: true
                name: "x"
              items: [{type: string}]
              nullable: "yes"
              oneOf: {type: string}
              minLength: 1.5
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:6:13: error: unknown type 'strin'; expected string, number, integer, boolean, array, object \
            or null [#/components/schemas/S/type]
            """,
            """
            doc.yaml:10:21: error: 'required' must be a sequence, not a boolean \
            [#/components/schemas/S/properties/id/required]
            """,
            """
            doc.yaml:11:15: error: property 'name' must be a mapping, not a string \
            [#/components/schemas/S/properties/name]
            """,
            "doc.yaml:12:14: error: 'items' must be a mapping, not a sequence [#/components/schemas/S/items]",
            "doc.yaml:13:17: error: 'nullable' must be a boolean, not a string [#/components/schemas/S/nullable]",
            "doc.yaml:14:14: error: 'oneOf' must be a sequence, not a mapping [#/components/schemas/S/oneOf]",
            "doc.yaml:15:18: error: 'minLength' must be an integer, not a number [#/components/schemas/S/minLength]",
        ]
    )
}
