import GeneratorCore
import Testing

/// Returns the declared type of each property of the struct `S` in a snippet of component schemas, by JSON key.
private func propertyTypes(
    _ schemas: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> [String: String] {
    let translator = try translateModels(componentsDocument(schemas), sourceLocation: sourceLocation)
    let declaration = try #require(translator.declarations.first { $0.name == "S" }, sourceLocation: sourceLocation)
    guard case .structure(let structure) = declaration.kind else {
        Issue.record("S is not a struct", sourceLocation: sourceLocation)
        return [:]
    }
    return Dictionary(uniqueKeysWithValues: structure.properties.map { ($0.key, $0.declaredType.source) })
}

@Test func mapsFormatsToExactSwiftTypes() throws {
    let types = try propertyTypes(
        """
        S:
          type: object
          required: [a, b, c, d, e, f, g, h, i, j]
          properties:
            a: {type: integer, format: int32}
            b: {type: integer, format: int64}
            c: {type: integer}
            d: {type: number}
            e: {type: number, format: float}
            f: {type: boolean}
            g: {type: string, format: date-time}
            h: {type: string, format: date}
            i: {type: string, format: url}
            j: {type: array, items: {type: string, format: uuid}}
        """
    )
    #expect(
        types == [
            "a": "Int32", "b": "Int64", "c": "Int", "d": "Double", "e": "Float", "f": "Bool", "g": "Date",
            "h": "CalendarDate", "i": "String", "j": "[String]",
        ]
    )
}

@Test func mapsFreeFormValuesToTheRuntimesJSONValue() throws {
    let types = try propertyTypes(
        """
        S:
          type: object
          required: [anything, object, open, empty, map]
          properties:
            anything: {description: No type at all.}
            object: {type: object}
            open: {type: object, additionalProperties: true}
            empty: {type: object, additionalProperties: {}}
            map: {type: object, additionalProperties: {type: integer, format: int64}}
        """
    )
    #expect(
        types == [
            "anything": "JSONValue", "object": "[String: JSONValue]", "open": "[String: JSONValue]",
            "empty": "[String: JSONValue]", "map": "[String: Int64]",
        ]
    )
}

@Test func keepsNullableAndRequiredIndependent() throws {
    let types = try propertyTypes(
        """
        S:
          type: object
          required: [requiredPlain, requiredNullable]
          properties:
            requiredPlain: {type: string}
            requiredNullable: {type: string, nullable: true}
            optionalPlain: {type: string}
            optionalNullable: {type: [string, "null"]}
        """
    )
    #expect(
        types == [
            "requiredPlain": "String", "requiredNullable": "String?", "optionalPlain": "String?",
            "optionalNullable": "String?",
        ]
    )
}

@Test func readsNullableBesideARefAndASingleEntryOneOfAsOptional() throws {
    let types = try propertyTypes(
        """
        S:
          type: object
          required: [pointer, single, nullOrString]
          properties:
            pointer: {$ref: "#/components/schemas/T", nullable: true}
            single:
              oneOf: [{$ref: "#/components/schemas/T"}]
            nullOrString:
              oneOf: [{type: string}, {type: "null"}]
        T:
          type: object
          properties:
            name: {type: string}
        """
    )
    #expect(types == ["pointer": "T?", "single": "T", "nullOrString": "String?"])
}

@Test func namesInlineTypesFromTheirContext() throws {
    let translator = try translateModels(
        componentsDocument(
            """
            EventSummary:
              type: object
              properties:
                status: {type: string, enum: [ok, failed]}
                type: {type: string, enum: [a]}
                options:
                  type: array
                  items:
                    type: object
                    properties:
                      label: {type: string}
                link:
                  type: object
                  properties:
                    href: {type: string}
            """
        )
    )
    #expect(
        translator.declarations.map(\.name) == [
            "EventSummary", "EventSummaryStatus", "EventSummaryType", "EventSummaryOption", "EventSummaryLink",
        ]
    )
}

