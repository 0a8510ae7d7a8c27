/// The rule that names a method from its operation: the `operationId` without the nouns its place implies.
///
/// The resource's noun (the tag, singular or plural) and the nouns of the parent path parameters
/// (`tenant` for `{tenant_id}` before the last segment) are dropped; the first word, the verb, always
/// stays. So `listTenantDestinationAttempts` on `/tenants/{tenant_id}/destinations/{destination_id}/attempts`
/// under the tag `Destinations` is `listAttempts`, and `getTenantPortalUrl` is `getPortalURL`.
enum MethodNaming {
    /// Returns the method name the rule gives an operation.
    static func methodName(operationID: String, tag: String?, path: String) -> String {
        let words = SwiftName.splitWords(operationID)
        guard let verb = words.first else { return SwiftName.memberName(operationID) }

        let nouns = impliedNouns(tag: tag, path: path)
        let kept = words.dropFirst().filter { !nouns.contains(singular($0.lowercased())) }
        return SwiftName.memberName(([verb] + kept).joined(separator: "_"))
    }

    /// Returns the singular, lowercase nouns that a method's place makes redundant in its name.
    static func impliedNouns(tag: String?, path: String) -> Set<String> {
        var nouns = Set((tag.map(SwiftName.splitWords) ?? []).map { singular($0.lowercased()) })
        for parameter in parentPathParameters(path) {
            let words = SwiftName.splitWords(parameter).map { $0.lowercased() }
            let noun = words.last == "id" ? words.dropLast() : words[...]
            nouns.formUnion(noun.map(singular))
        }
        return nouns
    }

    /// Returns the names of the path parameters that are not the last segment of the path.
    private static func parentPathParameters(_ path: String) -> [String] {
        let segments = path.split(separator: "/").map(String.init)
        return segments.dropLast().compactMap { segment in
            guard segment.hasPrefix("{"), segment.hasSuffix("}") else { return nil }
            return String(segment.dropFirst().dropLast())
        }
    }

    /// Returns a plural noun's singular by the plain English rules; other words unchanged.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 3 {
            return String(word.dropLast(3)) + "y"
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 1 {
            return String(word.dropLast())
        }
        return word
    }
}
