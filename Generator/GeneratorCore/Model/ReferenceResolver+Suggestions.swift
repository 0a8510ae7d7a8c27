extension ReferenceResolver {
    /// How many missing targets get a suggestion: as many as a report prints, so that a document with thousands
    /// of broken references costs no more than one with a hundred.
    static let maximumSuggestions = 100

    /// The longest name, in Unicode scalars, that is compared with its siblings.
    static let maximumSuggestedNameLength = 200

    /// The names of the values of each kind, by the pointer of the mapping that holds them, such as
    /// `#/components/schemas`.
    typealias Siblings = [ReferenceKind: [JSONPointer: [String]]]

    /// Returns the names of every value the index holds, grouped by kind and by the mapping that holds them.
    func siblings() -> Siblings {
        var siblings: Siblings = [:]
        for kind in ReferenceKind.allCases {
            for pointer in index.pointers(of: kind) {
                guard let name = pointer.tokens.last else { continue }
                siblings[kind, default: [:]][JSONPointer(Array(pointer.tokens.dropLast())), default: []].append(name)
            }
        }
        return siblings
    }

    /// Returns the pointer of the sibling a missing target most likely meant: the one whose name is nearest to
    /// the target's, differing only in case or by a few edits, or nil when there is none or several are nearest.
    func suggestion(for target: JSONPointer, kind: ReferenceKind, in siblings: Siblings) -> JSONPointer? {
        guard let name = target.tokens.last, name.unicodeScalars.count <= Self.maximumSuggestedNameLength else {
            return nil
        }
        let parent = JSONPointer(Array(target.tokens.dropLast()))
        let limit = Self.editLimit(forNameOfLength: name.unicodeScalars.count)

        var best: (name: String, distance: Int)?
        var isTied = false
        for candidate in siblings[kind]?[parent] ?? [] {
            guard let distance = Self.distance(name, candidate, limit: limit) else { continue }
            if best == nil || distance < best?.distance ?? .max {
                (best, isTied) = ((candidate, distance), false)
            } else if distance == best?.distance {
                isTied = true
            }
        }
        guard let best, !isTied else { return nil }
        return parent.appending(best.name)
    }

    /// Returns how many edits a suggestion may be away from a name: none but case for a short name.
    static func editLimit(forNameOfLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case ..<8: 1
        default: 2
        }
    }

    /// Returns the edit distance between two names, ignoring case, or nil when it is past `limit`.
    ///
    /// Each row of the table stops the comparison once all of it is past the limit, so a candidate far from the
    /// name costs only a few rows.
    static func distance(_ first: String, _ second: String, limit: Int) -> Int? {
        let a = Array(first.lowercased().unicodeScalars)
        let b = Array(second.lowercased().unicodeScalars)
        guard abs(a.count - b.count) <= limit, b.count <= maximumSuggestedNameLength else { return nil }

        var previous = Array(0...b.count)
        for (i, scalar) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for j in b.indices {
                let substitution = previous[j] + (scalar == b[j] ? 0 : 1)
                current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
            }
            guard current.min() ?? 0 <= limit else { return nil }
            previous = current
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