@Test func declaresAnInlineTypeForASchemaUsedInPlaceAfterTheComponents() throws {
    let document = try requireModel(
        componentsDocument(
            """
            Page:
              type: object
              properties:
                next: {type: string}
            Holder:
              type: object
              properties:
                dir: {type: string, enum: [asc, desc], nullable: true}
            """
        )
    )
    var translator = TypeTranslator(document: document, file: "doc.yaml")
    translator.translateComponents()
    let dir = try #require(document.components.schemas["Holder"]?.properties["dir"])
    let page = try #require(document.components.schemas["Page"])

    #expect(translator.swiftType(for: dir, suggestedName: "ListDir", usage: .request) == .optional(.named("ListDir")))
    // A component's own schema, as a resolved reference gives it, is the component's type.
    #expect(translator.swiftType(for: page, suggestedName: "Unused", usage: .response) == .named("Page"))
    #expect(translator.declarations.map(\.name) == ["Page", "Holder", "HolderDir", "ListDir"])
}

@Test func tellsThePropertyNameChosenForAJSONKey() throws {
    let translator = try translateModels(
        componentsDocument(
            """
            TenantPage:
              type: object
              properties:
                models: {type: array, items: {type: string}}
                next_cursor: {type: string}
            """
        )
    )
    #expect(translator.propertyName(ofJSONKey: "next_cursor", inType: "TenantPage") == "nextCursor")
    #expect(translator.propertyName(ofJSONKey: "models", inType: "TenantPage") == "models")
    #expect(translator.propertyName(ofJSONKey: "missing", inType: "TenantPage") == nil)
    #expect(translator.propertyName(ofJSONKey: "models", inType: "Missing") == nil)
}

@Test func mergesAllOfIntoOneStruct() throws {
    let types = try propertyTypes(
        """
        Base:
          type: object
          required: [id]
          properties:
            id: {type: string}
        S:
          allOf:
            - $ref: "#/components/schemas/Base"
            - type: object
              required: [size]
              properties:
                size: {type: integer}
          properties:
            note: {type: string}
        """
    )
    #expect(types == ["id": "String", "size": "Int", "note": "String?"])
}

@Test func translatesAnyOfAsAUnion() throws {
    let translator = try translateModels(
        componentsDocument(
            """
            S:
              anyOf:
                - type: string
                - type: integer
            """
        )
    )
    let declaration = try #require(translator.declarations.first)
    guard case .union(let union) = declaration.kind else {
        Issue.record("S is not a union")
        return
    }
    #expect(union.cases.map(\.name) == ["string", "integer"])
    #expect(union.cases.map(\.type) == [.string, .int])
}

@Test func makesARecursiveUnionIndirect() throws {
    let translator = try translateModels(
        componentsDocument(
            """
            Expression:
              oneOf:
                - type: string
                - $ref: "#/components/schemas/Not"
            Not:
              type: object
              required: [operand]
              properties:
                operand: {$ref: "#/components/schemas/Expression"}
            """
        )
    )
    guard case .union(let union) = translator.declarations.first?.kind else {
        Issue.record("Expression is not a union")
        return
    }
    #expect(union.isIndirect)
    guard case .structure(let structure) = translator.declarations.last?.kind else {
        Issue.record("Not is not a struct")
        return
    }
    #expect(structure.properties.map(\.isBoxed) == [false])
}

@Test func givesOptionalPropertiesTheSchemaDefaultInTheInitializerOnly() throws {
    let translator = try translateModels(
        componentsDocument(
            """
            S:
              type: object
              required: [kind]
              properties:
                kind: {type: string, enum: [webhook]}
                tls: {type: string, enum: ["true", "false"], default: "true"}
                label: {type: string, default: "a \\"b\\""}
                limit: {type: integer, default: 100}
                ratio: {type: number, default: 0.5}
                on: {type: boolean, default: false}
            """
        )
    )
    guard case .structure(let structure) = translator.declarations.first?.kind else {
        Issue.record("S is not a struct")
        return
    }
    #expect(structure.properties.map(\.defaultValue) == [".webhook", ".`true`", #""a \"b\"""#, "100", "0.5", "false"])
}
