/// Checks every `$ref` of a built document: it must designate a value of its kind, and a chain of
/// references must reach one without coming back on itself.
struct ReferenceResolver {
    let root: Node
    let index: ModelIndex

    /// Returns an error for each reference that cannot be resolved, at the reference's own `$ref`.
    func check(_ references: [ModelBuilder.PendingReference]) -> [(message: String, origin: Origin)] {
        references.compactMap { pending in
            problem(with: pending).map { ($0, pending.reference.origin) }
        }
    }

    /// Returns what is wrong with one reference, or nil when its chain reaches a value.
    ///
    /// A chain that breaks further along, or runs into a cycle its holder is not part of, is not
    /// reported here: the broken link and the cycle's members are reported at their own `$ref`.
    private func problem(with pending: ModelBuilder.PendingReference) -> String? {
        let kind = pending.kind
        let target = pending.reference.target
        guard index.nextTarget(after: target, kind: kind) != nil else {
            return missingTargetMessage(target, kind: kind)
        }
        guard let holder = pending.holder else { return nil }

        guard target != holder else { return cycleMessage([holder, holder], kind: kind) }

        var chain = [holder, target]
        var current = target
        while case .some(.some(let next)) = index.nextTarget(after: current, kind: kind) {
            if next == holder { return cycleMessage(chain + [holder], kind: kind) }
            guard !chain.contains(next) else { return nil }
            chain.append(next)
            current = next
        }
        return nil
    }

    private func cycleMessage(_ chain: [JSONPointer], kind: ReferenceKind) -> String {
        let steps = chain.map { "'\($0)'" }.joined(separator: " -> ")
        return "'$ref' cycle never reaches \(kind.description): \(steps)"
    }

    /// Returns the message for a pointer that holds no value of the expected kind.
    private func missingTargetMessage(_ pointer: JSONPointer, kind: ReferenceKind) -> String {
        guard pointer.node(in: root) != nil else {
            return "'$ref' target '\(pointer)' does not exist"
        }
        return "'$ref' target '\(pointer)' is not \(kind.description)"
    }
}
