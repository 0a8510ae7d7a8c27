import Foundation
import GeneratorCore
import Testing

/// Outpost's published document in the shared reference folder beside the repository.
private let referencePath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/reference/outpost-openapi.yaml").path

@Test(
    .enabled(
        if: FileManager.default.fileExists(atPath: referencePath),
        "skipped: no reference document at ../shared/reference/outpost-openapi.yaml"
    )
)
func referenceDocumentChecksWithOnlyTheNullableNote() throws {
    let data = try #require(FileManager.default.contents(atPath: referencePath))
    let check = DocumentCheck(bytes: [UInt8](data), file: "outpost-openapi.yaml")

    #expect(check.summary == "29 operations, 91 schemas, 0 warnings, 0 errors")
    #expect(
        check.diagnostics.map(\.description) == [
            """
            outpost-openapi.yaml:124:21: note: 'nullable' is an OpenAPI 3.0 keyword; read as allowing null in \
            119 places [#/components/schemas/Tenant/properties/metadata/nullable]
            """
        ]
    )

    let document = try #require(check.document)
    #expect(document.operations.first?.operationID == "healthCheck")
    #expect(document.operations.first?.security == [])
    #expect(document.components.securitySchemes.keys == ["AdminApiKey", "TenantJwt"])
    let destination = try #require(document.components.schemas["Destination"])
    #expect(destination.discriminator?.mapping.count == 9)
    #expect(destination.oneOf.allSatisfy { document.resolve($0) != nil })
}
