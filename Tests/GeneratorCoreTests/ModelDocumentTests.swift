import GeneratorCore
import Testing

@Test func buildsInfoServersTagsAndExtensionsOfA31Document() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info:
          title: Outpost
          version: 1.0
          x-audience: public
        servers:
          - url: https://{region}.example.com/v1
            variables:
              region:
                default: eu
                enum: [eu, us]
        tags:
          - name: Tenants
            description: Tenant management.
        paths: {}
        x-generator: outpost
        """
    )
    #expect(document.version.isVersion31)
    #expect(document.info.title == "Outpost")
    #expect(document.info.version == "1.0")
    #expect(document.info.extensions.keys == ["x-audience"])
    #expect(document.servers.first?.url == "https://{region}.example.com/v1")
    #expect(document.servers.first?.variables["region"]?.defaultValue == "eu")
    #expect(document.servers.first?.variables["region"]?.allowedValues == ["eu", "us"])
    #expect(document.tags.map(\.name) == ["Tenants"])
    #expect(document.extensions["x-generator"]?.string == "outpost")
    #expect(document.info.origin.location == GeneratorCore.SourceLocation(line: 3, column: 3))
    #expect(document.info.origin.pointer.description == "#/info")
}

@Test func acceptsOpenAPI30Documents() throws {
    let document = try requireModel(
        """
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        """
    )
    #expect(document.version.text == "3.0.3")
    #expect(!document.version.isVersion31)
}

@Test func rejectsSwaggerDocumentsNamingTheVersion() {
    let diagnostics = modelDiagnostics(
        """
        swagger: "2.0"
        info: {title: T, version: "1"}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:1:10: error: Swagger 2.0 documents are not supported; convert the document to OpenAPI 3.0 \
            or 3.1 [#/swagger]
            """
        ]
    )
}

@Test func rejectsAnUnknownOpenAPIVersion() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.2.0
        info: {title: T, version: "1"}
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:1:10: error: OpenAPI version '3.2.0' is not supported; expected 3.0.x or 3.1.x [#/openapi]"
        ]
    )
}

@Test func reportsMissingRequiredFieldsAtTheirObject() {
    let diagnostics = modelDiagnostics(
        """
        info:
          title: T
        """
    )
    #expect(diagnostics == ["doc.yaml:1:1: error: missing required field 'openapi' [#]"])

    let infoDiagnostics = modelDiagnostics(
        """
        openapi: 3.0.0
        info:
          summary: no title
        """
    )
    #expect(
        infoDiagnostics == [
            "doc.yaml:1:1: error: missing required field 'paths' [#]",
            "doc.yaml:3:3: error: missing required field 'title' [#/info]",
            "doc.yaml:3:3: error: missing required field 'version' [#/info]",
        ]
    )
}

@Test func reportsAFieldOfTheWrongTypeAtThatField() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: "x"
        """
    )
    #expect(diagnostics == ["doc.yaml:3:8: error: 'paths' must be a mapping, not a string [#/paths]"])
}

@Test func reportsAServerVariableTheURLUsesButDoesNotDefine() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        servers:
          - url: https://{region}.example.com
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:4:10: error: server variable 'region' is not defined in 'variables' [#/servers/0/url]"
        ]
    )
}

@Test func warnsAboutWebhooksAndComponentKindsItSkips() {
    let diagnostics = modelDiagnostics(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        webhooks: {}
        components:
          callbacks: {}
        """
    )
    #expect(
        diagnostics == [
            "doc.yaml:3:11: warning: 'webhooks' is not supported and is skipped [#/webhooks]",
            """
            doc.yaml:5:14: warning: 'callbacks' in 'components' is not supported and is skipped \
            [#/components/callbacks]
            """,
        ]
    )
}

@Test func keepsComponentSchemasInDocumentOrder() throws {
    let document = try requireModel(
        """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        components:
          schemas:
            Zebra: {type: string}
            Apple: {type: integer}
            Mango: {type: boolean}
        """
    )
    #expect(document.components.schemas.keys == ["Zebra", "Apple", "Mango"])
}

@Test func checkSummaryCountsOperationsAndSchemas() {
    let yaml = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths:
          /health:
            get:
              responses:
                "200": {description: ok}
        components:
          schemas:
            One: {type: string}
        """
    let check = DocumentCheck(bytes: Array(yaml.utf8), file: "doc.yaml")
    #expect(check.summary == "1 operation, 1 schema, 0 warnings, 0 errors")
}
