extension TapeDocument {
    /// Returns the coding path from the top-level value to the value at `target`.
    ///
    /// Decoding keeps no path while it runs; this walk from the top is only made when a path is asked for,
    /// which is mostly when an error is thrown.
    func codingPath(to target: Int) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var current = 0
        while target > current, tape[current].isContainer, target < Int(tape[current].end) {
            let isObject = tape[current].kind == .object
            var child = current + 1
            var ordinal = 0

            // Find the member or element whose range holds the target, and step into it.
            while true {
                let valueIndex = isObject ? child + 1 : child
                let next = nextIndex(after: valueIndex)
                if target < next {
                    path.append(isObject ? JSONPathKey(unescapedString(tape[child])) : JSONPathKey(ordinal))
                    current = valueIndex
                    break
                }
                child = next
                ordinal += 1
            }
        }
        return path
    }

    /// Returns the tape index the coding path leads to, or the deepest index reached when part of it is not
    /// found.
    func index(following path: [any CodingKey]) -> Int {
        var current = 0
        for key in path {
            let entry = tape[current]
            if entry.kind == .array, let ordinal = key.intValue, ordinal >= 0, ordinal < Int(entry.length) {
                var child = current + 1
                for _ in 0..<ordinal {
                    child = nextIndex(after: child)
                }
                current = child
            } else if entry.kind == .object, let valueIndex = valueIndex(forKey: key.stringValue, inObjectAt: current) {
                current = valueIndex
            } else {
                break
            }
        }
        return current
    }
}

/// A coding key for a position in a JSON document: an object member's name or an array element's index.
struct JSONPathKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(_ index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.init(intValue)
    }
}
