import Foundation
import OutpostRuntime
import Testing

/// A model that exercises what synthesized Codable produces: nested structs, arrays, optionals, maps and enums.
private struct Delivery: Codable, Hashable {
    enum Status: String, Codable, Hashable {
        case success
        case failed
    }

    enum Target: Codable, Hashable {
        case webhook(url: String)
        case queue(name: String, shards: Int)
        case none
    }

    struct Attempt: Codable, Hashable {
        var number: Int
        var status: Status
        var responseCode: Int?
        var durations: [Double]
        var headers: [String: String]?
    }

    var id: String
    var time: Date
    var day: CalendarDate?
    var status: Status
    var target: Target
    var attempts: [Attempt]
    var grid: [[Int]]
    var tags: [String]?
    var metadata: [String: String?]
    var data: JSONValue
    var enabled: Bool
    var note: String?
    var ratio: Float
    var counts: [String: Int]
}

private let payloads: [String] = [
    """
    {"id":"d1","time":"2026-12-04T16:08:00Z","day":"2026-12-04","status":"success",
     "target":{"webhook":{"url":"https://example.test/a"}},
     "attempts":[{"number":1,"status":"failed","responseCode":500,"durations":[0.25,1e-3],"headers":{"x":"1"}},
                 {"number":2,"status":"success","responseCode":null,"durations":[]}],
     "grid":[[1,2],[],[3]],"tags":["a","b"],"metadata":{"k":null,"v":"w"},
     "data":{"nested":{"list":[1,2.5,"three",false,null]},"n":-12},
     "enabled":true,"note":null,"ratio":0.5,"counts":{"a":1,"b":-2}}
    """,
    """
    {"counts":{},"ratio":-1.25e2,"enabled":false,"data":[],"metadata":{},"grid":[],"attempts":[],
     "target":{"none":{}},"status":"failed","time":"2026-12-04T17:08:00.123456+01:00","id":"d2 \\u00e9\\n"}
    """,
    """
    {"id":"d3","time":"1999-12-31t23:59:59.999z","status":"success",
     "target":{"queue":{"name":"q","shards":3}},"attempts":[{"number":7,"status":"success","durations":[3]}],
     "grid":[[0]],"metadata":{"only":null},"data":"text","enabled":true,"note":"\\ud83d\\ude00","ratio":3,
     "counts":{"z":0}}
    """,
]

private func foundationDecoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        try RFC3339.parseDate(decoder.singleValueContainer().decode(String.self))
    }
    return decoder
}

@Test(arguments: payloads.indices)
func decodesLikeFoundation(_ payload: Int) throws {
    let data = Data(payloads[payload].utf8)

    let viaTape = try JSONCoding.decode(Delivery.self, from: data)
    let viaFoundation = try foundationDecoder().decode(Delivery.self, from: data)

    #expect(viaTape == viaFoundation)
}

@Test(arguments: payloads.indices)
func roundTripsThroughEncoding(_ payload: Int) throws {
    let value = try JSONCoding.decode(Delivery.self, from: Data(payloads[payload].utf8))

    #expect(try JSONCoding.decode(Delivery.self, from: JSONCoding.encode(value)) == value)
}

@Test func decodesTheFirstPayloadsValuesExactly() throws {
    let value = try JSONCoding.decode(Delivery.self, from: Data(payloads[0].utf8))

    #expect(value.target == .webhook(url: "https://example.test/a"))
    #expect(value.attempts.map(\.responseCode) == [500, nil])
    #expect(value.attempts[0].durations == [0.25, 0.001])
    #expect(value.grid == [[1, 2], [], [3]])
    #expect(value.metadata == ["k": nil, "v": "w"])
    #expect(value.data["nested"]?["list"] == [1, 2.5, "three", false, nil])
    #expect(value.day?.description == "2026-12-04")
    #expect(RFC3339.formatDate(value.time) == "2026-12-04T16:08:00Z")
}

@Test func agreesWithFoundationOnTheSameFailures() throws {
    let broken = payloads[0].replacingOccurrences(of: #""status":"success""#, with: #""status":"unknown""#)

    #expect(throws: JSONCodingError.self) { try JSONCoding.decode(Delivery.self, from: Data(broken.utf8)) }
    #expect(throws: DecodingError.self) { try foundationDecoder().decode(Delivery.self, from: Data(broken.utf8)) }
}

/// Optional members of every primitive type, which keyed containers read through dedicated methods.
private struct OptionalPrimitives: Codable, Equatable {
    var flag: Bool?
    var text: String?
    var double: Double?
    var float: Float?
    var int: Int?
    var int8: Int8?
    var int16: Int16?
    var int32: Int32?
    var int64: Int64?
    var uint: UInt?
    var uint8: UInt8?
    var uint16: UInt16?
    var uint32: UInt32?
    var uint64: UInt64?
}

@Test(arguments: [
    "{}",
    #"{"flag":null,"text":null,"double":null,"float":null,"int":null,"int8":null,"uint64":null}"#,
    """
    {"flag":true,"text":"t","double":1.5,"float":0.25,"int":-1,"int8":-8,"int16":16,"int32":-32,"int64":64,
     "uint":1,"uint8":255,"uint16":65535,"uint32":4294967295,"uint64":18446744073709551615}
    """,
])
func decodesOptionalPrimitivesLikeFoundation(_ json: String) throws {
    let viaTape = try JSONCoding.decode(OptionalPrimitives.self, from: Data(json.utf8))
    let viaFoundation = try JSONDecoder().decode(OptionalPrimitives.self, from: Data(json.utf8))

    #expect(viaTape == viaFoundation)
    #expect(try JSONCoding.decode(OptionalPrimitives.self, from: JSONCoding.encode(viaTape)) == viaTape)
}
