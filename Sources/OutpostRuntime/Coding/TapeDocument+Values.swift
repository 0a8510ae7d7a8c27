import Foundation

extension TapeDocument {
    /// Decodes a value of any `Decodable` type from the value at `index`.
    ///
    /// Types the JSON format itself defines are read straight from the tape: strings and numbers, `Date` as
    /// RFC 3339, ``CalendarDate`` as `yyyy-MM-dd`, ``JSONValue``, `Decimal` from the number's text, `Data`
    /// from Base64 and `URL` from a string, as Foundation's `JSONDecoder` does by default. A type adopting
    /// ``JSONObjectDecodable`` reads its members through a ``JSONObjectReader``; any other type decodes itself
    /// through a ``TapeDecoder``.
    ///
    /// The checks compare metatypes and return through ``reinterpret(_:as:)`` without wrapping the value in an
    /// `Optional`: unspecialized generic code would otherwise look up `Optional<Value>`'s metadata on every call.
    func decodeValue<Value: Decodable>(_ type: Value.Type, at index: Int) throws -> Value {
        if type == String.self {
            return reinterpret(try readString(at: index), as: type)
        } else if type == Date.self {
            return reinterpret(try readDate(at: index), as: type)
        } else if type == Int.self {
            return reinterpret(try readInteger(Int.self, at: index), as: type)
        } else if type == Double.self {
            return reinterpret(try readDouble(at: index), as: type)
        } else if type == Bool.self {
            return reinterpret(try readBool(at: index), as: type)
        } else if type == KnownCollectionTypes.stringMap {
            return reinterpret(try readMap(String.self, at: index), as: type)
        } else if type == KnownCollectionTypes.stringArray {
            return reinterpret(try readArray(String.self, at: index), as: type)
        }
        return try decodeLessCommonValue(type, at: index)
    }

    /// Continues ``decodeValue(_:at:)`` with the types that have a JSON form of their own but are rarer.
    private func decodeLessCommonValue<Value: Decodable>(_ type: Value.Type, at index: Int) throws -> Value {
        if type == Int64.self {
            return reinterpret(try readInteger(Int64.self, at: index), as: type)
        } else if type == JSONValue.self {
            return reinterpret(try jsonValue(at: index), as: type)
        } else if type == KnownCollectionTypes.optionalStringMap {
            return reinterpret(try readMap(String?.self, at: index), as: type)
        } else if type == KnownCollectionTypes.jsonMap {
            return reinterpret(try readMap(JSONValue.self, at: index), as: type)
        } else if type == CalendarDate.self {
            return reinterpret(try readCalendarDate(at: index), as: type)
        } else if type == Decimal.self {
            return reinterpret(try readDecimal(at: index), as: type)
        } else if type == Data.self {
            return reinterpret(try readBase64(at: index), as: type)
        } else if type == URL.self {
            return reinterpret(try readURL(at: index), as: type)
        }
        return try decodeSelfDecodingValue(type, at: index)
    }

    /// Decodes a type that reads itself: through ``JSONObjectReader`` when it adopts ``JSONObjectDecodable`` and
    /// the document uses object readers, else through `Codable`.
    private func decodeSelfDecodingValue<Value: Decodable>(_ type: Value.Type, at index: Int) throws -> Value {
        guard usesObjectReaders, let objectType = type as? any JSONObjectDecodable.Type else {
            return try Value(from: TapeDecoder(document: self, index: index))
        }
        return try decodeOpenedObject(objectType, as: type, at: index)
    }

    /// Decodes an object-decodable type that the caller only knows as `Value`; the two are the same type.
    private func decodeOpenedObject<Object: JSONObjectDecodable, Value>(
        _ objectType: Object.Type,
        as type: Value.Type,
        at index: Int
    ) throws -> Value {
        reinterpret(try decodeObject(objectType, at: index), as: type)
    }

