import Foundation
import OutpostRuntime

/// Compares a round trip's output with the example it started from, listing where they differ.
///
/// Objects, arrays and scalars must be equal, with two allowances the models make on purpose: a member that is
/// `null` in the example may be absent from the output (an optional property of a type that is only received
/// reads `null` and absence alike, as `nil`), and a date-time may be written differently when it denotes the same
/// instant (`.5Z` comes back as `.500Z`, `+01:00` as `Z`).
enum JSONComparison {
    /// One place where the output differs from the example.
    struct Difference: Sendable, CustomStringConvertible {
        /// Where, such as `$.models[0].created_at`.
        var path: String

        /// The example's value there, or nil when the example has none.
        var expected: JSONValue?

        /// The output's value there, or nil when the output has none.
        var actual: JSONValue?

        var description: String {
            let expected = expected.map { JSONComparison.text($0) } ?? "no member"
            let actual = actual.map { JSONComparison.text($0) } ?? "no member"
            return "\(path): expected \(expected), got \(actual)"
        }
    }

    /// Returns the places where the output differs from the example, in key order; empty when they match.
    static func differences(from expected: JSONValue, to actual: JSONValue, at path: String = "$") -> [Difference] {
        switch (expected, actual) {
        case (.object(let expected), .object(let actual)):
            return differences(from: expected, to: actual, at: path)
        case (.array(let expected), .array(let actual)) where expected.count == actual.count:
            return zip(expected, actual).enumerated().flatMap { index, pair in
                differences(from: pair.0, to: pair.1, at: "\(path)[\(index)]")
            }
        case (.string(let expected), .string(let actual)) where denoteTheSameInstant(expected, actual):
            return []
        case (.int, .double), (.double, .int):
            let same = expected.doubleValue == actual.doubleValue
            return same ? [] : [Difference(path: path, expected: expected, actual: actual)]
        default:
            return expected == actual ? [] : [Difference(path: path, expected: expected, actual: actual)]
        }
    }

    private static func differences(
        from expected: [String: JSONValue],
        to actual: [String: JSONValue],
        at path: String
    ) -> [Difference] {
        let keys = Set(expected.keys).union(actual.keys).sorted()
        return keys.flatMap { key -> [Difference] in
            let memberPath = "\(path).\(key)"
            switch (expected[key], actual[key]) {
            case (let expected?, let actual?):
                return differences(from: expected, to: actual, at: memberPath)
            case (let expected?, nil) where expected.isNull:
                return []
            case (let expected, let actual):
                return [Difference(path: memberPath, expected: expected, actual: actual)]
            }
        }
    }

    private static func denoteTheSameInstant(_ first: String, _ second: String) -> Bool {
        guard first != second else { return true }
        guard let first = date(first), let second = date(second) else { return false }
        return abs(first.timeIntervalSince(second)) < 0.000_001
    }

    /// Reads a string as the runtime reads a `Date`, or returns nil when it is not an RFC 3339 date-time.
    private static func date(_ text: String) -> Date? {
        try? JSONCoding.decode(Date.self, from: JSONCoding.encode(JSONValue.string(text)))
    }

    /// Returns a value as JSON text, shortened to a readable length.
    static func text(_ value: JSONValue, limit: Int = 160) -> String {
        guard let data = try? JSONCoding.encode(value) else { return "\(value)" }
        let text = String(decoding: data, as: UTF8.self)
        return text.count > limit ? text.prefix(limit) + "…" : text
    }
}

extension JSONValue {
    /// Returns the value with every object member of the given name removed, at any depth.
    func removingMembers(named name: String) -> JSONValue {
        switch self {
        case .object(let members):
            .object(members.filter { $0.key != name }.mapValues { $0.removingMembers(named: name) })
        case .array(let elements):
            .array(elements.map { $0.removingMembers(named: name) })
        default:
            self
        }
    }
}
