/// How an example of a document is known not to round-trip, and why.
///
/// An entry applies to one document, recognised by its `info.title`, and to one example of it by name. Each
/// entry must still fail exactly as it says: one that no longer does fails its test, so the table only ever
/// lists what is true of the document.
enum KnownExampleFailure: Sendable {
    /// The example contradicts its own schema, so decoding must fail, with an error that mentions each text.
    case contradictsItsSchema(reason: String, errorMentions: [String])

    /// The example has a member that its schema does not list, which the round trip drops (and nothing else).
    case hasUnlistedMember(String, reason: String)

    /// The SDK declares no type for the example's schema, so there is nothing to decode it as.
    case hasNoGeneratedModel(reason: String)

    /// The known failures by the title of the document, then by example name.
    static let byDocument: [String: [String: KnownExampleFailure]] = [
        // The project's openapi.yaml.
        "Outpost": [
            "listTenants 501: example": .hasNoGeneratedModel(reason: errorOfItsOwnShape),
            "healthCheck 503: example": .hasNoGeneratedModel(reason: errorOfItsOwnShape),
        ],
        // Outpost's published document, which CI builds the package with too.
        "Outpost API": [
            "healthCheck 503: example": .hasNoGeneratedModel(reason: errorOfItsOwnShape),
            "getEvent 200: EventExample": .hasUnlistedMember(
                "eligible_for_retry", reason: "the Event schema does not list `eligible_for_retry`"),
            "listEvents 200: AdminEventsListExample": .hasUnlistedMember(
                "eligible_for_retry", reason: "the Event schema does not list `eligible_for_retry`"),
            "updateTenantDestination request: WebhookUpdateExample": .contradictsItsSchema(
                reason: "the update example lacks `type`, the discriminator that DestinationUpdate requires",
                errorMentions: [#"member named "type""#]),
            "listDestinationTypeSchemas 200: DestinationTypesExample": .contradictsItsSchema(
                reason: """
                    the third config field of the second destination type lacks `required`, which \
                    DestinationSchemaField requires
                    """,
                errorMentions: ["element 1", "config_fields[2].required"]),
        ],
    ]

    /// Why an error answer with a schema of its own has no model: the SDK declares types for success bodies.
    private static let errorOfItsOwnShape = """
        an error answer whose schema is its own, not a component: the SDK throws OutpostError for it, with the \
        body only in `errorBody` (read as APIErrorBody) and `bodyExcerpt`
        """

    /// Returns the known failures of the examples of a document.
    static func failures(ofDocumentTitled title: String) -> [String: KnownExampleFailure] {
        byDocument[title] ?? [:]
    }
}
