/// A set of names that must stay distinct, such as the members of one type, with the collisions it resolved.
///
/// When two names from the document become the same Swift name (`foo_bar` beside `fooBar`, `type`
/// beside `_type`), the name spelled exactly like its Swift form keeps it, or else the first claimed;
/// the others get the lowest free numeric suffix, and a warning names both.
public struct NameScope: Sendable {
    private var taken: [String: String] = [:]

    /// The warnings about collisions resolved so far.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates a scope that already holds the given Swift names, which no document name may take.
    public init(reserving reserved: [String] = []) {
        for name in reserved {
            taken[name] = name
        }
    }

    /// Returns distinct Swift names for document names, in the order given.
    ///
    /// - Parameters:
    ///   - rawNames: The names as the document spells them.
    ///   - convert: How a document name becomes a Swift name, such as `SwiftName.memberName`.
    ///   - origins: Where each name is, for the collision warning; may be shorter than `rawNames`.
    public mutating func claim(
        _ rawNames: [String],
        as convert: (String) -> String,
        origins: [Origin?] = []
    ) -> [String] {
        let candidates = rawNames.map(convert)

        // Names spelled exactly like their Swift form claim first, so `fooBar` keeps its name beside `foo_bar`.
        var result = [String?](repeating: nil, count: rawNames.count)
        for index in rawNames.indices where rawNames[index] == candidates[index] && taken[candidates[index]] == nil {
            taken[candidates[index]] = rawNames[index]
            result[index] = candidates[index]
        }
        for index in rawNames.indices where result[index] == nil {
            let origin = index < origins.count ? origins[index] : nil
            result[index] = claimOne(rawNames[index], candidate: candidates[index], origin: origin)
        }
        return result.map { $0 ?? "" }
    }

    private mutating func claimOne(_ raw: String, candidate: String, origin: Origin?) -> String {
        guard let holder = taken[candidate] else {
            taken[candidate] = raw
            return candidate
        }
        var suffix = 2
        while taken[candidate + String(suffix)] != nil {
            suffix += 1
        }
        let name = candidate + String(suffix)
        taken[name] = raw
        let message = "'\(raw)' and '\(holder)' both become the Swift name '\(candidate)'; '\(raw)' is named '\(name)'"
        diagnostics.append(
            .warning(message, file: nil, at: origin?.location, pointer: origin.map { "\($0.pointer)" })
        )
        return name
    }
}
