extension BrokenDocument {
    /// Every file of `BrokenDocuments/` with the first error it must produce, by the stage that finds it.
    static let all = yaml + version + documentFields + operations + schemas + components + references

    /// Documents that are not well-formed YAML or JSON, or that the YAML stage refuses.
    static let yaml = [
        BrokenDocument("empty.yaml", 1, 1, "the file holds no YAML document"),
        BrokenDocument("comments-only.yaml", 1, 1, "the file holds no YAML document"),
        BrokenDocument("yaml-unclosed-flow-mapping.yaml", 3, 1, "did not find expected ',' or '}'"),
        BrokenDocument("yaml-tab-indentation.yaml", 3, 1, "tab character in indentation"),
        BrokenDocument("yaml-outdented-value.yaml", 4, 2, "did not find expected key"),
        BrokenDocument("yaml-unterminated-quoted-string.yaml", 4, 13, "did not find expected key"),
        BrokenDocument("yaml-duplicate-key.yaml", 7, 3, "duplicate key '/tenants' in mapping"),
        BrokenDocument("yaml-undefined-alias.yaml", 5, 10, "alias '*listTenants' is not defined before use"),
        BrokenDocument("yaml-alias-inside-its-anchor.yaml", 8, 16, "alias '*tree' refers to a node that contains it"),
        BrokenDocument("yaml-two-documents.yaml", 3, 1, "the file holds more than one YAML document"),
        BrokenDocument("yaml-merge-key-scalar.yaml", 3, 7, "a '<<' merge key takes a mapping"),
        BrokenDocument("yaml-alias-bomb.yaml", 8, 49, "expands to more than 1000000 nodes through its aliases"),
        BrokenDocument("yaml-deep-flow-nesting.yaml", 3, 264, "nesting deeper than 256 levels"),
        BrokenDocument("yaml-deep-block-nesting.yaml", 259, 513, "nesting deeper than 256 levels"),
        BrokenDocument("yaml-invalid-utf8.yaml", 3, 16, "invalid UTF-8: invalid leading UTF-8 octet (byte 0xFF)"),
        BrokenDocument("yaml-binary-bytes.yaml", 3, 9, "binary data: control characters are not allowed (byte 0x00)"),
        BrokenDocument("binary-png-header.yaml", 1, 1, "invalid UTF-8: invalid leading UTF-8 octet (byte 0x89)"),
        BrokenDocument("json-missing-comma.json", 4, 3, "did not find expected ',' or '}'"),
        BrokenDocument("json-truncated.json", 7, 1, "did not find expected ',' or '}'"),
        BrokenDocument("root-sequence.yaml", 1, 1, "the document must be a mapping, not a sequence"),
        BrokenDocument("root-scalar.yaml", 1, 1, "the document must be a mapping, not a string"),
    ]

    /// Documents of a version the generator does not read.
    static let version = [
        BrokenDocument("swagger-2.0.yaml", 1, 10, "Swagger 2.0 documents are not supported"),
        BrokenDocument("openapi-3.2.yaml", 1, 10, "OpenAPI version '3.2.0' is not supported"),
        BrokenDocument("openapi-4.0.yaml", 1, 10, "OpenAPI version '4.0.0' is not supported"),
        BrokenDocument("openapi-missing.yaml", 1, 1, "missing required field 'openapi'"),
        BrokenDocument("openapi-mapping.yaml", 1, 10, "'openapi' must be a string, not a mapping"),
    ]

    /// A wrong type or a missing value in the document's own fields.
    static let documentFields = [
        BrokenDocument("info-missing.yaml", 1, 1, "missing required field 'info'"),
        BrokenDocument("info-sequence.yaml", 3, 3, "'info' must be a mapping, not a sequence"),
        BrokenDocument("info-title-mapping.yaml", 3, 10, "'title' must be a string, not a mapping"),
        BrokenDocument("info-version-null.yaml", 4, 12, "'version' must be a string, not null"),
        BrokenDocument("paths-sequence.yaml", 4, 3, "'paths' must be a mapping, not a sequence"),
        BrokenDocument("paths-missing-in-3.0.yaml", 1, 1, "missing required field 'paths'"),
        BrokenDocument("servers-mapping.yaml", 4, 3, "'servers' must be a sequence, not a mapping"),
        BrokenDocument("server-url-missing.yaml", 4, 5, "missing required field 'url'"),
        BrokenDocument("server-variable-undefined.yaml", 4, 10, "server variable 'region' is not defined"),
        BrokenDocument("tags-mapping.yaml", 4, 3, "'tags' must be a sequence, not a mapping"),
        BrokenDocument("tag-without-name.yaml", 4, 5, "missing required field 'name'"),
        BrokenDocument("security-mapping.yaml", 4, 3, "'security' must be a sequence, not a mapping"),
        BrokenDocument("security-scopes-scalar.yaml", 4, 13, "scopes of 'ApiKey' must be a sequence, not a string"),
        BrokenDocument("security-undefined-scheme.yaml", 4, 13, "names undefined security scheme 'Bearer'"),
    ]

