import OutpostRuntime

/// An example with one change at one place of its JSON, which usually breaks it for its schema.
struct ExampleMutation: CustomStringConvertible {
    /// What the change does.
    enum Kind: CaseIterable, CustomStringConvertible {
        /// An object member is left out.
        case removed

        /// A member or element is replaced by `null`.
        case null

        /// A member or element is replaced by a value of another JSON kind.
        case wrongKind

        /// A string member or element is replaced by a string no schema lists, as an enum value or a
        /// discriminator.
        case unknownString

        var description: String {
            switch self {
            case .removed: "removed"
            case .null: "null"
            case .wrongKind: "wrong kind"
            case .unknownString: "unknown string"
            }
        }
    }

    /// What the change does.
    var kind: Kind

    /// Where the change is, as `$.models[0].time`.
    var path: String

    /// The whole example after the change.
    var json: JSONValue

    var description: String { "\(kind) at \(path)" }

    /// The string that replaces a string for ``Kind/unknownString``.
    static let unknownString = "value-no-schema-lists"

    /// Returns the changes of every member and element of a value, outermost first, at most `limit` of them.
    static func all(of json: JSONValue, limit: Int = 300) -> [ExampleMutation] {
        var mutations: [ExampleMutation] = []
        var pending: [Place] = []
        enqueueChildren(of: json, at: "$", rebuild: { $0 ?? .null }, into: &pending)

        // Breadth first, so that the members of the top-level object come before those nested in them.
        var next = 0
        while next < pending.count, mutations.count < limit {
            let place = pending[next]
            next += 1
            for kind in Kind.allCases {
                guard let replacement = replacement(of: place.value, by: kind, isMember: place.isMember) else {
                    continue
                }
                mutations.append(ExampleMutation(kind: kind, path: place.path, json: place.rebuild(replacement.json)))
            }
            enqueueChildren(of: place.value, at: place.path, rebuild: place.rebuild, into: &pending)
        }
        return Array(mutations.prefix(limit))
    }

    /// A member or element of the example, with how to rebuild the whole example with it replaced.
    private struct Place {
        var path: String
        var isMember: Bool
        var value: JSONValue

        /// Returns the whole example with this value replaced, or with this member removed for `nil`.
        var rebuild: (JSONValue?) -> JSONValue
    }

    /// Returns what replaces a value for a kind of change, or nil when the kind does not apply to it.
    private static func replacement(of value: JSONValue, by kind: Kind, isMember: Bool) -> Replacement? {
        switch kind {
        case .removed:
            return isMember ? .removal : nil
        case .null:
            return value.isNull ? nil : .value(.null)
        case .wrongKind:
            switch value {
            case .null: return nil
            case .string: return .value(.int(7))
            case .bool, .int, .double, .array, .object: return .value(.string("7"))
            }
        case .unknownString:
            guard case .string = value else { return nil }
            return .value(.string(unknownString))
        }
    }

    /// What takes the place of a member or element.
    private enum Replacement {
        /// The member is left out.
        case removal

        /// The member or element has this value.
        case value(JSONValue)

        /// The value, or nil for a removal.
        var json: JSONValue? {
            guard case .value(let value) = self else { return nil }
            return value
        }
    }

    /// Appends the members of an object or the elements of an array, each with how to rebuild the whole value
    /// with it replaced (or, for a member, removed).
    private static func enqueueChildren(
        of value: JSONValue,
        at path: String,
        rebuild: @escaping (JSONValue?) -> JSONValue,
        into pending: inout [Place]
    ) {
        switch value {
        case .object(let members):
            for key in members.keys.sorted() {
                let child: (JSONValue?) -> JSONValue = { replacement in
                    var changed = members
                    changed[key] = replacement
                    return rebuild(.object(changed))
                }
                pending.append(
                    Place(path: path + "." + key, isMember: true, value: members[key] ?? .null, rebuild: child))
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                let child: (JSONValue?) -> JSONValue = { replacement in
                    var changed = elements
                    changed[index] = replacement ?? .null
                    return rebuild(.array(changed))
                }
                pending.append(Place(path: path + "[\(index)]", isMember: false, value: element, rebuild: child))
            }
        default:
            break
        }
    }
}
