import Foundation
import OutpostRuntime
import Testing

/// Strings that a document's short-string copies must keep apart: equal prefixes of other lengths, bytes that
/// differ only past the eighth, multibyte UTF-8, and the longest inline and the shortest out-of-line lengths.
private let lookalikes = [
    "a", "ab", "abc", "abc ", "abcdefgh", "abcdefgi", "abcdefgh1", "abcdefgh2", "abcdefghijklmno",
    "abcdefghijklmnp", "abcdefghijklmnop", "é", "€uro", "日本語", "😀😀😀", "0", "00", "1",
]

/// Returns a document large enough for its short strings to be kept: many objects repeating the lookalikes as
/// keys and values, in shifting combinations.
private func largeDocument(objects: Int) -> (json: Data, expected: [[String: String]]) {
    var expected: [[String: String]] = []
    for number in 0..<objects {
        var object: [String: String] = [:]
        for offset in 0..<4 {
            let key = lookalikes[(number + offset) % lookalikes.count]
            object[key] = lookalikes[(number * 7 + offset * 3) % lookalikes.count]
        }
        expected.append(object)
    }
    let text = expected.map { object in
        "{" + object.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ",") + "}"
    }
    return (Data("[\(text.joined(separator: ","))]".utf8), expected)
}

@Test func repeatedShortStringsOfALargeDocumentKeepTheirBytes() throws {
    let (json, expected) = largeDocument(objects: 400)

    let decoded = try JSONCoding.decode([[String: String]].self, from: json)

    #expect(decoded == expected)
}

@Test func repeatedShortStringsOfALargeDocumentDecodeAsStringValuesToo() throws {
    let (json, expected) = largeDocument(objects: 400)

    let decoded = try JSONCoding.parse(json)

    #expect(decoded == .array(expected.map { .object($0.mapValues(JSONValue.string)) }))
}
