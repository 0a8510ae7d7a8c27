import GeneratorCore
import Testing

@Test func listsOperationsInDocumentOrderWithPathMethodAndID() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /tenants:
            post:
              operationId: createTenant
            get:
              operationId: listTenants
          /health:
            get:
              operationId: healthCheck
        """
    )
    let operations = document.operations.map { "\($0.method.rawValue) \($0.path) \($0.operationID ?? "-")" }
    #expect(operations == ["post /tenants createTenant", "get /tenants listTenants", "get /health healthCheck"])
    #expect(document.operations[1].origin.pointer.description == "#/paths/~1tenants/get")
}

@Test func readsParametersWithStyleExplodeAndDefaults() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /events:
            get:
              parameters:
                - name: time
                  in: query
                  style: deepObject
                  explode: true
                  schema: {type: object}
                - name: topic
                  in: query
                  required: true
                  deprecated: true
                  schema: {type: string}
                - name: X-Trace
                  in: header
                  schema: {type: string}
                - {name: session, in: cookie, schema: {type: string}}
        """
    )
    let parameters = document.parameters(of: try #require(document.operations.first))
    #expect(parameters.map(\.name) == ["time", "topic", "X-Trace", "session"])
    #expect(parameters.map(\.location) == [.query, .query, .header, .cookie])
    #expect(parameters[0].style == .deepObject)
    #expect(parameters[0].effectiveExplode)
    #expect(parameters[1].isRequired && parameters[1].isDeprecated)
    #expect(parameters[1].effectiveStyle == .form && parameters[1].effectiveExplode)
    #expect(parameters[2].effectiveStyle == .simple && !parameters[2].effectiveExplode)
    #expect(parameters[3].schema?.types == [.string])
}

@Test func mergesPathLevelParametersUnlessTheOperationReplacesThem() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /tenants/{tenant_id}:
            parameters:
              - {name: tenant_id, in: path, required: true, schema: {type: string}}
              - {name: verbose, in: query, schema: {type: boolean}}
            get:
              parameters:
                - {name: verbose, in: query, description: own, schema: {type: boolean}}
        """
    )
    let parameters = document.parameters(of: try #require(document.operations.first))
    #expect(parameters.map(\.name) == ["tenant_id", "verbose"])
    #expect(parameters[1].description == "own")
}

@Test func readsRequestBodiesResponsesHeadersAndMediaTypes() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /publish:
            post:
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object}
                    example: {topic: user.created}
              responses:
                "202":
                  description: Accepted.
                  headers:
                    X-RateLimit-Remaining:
                      required: true
                      schema: {type: integer}
                  content:
                    application/json:
                      schema: {type: object}
                4XX: {description: Client error.}
                default: {description: Anything else.}
        """
    )
    let operation = try #require(document.operations.first)
    let body = try #require(operation.requestBody.flatMap(document.resolve))
    #expect(body.isRequired)
    #expect(body.content.keys == ["application/json"])
    #expect(body.content["application/json"]?.example?["topic"]?.string == "user.created")
    #expect(operation.responses.keys == ["202", "4XX", "default"])
    #expect(operation.responses.keys.compactMap(ResponseStatus.init) == [.code(202), .range(4), .default])
    let accepted = try #require(operation.responses["202"].flatMap(document.resolve))
    #expect(accepted.description == "Accepted.")
    #expect(accepted.headers["X-RateLimit-Remaining"]?.value?.schema?.types == [.integer])
}

@Test func keepsAnOperationsEmptySecurityListApartFromAnAbsentOne() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        security:
          - AdminApiKey: []
          - TenantJwt: []
        components:
          securitySchemes:
            AdminApiKey: {type: http, scheme: bearer}
            TenantJwt: {type: http, scheme: bearer, bearerFormat: JWT}
        paths:
          /healthz:
            get:
              security: []
          /tenants:
            get: {}
        """
    )
    let health = try #require(document.operations.first)
    let tenants = try #require(document.operations.last)
    #expect(health.security == [])
    #expect(document.security(of: health).isEmpty)
    #expect(tenants.security == nil)
    #expect(document.security(of: tenants).map(\.schemes.keys) == [["AdminApiKey"], ["TenantJwt"]])
    #expect(document.securityScheme(named: "TenantJwt")?.bearerFormat == "JWT")
    #expect(document.securityScheme(named: "AdminApiKey")?.kind == .http)
}

@Test func reportsASecurityRequirementNamingAnUndefinedScheme() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        security:
          - ApiKey: []
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:4:13: error: security requirement names undefined security scheme 'ApiKey' [#/security/0/ApiKey]"
        ]
    )
}

@Test func reportsDuplicateOperationIDsAtTheSecondUse() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get: {operationId: fetch}
          /b:
            get: {operationId: fetch}
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:7:24: error: duplicate operationId 'fetch'; first used at line 5 [#/paths/~1b/get/operationId]"
        ]
    )
}

@Test func requiresPathParametersToBeRequired() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /tenants/{id}:
            get:
              parameters:
                - name: id
                  in: path
                  required: false
                  schema: {type: string}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:9:21: error: path parameter 'id' must have 'required: true' \
            [#/paths/~1tenants~1{id}/get/parameters/0/required]
            """
        ]
    )
}

