/// A JSON pointer into the document, such as `#/paths/~1tenants/get`, kept as its unescaped tokens.
public struct JSONPointer: Hashable, Sendable {
    /// The pointer's reference tokens, unescaped.
    public var tokens: [String]

    /// Creates a pointer from unescaped tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// The pointer to the whole document.
    public static let root = JSONPointer()

    /// Returns this pointer extended by one token.
    public func appending(_ token: String) -> JSONPointer {
        JSONPointer(tokens + [token])
    }

    /// Returns this pointer extended by the index of a sequence element.
    public func appending(_ index: Int) -> JSONPointer {
        appending(String(index))
    }

    /// Reads a local `$ref` value such as `#/components/schemas/Tenant`, or returns nil when it is not one.
    ///
    /// Each token is split at `/`, then percent-decoded, then unescaped (`~1` to `/`, `~0` to `~`).
    public init?(reference: String) {
        guard reference.first == "#" else { return nil }
        let path = reference.dropFirst()
        guard !path.isEmpty else {
            self.init()
            return
        }
        guard path.first == "/" else { return nil }

        var tokens: [String] = []
        for escaped in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let decoded = Self.percentDecoded(escaped), let token = Self.unescaped(decoded) else { return nil }
            tokens.append(token)
        }
        self.init(tokens)
    }

    /// Returns the node this pointer designates inside a root node, or nil when there is none.
    public func node(in root: Node) -> Node? {
        var current = root
        for token in tokens {
            if let entries = current.mapping, let next = entries.first(where: { $0.key.scalar?.text == token }) {
                current = next.value
            } else if let elements = current.sequence, let index = Int(token), elements.indices.contains(index) {
                current = elements[index]
            } else {
                return nil
            }
        }
        return current
    }

    private static func unescaped(_ token: String) -> String? {
        var result = ""
        var iterator = token.makeIterator()
        while let character = iterator.next() {
            guard character == "~" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "0": result.append("~")
            case "1": result.append("/")
            default: return nil
            }
        }
        return result
    }

    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
            utf8 = utf8.dropFirst(2)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}

extension JSONPointer: CustomStringConvertible {
    /// The pointer as a URI fragment, with `~` written `~0` and `/` written `~1`.
    public var description: String {
        let escaped = tokens.map { token in
            token.reduce(into: "") { result, character in
                switch character {
                case "~": result += "~0"
                case "/": result += "~1"
                default: result.append(character)
                }
            }
        }
        return (["#"] + escaped).joined(separator: "/")
    }
}
