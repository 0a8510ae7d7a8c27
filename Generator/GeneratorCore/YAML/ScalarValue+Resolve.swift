extension ScalarValue {
    private static let coreTagPrefix = "tag:yaml.org,2002:"

    /// Resolves a scalar's value from its text, style and explicit tag.
    static func resolve(text: String, style: Scalar.Style, tag: String?) -> ScalarValue {
        if let tag, tag.hasPrefix(coreTagPrefix) {
            return resolve(text: text, coreTag: String(tag.dropFirst(coreTagPrefix.count)))
        }
        guard style == .plain, tag == nil || tag == "!" else {
            return .string
        }
        return resolvePlain(text)
    }

    /// Resolves a scalar whose tag names one of the core schema's types.
    private static func resolve(text: String, coreTag: String) -> ScalarValue {
        switch coreTag {
        case "null": .null
        case "bool": resolvePlain(text) == .bool(true) ? .bool(true) : .bool(false)
        case "int": .integer
        case "float": .float
        default: .string
        }
    }

    /// Resolves an untagged plain scalar under the YAML 1.2 core schema.
    private static func resolvePlain(_ text: String) -> ScalarValue {
        switch text {
        case "", "~", "null", "Null", "NULL":
            return .null
        case "true", "True", "TRUE":
            return .bool(true)
        case "false", "False", "FALSE":
            return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
            return .float
        default:
            break
        }

        let bytes = Array(text.utf8)
        if isInteger(bytes) {
            return .integer
        }
        if isFloat(bytes) {
            return .float
        }
        return .string
    }

    /// Whether the text is `[-+]?[0-9]+`, `0o[0-7]+` or `0x[0-9a-fA-F]+`.
    private static func isInteger(_ bytes: [UInt8]) -> Bool {
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0") {
            let digits = bytes.dropFirst(2)
            switch bytes[1] {
            case UInt8(ascii: "o"): return digits.allSatisfy { (0x30...0x37).contains($0) }
            case UInt8(ascii: "x"): return digits.allSatisfy(isHexDigit)
            default: break
            }
        }
        let digits =
            bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        return !digits.isEmpty && digits.allSatisfy(isDigit)
    }

    /// Whether the text is `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`.
    private static func isFloat(_ bytes: [UInt8]) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            index += 1
        }

        let integerDigits = countDigits(bytes, from: index)
        index += integerDigits
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            fractionDigits = countDigits(bytes, from: index + 1)
            index += 1 + fractionDigits
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }

        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            let exponentDigits = countDigits(bytes, from: index)
            guard exponentDigits > 0 else { return false }
            index += exponentDigits
        }
        return index == bytes.count
    }

    private static func countDigits(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count, isDigit(bytes[index]) {
            index += 1
        }
        return index - start
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
