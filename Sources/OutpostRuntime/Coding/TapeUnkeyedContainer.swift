/// The elements of one array of a parsed document, read in order.
///
/// A failed read does not advance, as `UnkeyedDecodingContainer` requires.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
    /// The parsed document.
    let document: TapeDocument

    /// The tape index of the array.
    let arrayIndex: Int

    /// The tape index of the next element.
    private var cursor: Int

    private(set) var currentIndex = 0

    let count: Int?

    /// Creates a container over the array at `arrayIndex`.
    init(document: TapeDocument, arrayIndex: Int) {
        self.document = document
        self.arrayIndex = arrayIndex
        self.cursor = arrayIndex + 1
        self.count = Int(document.tape[arrayIndex].length)
    }

    var codingPath: [any CodingKey] { document.codingPath(to: arrayIndex) }

    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    /// Reads the next element with `read`, then advances past it.
    @inline(__always)
    private mutating func next<Value>(_ type: Any.Type, _ read: (TapeDocument, Int) throws -> Value) throws -> Value {
        guard !isAtEnd else {
            let context = DecodingError.Context(
                codingPath: codingPath + [JSONPathKey(currentIndex)],
                debugDescription:
                    "expected \(type) at index \(currentIndex), found the end of an array of \(count ?? 0)"
            )
            throw DecodingError.valueNotFound(type, context)
        }

        let value = try read(document, cursor)
        cursor = document.nextIndex(after: cursor)
        currentIndex += 1
        return value
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, document.tape[cursor].kind == .null else { return false }
        return try next(Bool.self) { _, _ in true }
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        try next(type) { try $0.readBool(at: $1) }
    }

    mutating func decode(_ type: String.Type) throws -> String {
        try next(type) { try $0.readString(at: $1) }
    }

    mutating func decode(_ type: Double.Type) throws -> Double {
        try next(type) { try $0.readDouble(at: $1) }
    }

    mutating func decode(_ type: Float.Type) throws -> Float {
        try next(type) { try $0.readFloat(at: $1) }
    }

    mutating func decode(_ type: Int.Type) throws -> Int {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: UInt.Type) throws -> UInt {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        try next(type) { try $0.readInteger(type, at: $1) }
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        try next(type) { try $0.decodeValue(type, at: $1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next(KeyedDecodingContainer<NestedKey>.self) {
            try TapeDecoder(document: $0, index: $1).container(keyedBy: type)
        }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next(TapeUnkeyedContainer.self) { try TapeDecoder(document: $0, index: $1).unkeyedContainer() }
    }

    mutating func superDecoder() throws -> any Decoder {
        try next(TapeDecoder.self) { TapeDecoder(document: $0, index: $1) }
    }
}
