import Foundation
import OutpostRuntime
import Testing

private struct Numbers: Decodable, Equatable {
    var small: Int8
    var big: UInt64
    var signed: Int64
    var ratio: Double
    var integral: Int
}

@Test func decodesEveryIntegerWidthAtItsLimits() throws {
    let json = Data(
        """
        {"small": -128, "big": 18446744073709551615, "signed": -9223372036854775808,
         "ratio": 2.5e-3, "integral": 4.0}
        """.utf8
    )

    let numbers = try JSONCoding.decode(Numbers.self, from: json)

    #expect(numbers == Numbers(small: -128, big: .max, signed: .min, ratio: 0.0025, integral: 4))
}

@Test func refusesIntegersBeyondTheirType() throws {
    #expect(throws: JSONCodingError.self) { try JSONCoding.decode(Int8.self, from: Data("128".utf8)) }
    #expect(throws: JSONCodingError.self) { try JSONCoding.decode(UInt.self, from: Data("-1".utf8)) }
    #expect(throws: JSONCodingError.self) { try JSONCoding.decode(Int64.self, from: Data("9223372036854775808".utf8)) }
    #expect(throws: JSONCodingError.self) { try JSONCoding.decode(Int.self, from: Data("1.5".utf8)) }
}

@Test func keepsIntegersInInt64ExactInJSONValue() throws {
    let value = try JSONCoding.parse(Data("[9007199254740993, -9223372036854775808, 9223372036854775807]".utf8))

    #expect(value == [9_007_199_254_740_993, .int(.min), .int(.max)])
}

@Test func turnsIntegersBeyondInt64IntoDoublesInJSONValue() throws {
    let value = try JSONCoding.parse(Data("[9223372036854775808, 123456789012345678901234567890]".utf8))

    #expect(value == [.double(9_223_372_036_854_775_808), .double(1.234_567_890_123_456_8e29)])
}

@Test func decodesTheExactDecimalText() throws {
    let value = try JSONCoding.decode(Decimal.self, from: Data("123456789012345678901234567890.5".utf8))

    #expect(value == Decimal(string: "123456789012345678901234567890.5"))
}

@Test func roundsDoublesCorrectly() throws {
    let texts = ["0.1", "1e22", "1e23", "-0.0", "2.2250738585072014e-308", "1.7976931348623157e308", "123.456e-2"]

    for text in texts {
        let value = try JSONCoding.decode(Double.self, from: Data(text.utf8))
        #expect(value == Double(text), "\(text)")
        #expect(value.sign == Double(text)?.sign)
    }
}

@Test func refusesDoublesBeyondTheirRange() throws {
    let error = try #require(throws: JSONCodingError.self) {
        try JSONCoding.decode(Double.self, from: Data("1e400".utf8))
    }

    #expect(error.message == "expected a number within the range of Double, found 1e400")
}
