import GeneratorCore
import OutpostRuntime
import Testing

/// A document with an example in each place the catalog looks: a component schema, a request body, a success
/// response, a shared component response, a named example behind `$ref`, and an error answer of its own shape.
private let document = """
    openapi: 3.1.0
    info: {title: Snippet, version: "1"}
    paths:
      /tenants/{tenant_id}:
        parameters:
          - {name: tenant_id, in: path, required: true, schema: {type: string}}
        put:
          operationId: upsertTenant
          tags: [Tenants]
          requestBody:
            content:
              application/json:
                schema: {$ref: "#/components/schemas/Tenant"}
                example: {id: t1}
          responses:
            "200":
              description: The tenant.
              content:
                application/json:
                  schema: {type: array, items: {$ref: "#/components/schemas/Tenant"}}
                  examples:
                    Listed: {$ref: "#/components/examples/TenantList"}
            "404": {$ref: "#/components/responses/NotFound"}
            "501":
              description: Not offered.
              content:
                application/json:
                  schema: {type: object, properties: {error: {type: string}}}
                  example: {error: not offered}
        delete:
          operationId: deleteTenant
          tags: [Tenants]
          responses:
            "404": {$ref: "#/components/responses/NotFound"}
    components:
      schemas:
        Tenant:
          type: object
          properties:
            id: {type: string}
            size: {type: number}
          example: {id: t1, size: 1.5}
      responses:
        NotFound:
          description: Nothing there.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Tenant"}
              example: {id: missing}
      examples:
        TenantList:
          value: [{id: t1}, {id: t2}]
    """

private func snippetExamples() throws -> [DocumentExample] {
    try ExampleCatalog.read(Array(document.utf8), file: "snippet.yaml").examples
}

@Test func examplesAreNamedByTheirComponentOrOperationInDocumentOrder() throws {
    let names = try snippetExamples().map(\.name)
    #expect(
        names == [
            "schema Tenant: example", "upsertTenant request: example", "upsertTenant 200: Listed",
            "response NotFound: example", "upsertTenant 501: example",
        ])
}

@Test func eachExampleHasTheTypeTheSDKDecodesItsSchemaAs() throws {
    let types = try snippetExamples().map { $0.type?.source ?? "none" }
    #expect(types == ["Tenant", "Tenant", "[Tenant]", "Tenant", "none"])
}

@Test func aNamedExampleIsReadFromTheValueItsReferenceNames() throws {
    let listed = try #require(try snippetExamples().first { $0.name == "upsertTenant 200: Listed" })
    #expect(try listed.value.get() == [["id": "t1"], ["id": "t2"]])
    #expect(listed.pointer.description == "#/components/examples/TenantList/value")
}

@Test func exampleValuesKeepTheirJSONTypes() throws {
    let tenant = try #require(try snippetExamples().first)
    #expect(try tenant.value.get() == ["id": "t1", "size": 1.5])
    #expect(tenant.line == 42)
}

@Test func aNamedExampleWhoseReferenceNamesNothingFailsOnItsOwn() throws {
    let broken = document.replacingOccurrences(of: "examples/TenantList\"", with: "examples/Missing\"")
    let examples = try ExampleCatalog.read(Array(broken.utf8), file: "snippet.yaml").examples
    let listed = try #require(examples.first { $0.name == "upsertTenant 200: Listed" })
    #expect(throws: ExampleCatalogError.self) { try listed.value.get() }
    #expect(examples.count == 5)
}