    /// Reads an object whose values are all of one type into a dictionary; when a key repeats, the last wins.
    func readMap<Element: Decodable>(_ type: Element.Type, at index: Int) throws -> [String: Element] {
        guard tape[index].kind == .object else {
            throw mismatch([String: Element].self, expected: "an object", at: index)
        }

        var members = [String: Element](minimumCapacity: Int(tape[index].length))
        var child = index + 1
        for _ in 0..<Int(tape[index].length) {
            members[unescapedString(tape[child])] = try decodeValue(type, at: child + 1)
            child = nextIndex(after: child + 1)
        }
        return members
    }

    /// Reads an array whose elements are all of one type.
    func readArray<Element: Decodable>(_ type: Element.Type, at index: Int) throws -> [Element] {
        guard tape[index].kind == .array else {
            throw mismatch([Element].self, expected: "an array", at: index)
        }

        var elements: [Element] = []
        elements.reserveCapacity(Int(tape[index].length))
        var child = index + 1
        for _ in 0..<Int(tape[index].length) {
            elements.append(try decodeValue(type, at: child))
            child = nextIndex(after: child)
        }
        return elements
    }

    /// Returns the value at `index` as a ``JSONValue``, keeping integers that fit `Int64` exact.
    func jsonValue(at index: Int) throws -> JSONValue {
        let entry = tape[index]
        switch entry.kind {
        case .null:
            return .null
        case .true:
            return .bool(true)
        case .false:
            return .bool(false)
        case .integer:
            if let value = NumberText.integer(text(of: entry), as: Int64.self) {
                return .int(value)
            }
            return .double(try readDouble(at: index))
        case .number:
            return .double(try readDouble(at: index))
        case .string, .escapedString:
            return .string(unescapedString(entry))
        case .array:
            return .array(try jsonElements(ofArrayAt: index))
        case .object:
            return .object(try jsonMembers(ofObjectAt: index))
        }
    }

    /// Returns the elements of the array at `index` as JSON values.
    private func jsonElements(ofArrayAt index: Int) throws -> [JSONValue] {
        var elements: [JSONValue] = []
        elements.reserveCapacity(Int(tape[index].length))
        var child = index + 1
        for _ in 0..<Int(tape[index].length) {
            elements.append(try jsonValue(at: child))
            child = nextIndex(after: child)
        }
        return elements
    }

    /// Returns the members of the object at `index` as JSON values; when a key repeats, the last one wins.
    private func jsonMembers(ofObjectAt index: Int) throws -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        members.reserveCapacity(Int(tape[index].length))
        var child = index + 1
        for _ in 0..<Int(tape[index].length) {
            members[unescapedString(tape[child])] = try jsonValue(at: child + 1)
            child = nextIndex(after: child + 1)
        }
        return members
    }

    /// Returns the bytes of the Base64 string at `index`.
    private func readBase64(at index: Int) throws -> Data {
        guard let data = Data(base64Encoded: try readString(at: index)) else {
            throw corrupted("expected a Base64 string, found characters outside Base64", at: index)
        }
        return data
    }

    /// Returns the URL the string at `index` spells.
    private func readURL(at index: Int) throws -> URL {
        let text = try readString(at: index)
        guard let url = URL(string: text) else {
            throw corrupted("expected a URL, found \"\(text)\"", at: index)
        }
        return url
    }
}

/// Returns `value` as `Target`, which the caller has checked is the same type as `Source`.
///
/// The decoder compares a generic type with the types it reads directly; once the metatypes are equal, the
/// value already is a `Target`, so this skips the cost of a dynamic cast. The precondition keeps a wrong call
/// from reinterpreting memory.
@inline(__always)
func reinterpret<Source, Target>(_ value: Source, as target: Target.Type) -> Target {
    precondition(Source.self == Target.self, "reinterpret needs identical types")
    return unsafeBitCast(value, to: Target.self)
}

/// The metatypes of the collections the decoder reads directly, fetched once.
///
/// Naming a generic type such as `[String: String].self` in a function looks its metadata up on every call;
/// these constants make the check a pointer comparison.
private enum KnownCollectionTypes {
    static let stringMap: Any.Type = [String: String].self
    static let optionalStringMap: Any.Type = [String: String?].self
    static let jsonMap: Any.Type = [String: JSONValue].self
    static let stringArray: Any.Type = [String].self
}
