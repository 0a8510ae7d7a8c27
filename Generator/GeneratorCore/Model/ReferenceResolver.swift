/// Checks every `$ref` of a built document: it must designate a value of its kind, and a chain of
/// references must reach one without coming back on itself.
struct ReferenceResolver {
    let root: Node
    let index: ModelIndex

    /// Returns an error for each reference that cannot be resolved, at the reference's own `$ref`.
    func check(_ references: [ModelBuilder.PendingReference]) -> [(message: String, origin: Origin)] {
        references.compactMap { pending in
            problem(with: pending.reference, kind: pending.kind).map { ($0, pending.reference.origin) }
        }
    }

    /// Returns what is wrong with one reference, or nil when its chain reaches a value.
    private func problem(with reference: Reference, kind: ReferenceKind) -> String? {
        var chain = [reference.target]
        while true {
            guard let current = chain.last else { return nil }
            guard let next = index.nextTarget(after: current, kind: kind) else {
                return missingTargetMessage(current, kind: kind, isFirst: chain.count == 1)
            }
            guard let next else { return nil }
            if let start = chain.firstIndex(of: next) {
                // A chain that runs into a cycle it is not part of is reported by the cycle's own members.
                guard start == 0 else { return nil }
                let steps = (chain + [next]).map { "'\($0)'" }.joined(separator: " -> ")
                return "'$ref' cycle never reaches \(kind.description): \(steps)"
            }
            chain.append(next)
        }
    }

    /// Returns the message for a pointer that holds no value of the expected kind.
    private func missingTargetMessage(_ pointer: JSONPointer, kind: ReferenceKind, isFirst: Bool) -> String? {
        // A broken link further along the chain is reported at that link's own `$ref`.
        guard isFirst else { return nil }
        guard pointer.node(in: root) != nil else {
            return "'$ref' target '\(pointer)' does not exist"
        }
        return "'$ref' target '\(pointer)' is not \(kind.description)"
    }
}
