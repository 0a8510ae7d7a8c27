/// Checks every `$ref` of a built document: it must designate a value of its kind, and a chain of
/// references must reach one without coming back on itself.
///
/// What a walk along a chain learns is kept for the next: a pointer whose chain is known not to come
/// back to it ends a walk early, and a cycle is walked once for all its members, so a long chain or
/// cycle of references costs time in proportion to its length, not to its square.
struct ReferenceResolver {
    /// What the walks so far found out about pointers.
    private struct Findings {
        /// Pointers whose chain ends at a value, at a broken link, or in a cycle they are not part of.
        var settled: Set<JSONPointer> = []

        /// The members of each cycle found, with the cycle in order and each member's place in it.
        var cycles: [JSONPointer: (cycle: [JSONPointer], position: Int)] = [:]
    }

    /// The most steps of a cycle that a message names; a longer cycle is named by its ends.
    static let maximumNamedSteps = 8

    let root: Node
    let index: ModelIndex

    /// Returns an error for each reference that cannot be resolved, at the reference's own `$ref`.
    func check(_ references: [ModelBuilder.PendingReference]) -> [(message: String, origin: Origin)] {
        // A pointer may hold values of several kinds, each with a chain of its own.
        var findings: [ReferenceKind: Findings] = [:]
        return references.compactMap { pending in
            problem(with: pending, findings: &findings[pending.kind, default: Findings()])
                .map { ($0, pending.reference.origin) }
        }
    }

    /// Returns what is wrong with one reference, or nil when its chain reaches a value.
    ///
    /// A chain that breaks further along, or runs into a cycle its holder is not part of, is not
    /// reported here: the broken link and the cycle's members are reported at their own `$ref`.
    private func problem(with pending: ModelBuilder.PendingReference, findings: inout Findings) -> String? {
        let kind = pending.kind
        let target = pending.reference.target
        guard index.nextTarget(after: target, kind: kind) != nil else {
            return missingTargetMessage(target, kind: kind)
        }
        guard let holder = pending.holder else { return nil }
        // A member of a cycle found before; its target is the next member.
        if let member = findings.cycles[holder] {
            return cycleMessage(member.cycle, from: member.position, kind: kind)
        }
        guard target != holder else { return cycleMessage([holder], from: 0, kind: kind) }

        var chain = [holder, target]
        var members: Set<JSONPointer> = [holder, target]
        var current = target
        while !findings.settled.contains(current) {
            guard case .some(.some(let next)) = index.nextTarget(after: current, kind: kind) else {
                // The chain ends at a value or at a broken link, and so does every pointer along it.
                break
            }
            if next == holder {
                for (position, member) in chain.enumerated() {
                    findings.cycles[member] = (chain, position)
                }
                return cycleMessage(chain, from: 0, kind: kind)
            }
            guard members.insert(next).inserted else {
                // A cycle the holder is not part of: the pointers before it lead into it.
                let start = chain.firstIndex(of: next) ?? chain.count
                findings.settled.formUnion(chain[..<start])
                return nil
            }
            chain.append(next)
            current = next
        }
        findings.settled.formUnion(members)
        return nil
    }

    /// Returns the message for a cycle, naming its steps from one member round to that member again.
    ///
    /// Only the steps shown are turned into text, so the message of each member of a long cycle costs
    /// the same small time.
    private func cycleMessage(_ cycle: [JSONPointer], from start: Int, kind: ReferenceKind) -> String {
        let stepCount = cycle.count + 1
        let step = { (offset: Int) in "'\(cycle[(start + offset) % cycle.count])'" }
        var named: [String]
        if stepCount <= Self.maximumNamedSteps {
            named = (0..<stepCount).map(step)
        } else {
            let head = Self.maximumNamedSteps / 2
            let tail = Self.maximumNamedSteps / 2 - 1
            named = (0..<head).map(step) + ["… (\(stepCount - head - tail) more)"]
            named += (stepCount - tail..<stepCount).map(step)
        }
        return "'$ref' cycle never reaches \(kind.description): \(named.joined(separator: " -> "))"
    }

    /// Returns the message for a pointer that holds no value of the expected kind.
    private func missingTargetMessage(_ pointer: JSONPointer, kind: ReferenceKind) -> String {
        guard pointer.node(in: root) != nil else {
            return "'$ref' target '\(pointer)' does not exist"
        }
        return "'$ref' target '\(pointer)' is not \(kind.description)"
    }
}
