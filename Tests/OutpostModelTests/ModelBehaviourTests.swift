import Foundation
import Outpost
import Testing

private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONCoding.decode(type, from: Data(json.utf8))
}

private func encode(_ value: some Encodable) throws -> String {
    String(decoding: try JSONCoding.encode(value), as: UTF8.self)
}

@Test func anUnknownEnumValueDecodesAndEncodesBackUnchanged() throws {
    let pagination = try decode(SeekPagination.self, #"{"dir":"sideways","limit":20}"#)
    #expect(pagination.dir == .unknown("sideways"))
    #expect(try encode(pagination) == #"{"dir":"sideways","limit":20}"#)

    #expect(try decode(SeekPagination.self, #"{"dir":"asc"}"#).dir == .asc)
    #expect(try decode(DestinationType.self, #""carrier_pigeon""#) == .unknown("carrier_pigeon"))
}

@Test func aDestinationOfAnUnknownTypeDecodesAndEncodesBackUnchanged() throws {
    let json = #"{"config":{"coop":"north"},"id":"des_1","topics":["order.placed"],"type":"carrier_pigeon"}"#
    let destination = try decode(Destination.self, json)

    guard case .unknown(let type, let raw) = destination else {
        Issue.record("decoded as a known type: \(destination)")
        return
    }
    #expect(type == "carrier_pigeon")
    #expect(raw["config"]?["coop"] == "north")
    #expect(try encode(destination) == json)
}

@Test func timestampsDecodeWithAndWithoutFractionalSecondsAndWithAnOffset() throws {
    let whole = try decode(Tenant.self, #"{"created_at":"2026-01-08T14:03:29Z"}"#)
    let fraction = try decode(Tenant.self, #"{"created_at":"2026-01-08T14:03:29.604Z"}"#)
    let offset = try decode(Tenant.self, #"{"created_at":"2026-01-08T15:03:29.604+01:00"}"#)

    // 2026-01-08T14:03:29Z is 1,767,881,009 seconds after 1970-01-01T00:00:00Z.
    let seconds = try #require(whole.createdAt?.timeIntervalSince1970)
    #expect(seconds == 1_767_881_009)
    let fractionSeconds = try #require(fraction.createdAt?.timeIntervalSince1970)
    #expect(abs(fractionSeconds - 1_767_881_009.604) < 0.000_001)
    #expect(offset.createdAt == fraction.createdAt)
}

@Test func aMergePatchUpdateThatClearsOneMetadataKeyEncodesOnlyThatKeyAsNull() throws {
    let update = DestinationUpdateWebhook(metadata: .set(["team": nil]))
    #expect(try encode(update) == #"{"metadata":{"team":null},"type":"webhook"}"#)

    let cleared = DestinationUpdateWebhook(filter: .clear, metadata: .set(["team": nil, "tier": "gold"]))
    #expect(try encode(cleared) == #"{"filter":null,"metadata":{"team":null,"tier":"gold"},"type":"webhook"}"#)
}

@Test func aMergePatchUpdateDecodesUnchangedClearedAndSetFieldsApart() throws {
    let json = #"{"type":"webhook","metadata":{"team":null},"filter":null}"#
    let update = try decode(DestinationUpdate.self, json)

    guard case .webhook(let webhook) = update else {
        Issue.record("decoded as another type: \(update)")
        return
    }
    #expect(webhook.metadata == .set(["team": nil]))
    #expect(webhook.filter == .clear)
    #expect(webhook.disabledAt == .unchanged)
    #expect(webhook.deliveryMetadata == .unchanged)
}

@Test func managedConfigIgnoresAKeyItDoesNotKnow() throws {
    let config = try decode(ManagedConfig.self, #"{"TOPICS":"order.placed,invoice.paid","SOMETHING_NEW":"1"}"#)
    #expect(config.topics == "order.placed,invoice.paid")
    #expect(try encode(config) == #"{"TOPICS":"order.placed,invoice.paid"}"#)
}

@Test func aRequiredNullableTimestampIsWrittenAsNullAndMustBePresent() throws {
    let json =
        #"{"config":{},"created_at":"2026-01-20T18:02:44Z","credentials":{"token":"t"},"disabled_at":null,"#
        + #""id":"des_1","topics":"*","type":"hookdeck"}"#
    let destination = try decode(DestinationHookdeck.self, json)
    #expect(destination.disabledAt == nil)
    #expect(try encode(destination) == json)

    let missing = json.replacingOccurrences(of: #""disabled_at":null,"#, with: "")
    #expect(throws: JSONCodingError.self) { try decode(DestinationHookdeck.self, missing) }
}
