import GeneratorCore
import Testing

@Test func misspeltMethodInAPathItemIsAWarningNotASilentDrop() throws {
    let result = buildModel(
        """
        openapi: 3.1.0
        info: {title: Sample, version: "1"}
        paths:
          /tenants:
            summary: Tenants.
            gett:
              responses:
                "200": {description: OK}
            x-internal: true
        """
    )
    #expect(
        result.diagnostics.map(\.description) == [
            "doc.yaml:7:7: warning: unknown key 'gett' in path '/tenants' is ignored [#/paths/~1tenants/gett]"
        ]
    )
    #expect(result.value?.operations.isEmpty == true)
}
