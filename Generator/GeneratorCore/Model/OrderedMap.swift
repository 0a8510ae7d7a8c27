/// A mapping that keeps its keys in document order, as the document's own mappings do.
public struct OrderedMap<Value: Hashable & Sendable>: Hashable, Sendable {
    /// One key and its value.
    public struct Entry: Hashable, Sendable {
        /// The key as written in the document.
        public var key: String

        /// The value under the key.
        public var value: Value
    }

    /// The entries in document order.
    public private(set) var entries: [Entry]

    /// The position of each key in `entries`, so that looking a key up does not read every entry.
    private var positions: [String: Int]

    /// Creates an empty map.
    public init() {
        entries = []
        positions = [:]
    }

    /// The keys in document order.
    public var keys: [String] {
        entries.map(\.key)
    }

    /// The values in document order.
    public var values: [Value] {
        entries.map(\.value)
    }

    /// The value under a key, or nil when the key is absent.
    public subscript(key: String) -> Value? {
        positions[key].map { entries[$0].value }
    }

    /// Adds an entry at the end, replacing the value of a key already present.
    mutating func append(_ value: Value, for key: String) {
        if let index = positions[key] {
            entries[index].value = value
        } else {
            positions[key] = entries.count
            entries.append(Entry(key: key, value: value))
        }
    }
}

extension OrderedMap {
    /// Whether two maps hold the same entries in the same order; equal entries imply equal key positions.
    public static func == (lhs: OrderedMap, rhs: OrderedMap) -> Bool {
        lhs.entries == rhs.entries
    }

    /// Hashes the entries alone, since the key positions follow from them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries)
    }
}

extension OrderedMap: RandomAccessCollection {
    /// The position of the first entry.
    public var startIndex: Int { entries.startIndex }

    /// The position past the last entry.
    public var endIndex: Int { entries.endIndex }

    /// The entry at a position.
    public subscript(position: Int) -> Entry { entries[position] }
}
