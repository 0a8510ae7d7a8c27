/// A string of 1 to 15 UTF-8 bytes that a document made, with its bytes as two little-endian words.
struct ShortString {
    /// The first eight bytes.
    var low: UInt64 = 0

    /// The bytes after the first eight, zero-padded.
    var high: UInt64 = 0

    /// The number of bytes; 0 for an empty slot.
    var count = 0

    /// The string the bytes spell.
    var string = ""
}

extension TapeDocument {
    /// The number of tape entries from which a document keeps its short strings.
    static let shortStringThreshold = 512

    /// The number of short strings a document keeps; a power of two.
    static let shortStringSlots = 256

    /// Returns the string a string entry without escapes spells, copying an equal short string made before.
    ///
    /// The scanner has checked the entry's UTF-8, and a string of up to 15 bytes is stored inline, so a copy is
    /// the same value as a string made from the bytes again.
    @inline(__always)
    func plainString(_ entry: TapeEntry) -> String {
        let source = text(of: entry)
        let count = source.count
        guard count > 0, count <= 15, !shortStrings.isEmpty else {
            return String(decoding: source, as: UTF8.self)
        }

        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(source)) }
        let (low, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))

        // Fibonacci hashing: the top bits of the product pick the slot.
        let hash = (low &+ high &* 31 &+ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: hash >> (64 - Self.shortStringSlots.trailingZeroBitCount))
        if shortStrings[slot].count == count, shortStrings[slot].low == low, shortStrings[slot].high == high {
            return shortStrings[slot].string
        }

        let string = String(decoding: source, as: UTF8.self)
        shortStrings[slot] = ShortString(low: low, high: high, count: count, string: string)
        return string
    }
}
