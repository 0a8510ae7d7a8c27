import GeneratorCore
import Testing

@Test func warnsWhenObjectAlternativesOfAOneOfOverlap() throws {
    let diagnostics = try modelTranslationDiagnostics(
        """
        Attempt:
          type: object
          properties:
            event:
              oneOf:
                - $ref: "#/components/schemas/EventFull"
                - $ref: "#/components/schemas/EventSummary"
        EventSummary:
          type: object
          properties:
            id: {type: string}
        EventFull:
          type: object
          properties:
            id: {type: string}
            data: {type: object}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:9:11: warning: oneOf alternatives 'EventFull' and 'EventSummary' overlap; decoding picks the one \
            that keeps every field present, then document order [#/components/schemas/Attempt/properties/event]
            """
        ]
    )
}

@Test func staysQuietAboutObjectAlternativesThatRequireDistinctKeys() throws {
    let diagnostics = try modelTranslationDiagnostics(
        """
        Shape:
          oneOf:
            - type: object
              required: [radius]
              properties:
                radius: {type: number}
            - type: object
              required: [side]
              properties:
                side: {type: number}
        """
    )
    #expect(diagnostics.isEmpty)
}

@Test func warnsWhenTwoKeysOfAnObjectBecomeTheSameSwiftName() throws {
    let diagnostics = try modelTranslationDiagnostics(
        """
        S:
          type: object
          properties:
            tenant_id: {type: string}
            tenantId: {type: string}
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:9:19: warning: 'tenantId' and 'tenant_id' both become the Swift name 'tenantID'; 'tenantId' is \
            named 'tenantID2' [#/components/schemas/S/properties/tenantId]
            """
        ]
    )
}

@Test func warnsThatAValueOfSeveralTypesIsFreeFormJSON() throws {
    let diagnostics = try modelTranslationDiagnostics(
        """
        S:
          type: [string, integer, "null"]
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:6:7: warning: a value of several types (string, integer) is free-form JSON \
            [#/components/schemas/S]
            """
        ]
    )
}

@Test func warnsWhenAnEnumValueTakesTheNameOfTheUnknownCase() throws {
    let diagnostics = try modelTranslationDiagnostics(
        """
        S:
          type: string
          enum: [known, unknown]
        """
    )
    #expect(
        diagnostics == [
            """
            doc.yaml:7:21: warning: 'unknown' and 'unknown' both become the Swift name 'unknown'; 'unknown' is named \
            'unknown2' [#/components/schemas/S]
            """
        ]
    )
}

@Test func rendersTheSameBytesForTheSameDocument() throws {
    let yaml = componentsDocument(
        """
        S:
          type: object
          properties:
            b: {type: string, enum: [x, y]}
            a: {oneOf: [{type: string}, {type: array, items: {type: integer}}]}
        """
    )
    let first = try translateModels(yaml).declarations.map(ModelRenderer().render)
    let second = try translateModels(yaml).declarations.map(ModelRenderer().render)
    #expect(first == second)
}
