import Foundation

/// A parsed JSON document: a private copy of the input bytes and the tape of its values.
///
/// The decoder's containers are small structs holding this reference and a tape index, so walking the
/// document allocates nothing but the values it produces. It is used by one decoding call on one thread.
final class TapeDocument {
    /// The input bytes, owned by this document and freed with it.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Every value of the document in document order.
    let tape: [TapeEntry]

    /// The decoder's user info.
    let userInfo: [CodingUserInfoKey: Any]

    /// Whether a type adopting ``JSONObjectDecodable`` reads itself through a ``JSONObjectReader``; when false,
    /// every type decodes through `Codable`, so the two paths of a model can be compared on the same input.
    let usesObjectReaders: Bool

    /// For each object's tape index, the index of the key after the one the last lookup matched, or 0 before any
    /// lookup.
    ///
    /// Types decode members in much the same order as the server writes them, so starting the next lookup
    /// just after the last match makes most lookups a single key comparison instead of a scan.
    private let memberHints: UnsafeMutableBufferPointer<UInt32>

    /// Strings of 1 to 15 bytes made so far, by a hash of their bytes; empty for a document too small to repeat
    /// many.
    ///
    /// Keys and many values repeat across the items of a list page, so a repeated one is copied from here
    /// instead of having its UTF-8 checked and a string made again.
    let shortStrings: UnsafeMutableBufferPointer<ShortString>

    /// Parses `data` into a document.
    ///
    /// - Throws: ``JSONSyntaxError`` when the data is not a single well-formed JSON value.
    init(
        data: Data,
        maximumDepth: Int,
        userInfo: [CodingUserInfoKey: Any],
        usesObjectReaders: Bool = true
    ) throws(JSONSyntaxError) {
        let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
        let count = data.copyBytes(to: storage)
        bytes = UnsafeBufferPointer(rebasing: storage[0..<count])

        var scanner = JSONScanner(bytes: bytes, maximumDepth: maximumDepth)
        do {
            tape = try scanner.scanDocument()
        } catch {
            storage.deallocate()
            throw error
        }

        memberHints = .allocate(capacity: tape.count)
        memberHints.initialize(repeating: 0)
        shortStrings = .allocate(capacity: tape.count >= Self.shortStringThreshold ? Self.shortStringSlots : 0)
        shortStrings.initialize(repeating: ShortString())
        self.userInfo = userInfo
        self.usesObjectReaders = usesObjectReaders
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: bytes).deallocate()
        memberHints.deallocate()
        shortStrings.deinitialize()
        shortStrings.deallocate()
    }

    /// Returns the tape index just past the value at `index` and all its descendants.
    @inline(__always)
    func nextIndex(after index: Int) -> Int {
        let entry = tape[index]
        return entry.isContainer ? Int(entry.end) : index + 1
    }

    /// Returns the bytes of a string's content or a number's text.
    @inline(__always)
    func text(of entry: TapeEntry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.start) + Int(entry.length)])
    }

    /// Returns the tape index of the value of the member named `name` in the object at `objectIndex`.
    ///
    /// The search starts after the previous match on the same object and wraps around, so when a key repeats,
    /// which occurrence is found depends on earlier lookups; JSON with repeated keys has no defined meaning.
    func valueIndex(forKey name: String, inObjectAt objectIndex: Int) -> Int? {
        var name = name
        return name.withUTF8 { valueIndex(forKey: $0, inObjectAt: objectIndex) }
    }

    /// Returns the tape index of the value of the member whose key is spelled by the UTF-8 bytes `name`.
    func valueIndex(forKey name: UnsafeBufferPointer<UInt8>, inObjectAt objectIndex: Int) -> Int? {
        let object = tape[objectIndex]
        let first = objectIndex + 1
        let end = Int(object.end)
        let hint = Int(memberHints[objectIndex])
        var keyIndex = hint == 0 ? first : hint

        for _ in 0..<Int(object.length) {
            if keyIndex >= end {
                keyIndex = first
            }
            let next = nextIndex(after: keyIndex + 1)
            if keyMatches(tape[keyIndex], name) {
                memberHints[objectIndex] = UInt32(truncatingIfNeeded: next)
                return keyIndex + 1
            }
            keyIndex = next
        }
        return nil
    }

    /// Returns whether a key entry spells `name`.
    @inline(__always)
    private func keyMatches(_ key: TapeEntry, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.kind == .string else {
            return Array(unescapedString(key).utf8) == Array(name)
        }
        guard Int(key.length) == name.count else { return false }

        // Keys are short, so a byte loop beats a call to memcmp; `start + count` lies inside the input.
        let start = Int(key.start)
        for offset in 0..<name.count where bytes[start + offset] != name[offset] {
            return false
        }
        return true
    }

    /// Returns the 1-based line and column of a byte offset, counting columns in Unicode scalars.
    func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        JSONCodingError.location(ofOffset: offset, in: bytes)
    }

    /// Returns the byte offset where the value at `index` starts, including a string's opening quote.
    func startOffset(ofValueAt index: Int) -> Int {
        let entry = tape[index]
        let isString = entry.kind == .string || entry.kind == .escapedString
        return Int(entry.start) - (isString ? 1 : 0)
    }
}
