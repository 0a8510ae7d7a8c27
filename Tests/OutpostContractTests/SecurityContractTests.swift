import Foundation
import Testing

/// Security checks of the generated SDK against the mock, each read back from the mock's request log.
///
/// The nested suites cover hostile identifiers in the path, hostile values in the query, line breaks in header
/// fields and the credential's absence from logs and errors.
@Suite("Security against the mock", .needsMockServer)
enum SecurityContractTests {}

/// A piece of text chosen to break naive URL or header handling, with a name for the test report.
struct HostileText: Sendable, CustomTestStringConvertible {
    /// The case's name in the test report.
    let name: String

    /// The text itself.
    let text: String

    var testDescription: String { name }

    /// Identifiers that must each stay one path segment.
    static let identifiers: [HostileText] = [
        HostileText(name: "slash", text: "a/b"),
        HostileText(name: "question mark", text: "what?x=1"),
        HostileText(name: "hash", text: "frag#ment"),
        HostileText(name: "percent", text: "100%"),
        HostileText(name: "encoded-looking slash", text: "%2F"),
        HostileText(name: "space", text: "with space"),
        HostileText(name: "non-ASCII with slash", text: "tenant/\u{FC} \u{F1}"),
        HostileText(name: "decomposed accent", text: "e\u{301}"),
        HostileText(name: "emoji", text: "\u{1F680}"),
        HostileText(name: "dot", text: "."),
        HostileText(name: "dot dot", text: ".."),
        HostileText(name: "three dots", text: "..."),
        HostileText(name: "dot dot slash", text: "../admin"),
        HostileText(name: "dot slash", text: "./x"),
        HostileText(name: "dot segment inside", text: "a/../b"),
        HostileText(name: "backslash", text: #"a\..\b"#),
        HostileText(name: "plus, ampersand and semicolon", text: "a+b&c;d=e"),
        HostileText(name: "mixture", text: "../t/\u{FC} \u{F1}?q=1#f%20+"),
    ]

    /// Query values the server must read back exactly.
    static let queryValues: [HostileText] = [
        HostileText(name: "ampersand", text: "a&b"),
        HostileText(name: "equals", text: "a=b"),
        HostileText(name: "plus", text: "a+b"),
        HostileText(name: "hash", text: "a#b"),
        HostileText(name: "space", text: "a b"),
        HostileText(name: "percent", text: "100%"),
        HostileText(name: "encoded-looking space", text: "%20"),
        HostileText(name: "non-ASCII", text: "caf\u{E9} \u{FC}\u{F1}\u{1F680}"),
        HostileText(name: "question mark and slash", text: "?a/b"),
        HostileText(name: "brackets", text: "a[b]=c"),
        HostileText(name: "mixture", text: "k=v&x+y #f%2B\u{FC}"),
    ]
}

extension String {
    /// A Boolean value that indicates whether every character is RFC 3986 unreserved or part of a `%XX` triple.
    var isStrictlyPercentEncoded: Bool {
        var bytes = utf8.makeIterator()
        while let byte = bytes.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = bytes.next(), let low = bytes.next(), Self.isHexDigit(high), Self.isHexDigit(low)
                else {
                    return false
                }
            } else if !Self.isUnreserved(byte) {
                return false
            }
        }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        Array("0123456789ABCDEF".utf8).contains(byte)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8).contains(byte)
    }
}
