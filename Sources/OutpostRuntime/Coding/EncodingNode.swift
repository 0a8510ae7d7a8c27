/// One value in the tree that encoding builds before writing text.
///
/// A reference type, so that a container handed out for a key or an element can keep filling its node after
/// the call that created it returns, as `Encoder`'s nested containers require.
final class EncodingNode {
    /// What a node holds.
    enum Content {
        /// Nothing was encoded into the node; it is written as an empty object, as Foundation does.
        case empty
        /// A number, `true`, `false` or `null`, as the JSON text to write.
        case literal(String)
        /// A string, quoted and escaped when written.
        case string(String)
        /// The elements of an array, in order.
        case array([EncodingNode])
        /// The members of an object in the order they were encoded; they are written in ascending key order,
        /// and when a key repeats only its last value is written.
        case object([(key: String, node: EncodingNode)])
    }

    /// What the node holds.
    var content: Content = .empty

    /// Returns the node for `key`, making this node an object first when it is not one.
    func member(_ key: String) -> EncodingNode {
        let child = EncodingNode()
        var members = takeMembers()
        members.append((key, child))
        content = .object(members)
        return child
    }

    /// Appends a new element node, making this node an array first when it is not one, and returns it.
    func appendElement() -> EncodingNode {
        let child = EncodingNode()
        var elements = takeElements()
        elements.append(child)
        content = .array(elements)
        return child
    }

    /// Returns the members and leaves the node empty, so that adding one does not copy the dictionary.
    func takeMembers() -> [(key: String, node: EncodingNode)] {
        guard case .object(let members) = content else { return [] }
        content = .empty
        return members
    }

    /// Returns the elements and leaves the node empty, so that appending does not copy the array.
    func takeElements() -> [EncodingNode] {
        guard case .array(let elements) = content else { return [] }
        content = .empty
        return elements
    }

    /// Appends the node's JSON text to `output`, with object members in ascending key order.
    func write(to output: inout [UInt8]) {
        switch content {
        case .empty:
            output.append(contentsOf: "{}".utf8)
        case .literal(let text):
            output.append(contentsOf: text.utf8)
        case .string(let text):
            JSONStringText.append(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 {
                    output.append(UInt8(ascii: ","))
                }
                element.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (position, member) in Self.sortedUniqueMembers(members).enumerated() {
                if position > 0 {
                    output.append(UInt8(ascii: ","))
                }
                JSONStringText.append(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.node.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Returns members in ascending key order, keeping only the last member of each key.
    private static func sortedUniqueMembers(
        _ members: [(key: String, node: EncodingNode)]
    ) -> [(key: String, node: EncodingNode)] {
        // Sorting positions by (key, position) keeps equal keys in encoding order, so the last one wins.
        let order = members.indices.sorted { (members[$0].key, $0) < (members[$1].key, $1) }
        var unique: [(key: String, node: EncodingNode)] = []
        unique.reserveCapacity(members.count)
        for index in order {
            if unique.last?.key == members[index].key {
                unique.removeLast()
            }
            unique.append(members[index])
        }
        return unique
    }
}

/// The JSON spelling of strings: quoted, with only `"`, `\` and control characters escaped.
enum JSONStringText {
    /// Appends a string's UTF-8 bytes as a quoted JSON string; `/` and non-ASCII characters are written as
    /// they are.
    static func append(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case 0..<0x20:
                appendEscape(forControl: byte, to: &output)
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Appends the escape of a control character: a short one where JSON has it, else `\u00XX`.
    private static func appendEscape(forControl byte: UInt8, to output: inout [UInt8]) {
        let short: [UInt8: Unicode.Scalar] = [0x08: "b", 0x09: "t", 0x0A: "n", 0x0C: "f", 0x0D: "r"]
        output.append(UInt8(ascii: "\\"))
        if let letter = short[byte] {
            output.append(UInt8(ascii: letter))
            return
        }

        let hexDigits = Array("0123456789ABCDEF".utf8)
        output.append(contentsOf: "u00".utf8)
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }
}