    /// A wrong type in a path, a path item, an operation or what an operation holds.
    static let operations = [
        BrokenDocument("path-without-slash.yaml", 5, 5, "path 'tenants' must start with '/'"),
        BrokenDocument("path-item-scalar.yaml", 4, 13, "path '/tenants' must be a mapping, not a string"),
        BrokenDocument("json-path-item-array.json", 4, 25, "path '/tenants' must be a mapping, not a sequence"),
        BrokenDocument("operation-sequence.yaml", 6, 7, "operation 'get' must be a mapping, not a sequence"),
        BrokenDocument("operation-tags-scalar.yaml", 6, 13, "'tags' must be a sequence, not a string"),
        BrokenDocument("operation-deprecated-string.yaml", 6, 19, "'deprecated' must be a boolean, not a string"),
        BrokenDocument("operation-id-duplicate.yaml", 10, 20, "duplicate operationId 'listTenants'"),
        BrokenDocument("parameters-mapping.yaml", 7, 9, "'parameters' must be a sequence, not a mapping"),
        BrokenDocument("parameter-location-unknown.yaml", 8, 15, "unknown parameter location 'body'"),
        BrokenDocument("parameter-required-string.yaml", 9, 21, "'required' must be a boolean, not a string"),
        BrokenDocument("parameter-without-schema.yaml", 7, 11, "parameter 'limit' needs a 'schema' or a 'content'"),
        BrokenDocument("path-parameter-not-in-template.yaml", 7, 11, "does not appear in the path '/tenants'"),
        BrokenDocument("request-body-scalar.yaml", 6, 20, "'requestBody' must be a mapping, not a string"),
        BrokenDocument("request-body-content-sequence.yaml", 8, 11, "'content' must be a mapping, not a sequence"),
        BrokenDocument("responses-sequence.yaml", 7, 9, "'responses' must be a mapping, not a sequence"),
        BrokenDocument("response-status-invalid.yaml", 7, 13, "'ok' is not a response status"),
        BrokenDocument("response-headers-sequence.yaml", 9, 20, "'headers' must be a mapping, not a sequence"),
    ]

    /// A wrong type or value of a schema keyword.
    static let schemas = [
        BrokenDocument("schema-scalar.yaml", 5, 13, "schema 'Tenant' must be a mapping, not a string"),
        BrokenDocument("schema-type-unknown.yaml", 6, 13, "unknown type 'record'"),
        BrokenDocument("schema-type-mapping.yaml", 6, 13, "'type' must be a string or a sequence, not a mapping"),
        BrokenDocument("schema-properties-sequence.yaml", 8, 9, "'properties' must be a mapping, not a sequence"),
        BrokenDocument("schema-required-mapping.yaml", 7, 17, "'required' must be a sequence, not a mapping"),
        BrokenDocument("schema-min-length-string.yaml", 7, 18, "'minLength' must be an integer, not a string"),
        BrokenDocument("schema-maximum-string.yaml", 7, 16, "'maximum' must be a number, not a string"),
        BrokenDocument("schema-enum-mapping.yaml", 7, 13, "'enum' must be a sequence, not a mapping"),
        BrokenDocument("schema-all-of-mapping.yaml", 7, 9, "'allOf' must be a sequence, not a mapping"),
        BrokenDocument("schema-nullable-string.yaml", 8, 17, "'nullable' must be a boolean, not a string"),
        BrokenDocument(
            "schema-discriminator-without-property-name.yaml", 9, 9, "missing required field 'propertyName'"),
    ]

    /// A wrong type in `components` or in a security scheme.
    static let components = [
        BrokenDocument("components-sequence.yaml", 4, 3, "'components' must be a mapping, not a sequence"),
        BrokenDocument("components-schemas-sequence.yaml", 5, 5, "'schemas' must be a mapping, not a sequence"),
        BrokenDocument("security-scheme-type-unknown.yaml", 5, 19, "unknown security scheme type 'token'"),
        BrokenDocument("security-scheme-api-key-in-path.yaml", 5, 43, "unknown API key location 'path'"),
    ]

    /// References that designate nothing, the wrong kind of value, or only each other.
    static let references = [
        BrokenDocument("ref-dangling.yaml", 11, 30, "'$ref' target '#/components/schemas/Tenant' does not exist"),
        BrokenDocument("ref-wrong-kind.yaml", 7, 17, "'$ref' target '#/components/schemas/Limit' is not a parameter"),
        BrokenDocument(
            "ref-cycle.yaml", 5, 15,
            "'$ref' cycle never reaches a schema: '#/components/schemas/A' -> '#/components/schemas/B' -> "
                + "'#/components/schemas/C' -> '#/components/schemas/A'"
        ),
        BrokenDocument("ref-self.yaml", 5, 19, "'$ref' cycle never reaches a parameter"),
        BrokenDocument("ref-other-file.yaml", 5, 20, "'$ref' to another file is not supported"),
        BrokenDocument("ref-not-string.yaml", 5, 20, "'$ref' must be a string, not a sequence"),
        BrokenDocument("ref-invalid-pointer.yaml", 5, 20, "'$ref' is not a valid JSON pointer"),
    ]
}
