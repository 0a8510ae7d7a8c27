import GeneratorCore
import Testing

@Test(
    "Member names are lowerCamelCase with acronyms in one case",
    arguments: [
        ("tenant_id", "tenantID"),
        ("api_key", "apiKey"),
        ("portal_url", "portalURL"),
        ("destination_ids", "destinationIDs"),
        ("getTenantPortalUrl", "getTenantPortalURL"),
        ("ALERT_AUTO_DISABLE_DESTINATION", "alertAutoDisableDestination"),
        ("HTTP_USER_AGENT", "httpUserAgent"),
        ("filters[topic]", "filtersTopic"),
        ("created_at", "createdAt"),
        ("URL", "url"),
        ("previous_secret_invalid_at", "previousSecretInvalidAt"),
        ("x-request-id", "xRequestID"),
        ("3d", "_3d"),
        ("+1", "plus1"),
        ("-", "minus"),
        ("", "empty"),
        ("self", "self_"),
        ("default", "default"),
    ]
)
func memberNameFollowsTheRules(raw: String, expected: String) {
    #expect(SwiftName.memberName(raw) == expected)
}

@Test(
    "Type names are UpperCamelCase with acronyms in one case",
    arguments: [
        ("APIErrorResponse", "APIErrorResponse"),
        ("AWSSQSConfig", "AWSSQSConfig"),
        ("DestinationCreateGCPPubSub", "DestinationCreateGCPPubSub"),
        ("tenant_upsert", "TenantUpsert"),
        ("event-summary", "EventSummary"),
        ("Type", "Type_"),
        ("Self", "Self_"),
        ("3d_model", "_3dModel"),
        ("", "Empty"),
        ("+", "Plus"),
        ("url", "URL_"),
        ("portal_url", "PortalURL"),
    ]
)
func typeNameFollowsTheRules(raw: String, expected: String) {
    #expect(SwiftName.typeName(raw) == expected)
}

@Test func keywordsAreEscapedWithBackticks() {
    #expect(SwiftName.escaped("default") == "`default`")
    #expect(SwiftName.escaped("self") == "`self`")
    #expect(SwiftName.escaped("tenantID") == "tenantID")
}

@Test func collisionKeepsTheExactSpellingAndWarnsAboutTheOther() {
    var scope = NameScope()
    let names = scope.claim(["foo_bar", "fooBar"], as: SwiftName.memberName)
    #expect(names == ["fooBar2", "fooBar"])
    #expect(
        scope.diagnostics.map(\.description) == [
            "<input>: warning: 'foo_bar' and 'fooBar' both become the Swift name 'fooBar'; 'foo_bar' is named 'fooBar2'"
        ]
    )
}

@Test func collisionOfUnderscoredNameIsResolvedDeterministically() {
    var first = NameScope()
    var second = NameScope()
    let forward = first.claim(["type", "_type"], as: SwiftName.memberName)
    let again = second.claim(["type", "_type"], as: SwiftName.memberName)
    #expect(forward == ["type", "type2"])
    #expect(forward == again)
    #expect(first.diagnostics.count == 1)
}

@Test func reservedNamesAreNeverClaimed() {
    var scope = NameScope(reserving: ["unknown"])
    #expect(scope.claim(["unknown", "known"], as: SwiftName.memberName) == ["unknown2", "known"])
}
