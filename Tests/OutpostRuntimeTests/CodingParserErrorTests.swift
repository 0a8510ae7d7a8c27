import Foundation
import OutpostRuntime
import Testing

private func syntaxError(_ bytes: [UInt8]) throws -> JSONCodingError {
    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.parse(Data(bytes)) }
    #expect(error.kind == .syntax)
    return error
}

private func syntaxError(_ text: String) throws -> JSONCodingError {
    try syntaxError(Array(text.utf8))
}

@Test func reportsTruncatedInputAtItsEnd() throws {
    let error = try syntaxError("{\"a\": [1, 2")

    #expect(error.message == "expected ',' or ']' after an array element, found the end of the input")
    #expect(error.line == 1)
    #expect(error.column == 12)
    #expect(
        error.description == """
            Invalid JSON at the top level (line 1, column 12): \
            expected ',' or ']' after an array element, found the end of the input.
            """)
}

@Test func locatesErrorsOnLaterLinesCountingScalars() throws {
    let error = try syntaxError("{\n  \"naïve\": tru\n}")

    #expect(error.message == "expected 'true', found 't'")
    #expect(error.line == 2)
    #expect(error.column == 12)
}

@Test func rejectsEmptyInput() throws {
    #expect(try syntaxError("").message == "expected a JSON value, found the end of the input")
    #expect(try syntaxError("   ").message == "expected a JSON value, found the end of the input")
}

@Test func rejectsTrailingGarbage() throws {
    let error = try syntaxError("{} x")

    #expect(error.message == "expected the end of the input after the top-level value, found 'x'")
    #expect(error.column == 4)
}

@Test(arguments: [
    [0x22, 0xC3, 0x28, 0x22],  // a lead byte followed by a non-continuation byte
    [0x22, 0xC0, 0xAF, 0x22],  // an overlong encoding of '/'
    [0x22, 0xED, 0xA0, 0x80, 0x22],  // a UTF-16 surrogate encoded in UTF-8
    [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // a code point past U+10FFFF
    [0x22, 0xE2, 0x82, 0x22],  // a truncated three-byte sequence
    [0x22, 0xFF, 0x22],  // a byte that never appears in UTF-8
])
func rejectsInvalidUTF8(_ bytes: [UInt8]) throws {
    let error = try syntaxError(bytes)

    #expect(error.message.hasPrefix("expected valid UTF-8, found byte 0x"))
    #expect(error.column == 2)
}

@Test func rejectsUnknownEscapes() throws {
    let error = try syntaxError(#""a\qb""#)

    #expect(error.message == #"expected one of \" \\ \/ \b \f \n \r \t \uXXXX after a backslash, found 'q'"#)
    #expect(error.column == 4)
}

@Test func rejectsShortUnicodeEscapes() throws {
    #expect(try syntaxError(#""\u12G4""#).message == "expected four hexadecimal digits after \\u, found '1'")
}

@Test func rejectsLoneSurrogates() throws {
    let high = try syntaxError(#""\uD83D!""#)
    let low = try syntaxError(#""\uDE00""#)

    #expect(high.message == "expected a \\uDC00–\\uDFFF escape after a high surrogate, found '!'")
    #expect(low.message == "expected a high surrogate escape before a low surrogate, found '\\'")
    #expect(low.column == 2)
}

@Test func decodesEscapesAndSurrogatePairs() throws {
    let value = try JSONCoding.parse(Data(#"["\"\\\/\b\f\n\r\t", "\u00e9\u20AC\uD83D\uDE00", "é€😀"]"#.utf8))

    #expect(value == ["\"\\/\u{08}\u{0C}\n\r\t", "é€😀", "é€😀"])
}

@Test func rejectsUnescapedControlCharacters() throws {
    let error = try syntaxError("\"a\nb\"")

    #expect(error.message == "expected a control character in a string to be escaped, found byte 0x0A")
}

@Test func rejectsDeepNestingWithAnErrorInsteadOfCrashing() throws {
    let depth = 100_000
    let error = try syntaxError(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))

    #expect(error.message == "expected at most 512 nested arrays and objects, found '['")
    #expect(error.column == 513)
}

@Test func acceptsNestingUpToTheLimit() throws {
    let depth = JSONCoding.maximumDepth
    let value = try JSONCoding.parse(
        Data((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8))

    #expect(value.arrayValue?.count == 1)
}

@Test(arguments: [
    ("01", "expected no leading zeros in a number, found '1'"),
    ("-", "expected a digit, found the end of the input"),
    ("1.", "expected a digit after the decimal point, found the end of the input"),
    ("1e+", "expected a digit in the exponent, found the end of the input"),
    ("+1", "expected a JSON value, found '+'"),
    ("[1,]", "expected a JSON value, found ']'"),
    ("{\"a\" 1}", "expected ':' after an object key, found '1'"),
    ("{a:1}", "expected a string key or '}', found 'a'"),
    ("{\"a\":1,}", "expected a string key, found '}'"),
    ("nul", "expected 'null', found 'n'"),
    ("\"abc", "expected '\"' to close the string that starts at byte 1, found the end of the input"),
])
func explainsMalformedValues(_ text: String, _ message: String) throws {
    #expect(try syntaxError(text).message == message)
}

@Test func readsADataSliceThatDoesNotStartAtZero() throws {
    let buffer = Data("xx[1, {\"a\": \"b\"}]".utf8)
    let slice = buffer[buffer.startIndex + 2..<buffer.endIndex]

    #expect(try JSONCoding.parse(slice) == [1, ["a": "b"]])
    let error = try #require(throws: JSONCodingError.self) { try JSONCoding.parse(slice.dropLast()) }
    #expect(error.message == "expected ',' or ']' after an array element, found the end of the input")
}