@Test func reportsPathParametersAndTemplateVariablesThatDoNotMatch() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /tenants/{tenant_id}:
            get:
              parameters:
                - {name: tenantID, in: path, required: true, schema: {type: string}}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:6:7: error: path template variable 'tenant_id' has no path parameter \
            [#/paths/~1tenants~1{tenant_id}/get]
            """,
            """
            doc.yaml:7:11: error: path parameter 'tenantID' does not appear in the path '/tenants/{tenant_id}' \
            [#/paths/~1tenants~1{tenant_id}/get/parameters/0]
            """,
        ]
    )
}

@Test func reportsParameterProblemsAtTheirFields() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              parameters:
                - {name: q, in: body, schema: {type: string}}
                - {name: r, in: query, style: tabDelimited, schema: {type: string}}
                - {name: s, in: query}
                - {name: t, in: query, required: "yes", schema: {type: string}}
                - {name: t, in: query, schema: {type: string}}
                - {name: t, in: query, schema: {type: string}}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:7:25: error: unknown parameter location 'body'; expected path, query, header or cookie \
            [#/paths/~1a/get/parameters/0/in]
            """,
            "doc.yaml:8:39: error: unknown parameter style 'tabDelimited' [#/paths/~1a/get/parameters/1/style]",
            "doc.yaml:9:11: error: parameter 's' needs a 'schema' or a 'content' [#/paths/~1a/get/parameters/2]",
            "doc.yaml:10:42: error: 'required' must be a boolean, not a string [#/paths/~1a/get/parameters/3/required]",
            "doc.yaml:11:11: error: duplicate query parameter 't' [#/paths/~1a/get/parameters/4]",
            "doc.yaml:12:11: error: duplicate query parameter 't' [#/paths/~1a/get/parameters/5]",
        ]
    )
}

@Test func reportsResponseKeysThatAreNotStatuses() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              responses:
                ok: {description: fine}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:7:13: error: 'ok' is not a response status such as 200, 4XX or 'default' \
            [#/paths/~1a/get/responses/ok]
            """
        ]
    )
}

@Test func requiresResponsesInOpenAPI30Only() {
    let yaml30 = """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /a:
            get: {operationId: a}
        """
    #expect(modelDiagnostics(yaml30) == ["doc.yaml:5:10: error: missing required field 'responses' [#/paths/~1a/get]"])
    #expect(modelDiagnostics(yaml30.replacing("3.0.3", with: "3.1.0")).isEmpty)
}

@Test func warnsThatCallbacksAndLinksAreSkipped() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            post:
              callbacks: {}
              responses:
                "200":
                  description: ok
                  links: {}
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:6:18: warning: 'callbacks' is not supported and is skipped [#/paths/~1a/post/callbacks]",
            "doc.yaml:10:18: warning: 'links' is not supported and is skipped [#/paths/~1a/post/responses/200/links]",
        ]
    )
}

@Test func reportsSecuritySchemesMissingWhatTheirKindNeeds() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          securitySchemes:
            Key: {type: apiKey, in: path}
            Basic: {type: http}
            Odd: {type: magic}
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:5:10: error: missing required field 'name' [#/components/securitySchemes/Key]",
            """
            doc.yaml:5:29: error: unknown API key location 'path'; expected query, header or cookie \
            [#/components/securitySchemes/Key/in]
            """,
            "doc.yaml:6:12: error: missing required field 'scheme' [#/components/securitySchemes/Basic]",
            """
            doc.yaml:7:17: error: unknown security scheme type 'magic'; expected apiKey, http, mutualTLS, oauth2 \
            or openIdConnect [#/components/securitySchemes/Odd/type]
            """,
        ]
    )
}

@Test func warnsThatPathItemReferencesAndEncodingsAreSkipped() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /shared: {$ref: "#/paths/~1other"}
          /upload:
            post:
              requestBody:
                content:
                  multipart/form-data:
                    schema: {type: object}
                    encoding: {file: {contentType: image/png}}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:4:19: warning: a path item with '$ref' is not supported; the path '/shared' is skipped \
            [#/paths/~1shared/$ref]
            """,
            """
            doc.yaml:11:23: warning: 'encoding' is not supported and is ignored \
            [#/paths/~1upload/post/requestBody/content/multipart~1form-data/encoding]
            """,
        ]
    )
}

@Test func keepsExtensionsOfOperationsAndReportsListItemsOfTheWrongType() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get: {x-pagination: cursor}
        """
    )
    #expect(document.operations.first?.extensions["x-pagination"]?.string == "cursor")

    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /a:
            get:
              parameters: [limit]
              tags: [[nested]]
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:6:20: error: an item of 'parameters' must be a mapping, not a string \
            [#/paths/~1a/get/parameters/0]
            """,
            "doc.yaml:7:14: error: an item of 'tags' must be a string, not a sequence [#/paths/~1a/get/tags/0]",
        ]
    )
}

@Test func reportsACycleOfParameterReferences() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          parameters:
            Loop: {$ref: "#/components/parameters/Loop"}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:5:18: error: '$ref' cycle never reaches a parameter: '#/components/parameters/Loop' -> \
            '#/components/parameters/Loop' [#/components/parameters/Loop/$ref]
            """
        ]
    )
}
