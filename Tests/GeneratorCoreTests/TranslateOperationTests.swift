import Testing

@testable import GeneratorCore

/// Translates a snippet's operations with an optional naming file.
private func translateClients(_ yaml: String, naming: NamingFile = NamingFile()) throws -> StageResult<SDKDeclarations>
{
    let document = try requireModel(yaml)
    return SDKTranslator(naming: naming).translate(document, file: "doc.yaml")
}

/// A document with the paths given, a tenant schema and a paginated list result.
private func document(paths: String) -> String {
    """
    openapi: 3.1.0
    info: {title: Outpost, version: "1"}
    servers:
      - url: https://api.example.test/v1
        description: The production server.
    paths:
    \(paths)
    components:
      schemas:
        Tenant:
          type: object
          required: [id]
          properties:
            id: {type: string}
        Pagination:
          type: object
          properties:
            next: {type: [string, "null"]}
            prev: {type: [string, "null"]}
        TenantPage:
          type: object
          properties:
            models: {type: array, items: {$ref: "#/components/schemas/Tenant"}}
            pagination: {$ref: "#/components/schemas/Pagination"}
    """
}

private let tenantOperations = document(
    paths: """
              /tenants:
                get:
                  operationId: listTenants
                  tags: [Tenants]
                  parameters:
                    - {name: next, in: query, schema: {type: string}}
                    - {name: prev, in: query, schema: {type: string}}
                    - name: id
                      in: query
                      schema:
                        oneOf: [{type: string}, {type: array, items: {type: string}}]
                  responses:
                    "200":
                      description: A page.
                      content: {application/json: {schema: {$ref: "#/components/schemas/TenantPage"}}}
              /tenants/{tenant_id}/portal:
                parameters:
                  - {name: tenant_id, in: path, required: true, schema: {type: string}}
                get:
                  operationId: getTenantPortalUrl
                  tags: [Tenants]
                  summary: Get a portal link.
                  responses:
                    "200":
                      description: The tenant.
                      content: {application/json: {schema: {$ref: "#/components/schemas/Tenant"}}}
              /healthz:
                get:
                  operationId: healthCheck
                  tags: [Health]
                  security: []
                  responses:
                    "204": {description: Healthy.}
        """
)

@Test func operationsAreGroupedByTagWithShortMethodNames() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    #expect(clients.rootTypeName == "OutpostClient")
    #expect(clients.resources.map(\.propertyName) == ["tenants"])
    #expect(clients.resources.first?.methods.map(\.name) == ["list", "getPortalURL"])
    #expect(clients.rootMethods.map(\.name) == ["health"])
}

@Test func namingFilePlacesAndNamesOperations() throws {
    var naming = NamingFile()
    naming.placements["healthCheck"] = NamingFile.Placement(resource: "health", method: "check")
    naming.clientTypeName = "APIClient"
    naming.serverNames = ["production"]
    let clients = try #require(try translateClients(tenantOperations, naming: naming).value?.clients)
    #expect(clients.rootTypeName == "APIClient")
    #expect(clients.resources.map(\.propertyName) == ["tenants", "health"])
    #expect(clients.resources.last?.methods.map(\.name) == ["check"])
    #expect(clients.servers.map(\.caseName) == ["production"])
}

@Test(
    "The method name drops the resource's noun and the parent path parameters' nouns",
    arguments: [
        ("listTenants", "Tenants", "/tenants", "list"),
        ("getTenantPortalUrl", "Tenants", "/tenants/{tenant_id}/portal", "getPortalURL"),
        (
            "listTenantDestinationAttempts", "Destinations",
            "/tenants/{tenant_id}/destinations/{destination_id}/attempts",
            "listAttempts"
        ),
        (
            "getTenantDestinationAttempt", "Destinations",
            "/tenants/{tenant_id}/destinations/{destination_id}/attempts/{attempt_id}", "getAttempt"
        ),
        (
            "enableTenantDestination", "Destinations", "/tenants/{tenant_id}/destinations/{destination_id}/enable",
            "enable"
        ),
        ("getDestinationTypeSchema", "Schemas", "/destination-types/{type}", "getDestinationType"),
    ]
)
func methodNameRule(operationID: String, tag: String, path: String, expected: String) {
    #expect(MethodNaming.methodName(operationID: operationID, tag: tag, path: path) == expected)
}

@Test func pagerNameInsertsAllAfterTheVerb() {
    #expect(MethodNaming.pagerName(for: "list") == "listAll")
    #expect(MethodNaming.pagerName(for: "listAttempts") == "listAllAttempts")
}

@Test func oneOrManyQueryParameterIsAnArray() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    let list = try #require(clients.resources.first?.methods.first)
    let id = try #require(list.parameters.first { $0.wireName == "id" })
    #expect(id.type == .optional(.array(.string)))
    #expect(id.placement == .query)
}

@Test func paginatedListGetsAPagerAndAPageConformance() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    let list = try #require(clients.resources.first?.methods.first)
    #expect(list.pager?.name == "listAll")
    #expect(list.pager?.pageTypeName == "TenantPage")
    let page = try #require(clients.pages.first)
    #expect(page.itemType == .named("Tenant"))
    #expect(page.itemsProperty == "models")
    #expect(page.itemsAreOptional)
    #expect(page.nextProperty == "next")
}

@Test func emptySecurityListSendsNoCredential() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    #expect(clients.rootMethods.first?.securitySchemes == [])
    #expect(clients.rootMethods.first?.result.type == nil)
}

@Test func methodRendersWithPathParameterAndOptions() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    let text = ClientRenderer().renderResources(clients)
    let expected = """
            /// Get a portal link.
            ///
            /// `GET /tenants/{tenant_id}/portal`
            ///
            /// - Parameters:
            ///   - tenantID: The `tenant_id` parameter.
            ///   - options: Per-call settings: timeout, retry policy and extra headers.
            /// - Returns: The decoded response body.
            /// - Throws: `OutpostError` when the request cannot be sent, the server answers with an error status,
            ///   or the body does not match the document; `CancellationError` when the task is cancelled.
            public func getPortalURL(
                tenantID: String,
                options: RequestOptions = RequestOptions()
            ) async throws -> Tenant {
                var input = OperationInput()
                input.addPath("tenant_id", tenantID)
                return try await runtime.send(Operations.getTenantPortalURL, input, options: options)
            }
        """
    #expect(text.contains(expected))
}

@Test func operationDescriptorListsSecurityAndStatuses() throws {
    let clients = try #require(try translateClients(tenantOperations).value?.clients)
    let text = ClientRenderer().renderOperations(clients)
    let expected = """
            /// `GET /healthz`
            static let healthCheck = APIOperation<NoContent>(
                id: "healthCheck",
                method: .get,
                pathTemplate: "/healthz",
                security: [],
                responses: [
                    .noContent(204),
                ]
            )
        """
    #expect(text.contains(expected))
}

@Test func cookieParameterIsSkippedWithAWarning() throws {
    let yaml = document(
        paths: """
                  /tenants:
                    get:
                      operationId: listTenants
                      parameters:
                        - {name: session, in: cookie, schema: {type: string}}
                      responses:
                        "204": {description: Done.}
            """
    )
    let result = try translateClients(yaml)
    #expect(
        result.diagnostics.map(\.description) == [
            "doc.yaml:11:15: warning: cookie parameter 'session' is not supported; it is skipped "
                + "[#/paths/~1tenants/get/parameters/0]"
        ]
    )
}
