/// Checks every `$ref` of a built document: it must designate a value of its kind, and a chain of
/// references must reach one without coming back on itself.
///
/// What a walk along a chain learns is kept for the next: a pointer whose chain is known not to come
/// back to it, or a member of a cycle found before, ends a walk early, and a cycle is walked once for
/// all its members and for every chain that leads into it, so the walks together cost time in proportion
/// to the number of references, not to its square.
struct ReferenceResolver {
    /// What the walks so far found out about pointers.
    private struct Findings {
        /// Pointers whose chain ends at a value, at a broken link, or in a cycle they are not part of.
        var settled: Set<JSONPointer> = []

        /// The members of each cycle found, with the cycle in order and each member's place in it.
        var cycles: [JSONPointer: (cycle: [JSONPointer], position: Int)] = [:]

        /// Whether a walk that reaches the pointer can stop there: what follows it is known.
        func isKnown(_ pointer: JSONPointer) -> Bool {
            settled.contains(pointer) || cycles[pointer] != nil
        }

        /// Records each member of a cycle with its place in it.
        mutating func record(cycle: [JSONPointer]) {
            for (position, member) in cycle.enumerated() {
                cycles[member] = (cycle, position)
            }
        }
    }

    /// The most steps of a cycle that a message names; a longer cycle is named by its ends.
    static let maximumNamedSteps = 8

    let root: Node
    let index: ModelIndex

    /// Returns an error for each reference that cannot be resolved, at the reference's own `$ref`.
    func check(_ references: [ModelBuilder.PendingReference]) -> [(message: String, origin: Origin)] {
        // A pointer may hold values of several kinds, each with a chain of its own.
        var findings: [ReferenceKind: Findings] = [:]
        let problems = references.compactMap { pending in
            problem(with: pending, findings: &findings[pending.kind, default: Findings()])
                .map { (pending, $0) }
        }
        return withSuggestions(problems)
    }

    /// Adds to the first messages of missing targets the sibling each most likely meant, if any.
    private func withSuggestions(
        _ problems: [(pending: ModelBuilder.PendingReference, problem: Problem)]
    ) -> [(message: String, origin: Origin)] {
        let siblings = problems.contains { $0.problem.isMissingTarget } ? siblings() : [:]
        var suggestionsLeft = Self.maximumSuggestions
        return problems.map { pending, problem in
            var message = problem.message
            if problem.isMissingTarget, suggestionsLeft > 0 {
                suggestionsLeft -= 1
                if let near = suggestion(for: pending.reference.target, kind: pending.kind, in: siblings) {
                    message += "; did you mean '\(near)'"
                }
            }
            return (message, pending.reference.origin)
        }
    }

    /// What is wrong with one reference.
    struct Problem {
        var message: String

        /// Whether the reference's target does not exist at all, rather than being of another kind or in a cycle.
        var isMissingTarget = false
    }

    /// Returns what is wrong with one reference, or nil when its chain reaches a value.
    ///
    /// A chain that breaks further along, or runs into a cycle its holder is not part of, is not
    /// reported here: the broken link and the cycle's members are reported at their own `$ref`.
    private func problem(with pending: ModelBuilder.PendingReference, findings: inout Findings) -> Problem? {
        let kind = pending.kind
        let target = pending.reference.target
        guard index.nextTarget(after: target, kind: kind) != nil else {
            return missingTargetProblem(target, kind: kind)
        }
        guard let holder = pending.holder else { return nil }
        // A member of a cycle found before; its target is the next member.
        if let member = findings.cycles[holder] {
            return Problem(message: cycleMessage(member.cycle, from: member.position, kind: kind))
        }
        guard target != holder else { return Problem(message: cycleMessage([holder], from: 0, kind: kind)) }
        guard let cycle = walk(from: holder, to: target, kind: kind, findings: &findings) else { return nil }
        return Problem(message: cycleMessage(cycle, from: 0, kind: kind))
    }

    /// Follows a chain from its holder until it reaches a value, a broken link, a known pointer or a pointer
    /// it passed before, records what it learned, and returns the chain when it comes back to its holder.
    private func walk(
        from holder: JSONPointer,
        to target: JSONPointer,
        kind: ReferenceKind,
        findings: inout Findings
    ) -> [JSONPointer]? {
        var chain = [holder, target]
        var members: Set<JSONPointer> = [holder, target]
        while let current = chain.last, !findings.isKnown(current) {
            guard case .some(.some(let next)) = index.nextTarget(after: current, kind: kind) else { break }
            guard members.insert(next).inserted else {
                // A cycle: the holder's own, or one that the pointers before it lead into.
                let start = chain.firstIndex(of: next) ?? chain.count
                findings.record(cycle: Array(chain[start...]))
                findings.settled.formUnion(chain[..<start])
                return start == 0 ? chain : nil
            }
            chain.append(next)
        }

        // The chain ends at a value, at a broken link or where a walk before ended, and so does every pointer
        // along it, except a member of a cycle found before, where it stopped.
        findings.settled.formUnion(chain.filter { findings.cycles[$0] == nil })
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

    /// Returns the problem of a pointer that holds no value of the expected kind.
    private func missingTargetProblem(_ pointer: JSONPointer, kind: ReferenceKind) -> Problem {
        guard pointer.node(in: root) != nil else {
            return Problem(message: "'$ref' target '\(pointer)' does not exist", isMissingTarget: true)
        }
        return Problem(message: "'$ref' target '\(pointer)' is not \(kind.description)")
    }
}
