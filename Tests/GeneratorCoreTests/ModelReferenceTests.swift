import GeneratorCore
import Testing

@Test func pointersEscapeTildeAndSlash() {
    let pointer = JSONPointer(["paths", "/tenants/{id}", "a~b"])
    #expect(pointer.description == "#/paths/~1tenants~1{id}/a~0b")
    #expect(JSONPointer.root.description == "#")
}

@Test func referencesDecodePercentEscapesThenTildeEscapes() {
    let pointer = JSONPointer(reference: "#/paths/~1tenants~1%7Btenant_id%7D/get/a~0b%25")
    #expect(pointer?.tokens == ["paths", "/tenants/{tenant_id}", "get", "a~b%"])
    #expect(JSONPointer(reference: "#")?.tokens == [])
    #expect(JSONPointer(reference: "#anchor") == nil)
    #expect(JSONPointer(reference: "#/a~2") == nil)
    #expect(JSONPointer(reference: "#/a%zz") == nil)
}

@Test func keepsReferencesAsReferencesAndResolvesChains() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Tenant: {type: object}
            Alias: {$ref: "#/components/schemas/Tenant"}
            AliasOfAlias: {$ref: "#/components/schemas/Alias"}
        """
    )
    let alias = try #require(document.components.schemas["AliasOfAlias"])
    let reference = try #require(alias.reference)
    #expect(reference.componentName == "Alias")
    #expect(reference.componentSection == "schemas")
    #expect(reference.origin.pointer.description == "#/components/schemas/AliasOfAlias/$ref")
    #expect(reference.origin.location == GeneratorCore.SourceLocation(line: 7, column: 26))
    #expect(document.schema(for: reference)?.reference?.componentName == "Tenant")
    #expect(document.resolve(alias)?.types == [.object])
    #expect(document.resolve(alias)?.origin.pointer.description == "#/components/schemas/Tenant")
}

@Test func allowsRecursiveSchemas() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Node:
              type: object
              properties:
                children:
                  type: array
                  items: {$ref: "#/components/schemas/Node"}
        """
    )
    let node = try #require(document.components.schemas["Node"])
    let items = try #require(node.properties["children"]?.items)
    #expect(document.resolve(items) == node)
}

@Test func resolvesReferencesToEveryComponentKindAndIntoPaths() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          parameters:
            TenantID: {name: tenant_id, in: path, required: true, schema: {type: string}}
          requestBodies:
            Tenant: {content: {application/json: {schema: {type: object}}}}
          responses:
            NotFound: {description: Not found.}
          headers:
            Limit: {schema: {type: integer}}
        paths:
          /tenants/{tenant_id}:
            put:
              parameters:
                - $ref: "#/components/parameters/TenantID"
              requestBody: {$ref: "#/components/requestBodies/Tenant"}
              responses:
                "404": {$ref: "#/components/responses/NotFound"}
                "200":
                  description: ok
                  headers:
                    X-Limit: {$ref: "#/components/headers/Limit"}
            get:
              parameters:
                - $ref: "#/paths/~1tenants~1%7Btenant_id%7D/put/parameters/0"
        """
    )
    let put = try #require(document.operations.first)
    #expect(put.parameters.first?.reference?.componentName == "TenantID")
    #expect(document.parameters(of: put).map(\.name) == ["tenant_id"])
    #expect(put.requestBody.flatMap(document.resolve)?.content.keys == ["application/json"])
    #expect(put.responses["404"].flatMap(document.resolve)?.description == "Not found.")
    let header = put.responses["200"].flatMap(document.resolve)?.headers["X-Limit"]
    #expect(header.flatMap(document.resolve)?.schema?.types == [.integer])
    let get = try #require(document.operations.last)
    #expect(document.parameters(of: get).map(\.name) == ["tenant_id"])
}

@Test func reportsAReferenceThatPointsNowhereAtItsOwnLine() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Tenant:
              type: object
              properties:
                owner:
                  $ref: "#/components/schemas/Owner"
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:9:17: error: '$ref' target '#/components/schemas/Owner' does not exist \
            [#/components/schemas/Tenant/properties/owner/$ref]
            """
        ]
    )
}

@Test func reportsAReferenceToTheWrongKindOfValue() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Tenant: {type: object}
          responses:
            Wrong: {$ref: "#/components/schemas/Tenant"}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:7:19: error: '$ref' target '#/components/schemas/Tenant' is not a response \
            [#/components/responses/Wrong/$ref]
            """
        ]
    )
}

@Test func reportsACycleOfReferencesWithNoSchemaBetweenThem() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            A: {$ref: "#/components/schemas/B"}
            B: {$ref: "#/components/schemas/A"}
            C: {$ref: "#/components/schemas/A"}
            D: {$ref: "#/components/schemas/D"}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:5:15: error: '$ref' cycle never reaches a schema: '#/components/schemas/A' -> \
            '#/components/schemas/B' -> '#/components/schemas/A' [#/components/schemas/A/$ref]
            """,
            """
            doc.yaml:6:15: error: '$ref' cycle never reaches a schema: '#/components/schemas/B' -> \
            '#/components/schemas/A' -> '#/components/schemas/B' [#/components/schemas/B/$ref]
            """,
            """
            doc.yaml:8:15: error: '$ref' cycle never reaches a schema: '#/components/schemas/D' -> \
            '#/components/schemas/D' [#/components/schemas/D/$ref]
            """,
        ]
    )
}

@Test func reportsReferencesToOtherFilesAndMalformedPointers() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Remote: {$ref: "common.yaml#/components/schemas/Tenant"}
            Anchor: {$ref: "#tenant"}
            Number: {$ref: 12}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:5:20: error: '$ref' to another file is not supported: 'common.yaml#/components/schemas/Tenant' \
            [#/components/schemas/Remote/$ref]
            """,
            "doc.yaml:6:20: error: '$ref' is not a valid JSON pointer: '#tenant' [#/components/schemas/Anchor/$ref]",
            "doc.yaml:7:20: error: '$ref' must be a string, not an integer [#/components/schemas/Number/$ref]",
        ]
    )
}

@Test func reportsADiscriminatorMappingToAMissingSchema() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Union:
              oneOf: [{type: object}]
              discriminator:
                propertyName: type
                mapping:
                  webhook: Webhook
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:10:20: error: '$ref' target '#/components/schemas/Webhook' does not exist \
            [#/components/schemas/Union/discriminator/mapping/webhook]
            """
        ]
    )
}
