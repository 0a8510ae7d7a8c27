/// Breaks the cycles of value types that would contain themselves, so recursive schemas compile.
///
/// A struct or enum holds its stored values inline, so a type may not contain itself through
/// properties, optionals, `PatchField`s or enum cases; arrays and dictionaries store their elements
/// on the heap and break a cycle already. A union on a cycle becomes an `indirect` enum; a struct
/// property still on a cycle after that is boxed in a one-element array.
enum RecursionBreaker {
    /// Returns the declarations with unions made indirect and properties boxed where a cycle needs it.
    static func breakCycles(in declarations: [ModelDeclaration]) -> [ModelDeclaration] {
        let byName = Dictionary(declarations.map { ($0.name, $0) }) { first, _ in first }

        // Unions on a cycle become indirect, which removes their edges.
        var graph = InlineGraph(declarations: byName)
        let indirect = Set(byName.keys.filter { graph.isOnCycle($0) && byName[$0]?.isUnion == true })
        graph.removeEdges(from: indirect)

        return declarations.map { declaration in
            var result = declaration
            switch declaration.kind {
            case .union(var union) where indirect.contains(declaration.name):
                union.isIndirect = true
                result.kind = .union(union)
            case .structure(var structure):
                for index in structure.properties.indices {
                    let targets = InlineGraph.inlineNames(in: structure.properties[index].declaredType)
                    if targets.contains(where: { graph.reaches(from: $0, to: declaration.name) }) {
                        structure.properties[index].isBoxed = true
                    }
                }
                result.kind = .structure(structure)
            default:
                break
            }
            return result
        }
    }
}

/// Which generated types hold which others inline, by name.
private struct InlineGraph {
    var edges: [String: Set<String>] = [:]

    init(declarations: [String: ModelDeclaration]) {
        for (name, declaration) in declarations {
            let types: [SwiftType]
            switch declaration.kind {
            case .structure(let structure): types = structure.properties.map(\.declaredType)
            case .union(let union): types = union.cases.map(\.type)
            case .alias(let type): types = [type]
            case .openEnum: types = []
            }
            edges[name] = Set(types.flatMap(Self.inlineNames).filter { declarations[$0] != nil })
        }
    }

    /// Returns the names of the types a value of this type holds inline.
    static func inlineNames(in type: SwiftType) -> [String] {
        switch type {
        case .named(let name): [name]
        case .optional(let wrapped): inlineNames(in: wrapped)
        case .generic(_, let arguments): arguments.flatMap(inlineNames)
        case .array, .dictionary: []
        }
    }

    mutating func removeEdges(from names: Set<String>) {
        for name in names {
            edges[name] = []
        }
    }

    func isOnCycle(_ name: String) -> Bool {
        (edges[name] ?? []).contains { reaches(from: $0, to: name) }
    }

    /// Whether a type holds another inline, directly or through others.
    func reaches(from start: String, to goal: String) -> Bool {
        var stack = [start]
        var seen: Set<String> = []
        while let name = stack.popLast() {
            guard name != goal else { return true }
            guard seen.insert(name).inserted else { continue }
            stack += edges[name] ?? []
        }
        return false
    }
}

extension ModelDeclaration {
    /// Whether the declaration is a union.
    fileprivate var isUnion: Bool {
        if case .union = kind { return true }
        return false
    }
}
