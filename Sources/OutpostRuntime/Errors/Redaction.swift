import Foundation

/// Removes credentials from header fields and JSON text before they reach a log line or an error.
public enum Redaction {
    /// The text that replaces a redacted value.
    public static let placeholder = "[redacted]"

    /// The JSON member names whose values are always redacted, compared without regard to case.
    public static let secretJSONKeys: Set<String> = [
        "secret", "previous_secret", "password", "token", "key", "session", "connection_string",
        "service_account_json", "credentials",
    ]

    /// The header names whose values are always redacted, in lower case.
    public static let secretHeaderNames: Set<String> = [
        "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key",
    ]

    /// Returns the header fields with credential-bearing values replaced.
    ///
    /// An `Authorization` value keeps its scheme, so `Bearer abc` becomes `Bearer [redacted]`.
    ///
    /// - Parameter headers: The header fields.
    /// - Returns: The fields with secrets replaced.
    public static func redactHeaders(_ headers: HTTPHeaders) -> HTTPHeaders {
        HTTPHeaders(
            headers.fields.map { field in
                guard secretHeaderNames.contains(field.name.lowercased()) else { return field }
                let scheme = field.value.split(separator: " ", maxSplits: 1).first.map { "\($0) " } ?? ""
                let kept = field.value.contains(" ") ? scheme : ""
                return HTTPHeaders.Field(name: field.name, value: kept + placeholder)
            })
    }

    /// Returns JSON text with the values of secret members replaced, also when the text is cut short.
    ///
    /// - Parameters:
    ///   - text: The JSON text, possibly truncated or not JSON at all.
    ///   - knownSecrets: Literal values, such as the credential in use, to replace wherever they appear.
    /// - Returns: The text with secrets replaced.
    public static func redactJSON(_ text: String, knownSecrets: [String] = []) -> String {
        var scanner = SecretScanner(bytes: Array(text.utf8))
        var redacted = String(decoding: scanner.redact(), as: UTF8.self)
        for secret in knownSecrets where secret.count >= 4 {
            redacted = redacted.replacingOccurrences(of: secret, with: placeholder)
        }
        return redacted
    }

    /// Returns a redacted excerpt of a body, at most `limit` characters long, or `nil` when the body is empty.
    ///
    /// - Parameters:
    ///   - body: The body bytes.
    ///   - limit: The largest number of characters to keep.
    ///   - knownSecrets: Literal values to replace wherever they appear.
    /// - Returns: The excerpt, ending in `…` when it was cut.
    public static func excerpt(of body: Data, limit: Int = 1024, knownSecrets: [String] = []) -> String? {
        guard !body.isEmpty else { return nil }

        let text = redactJSON(String(decoding: body, as: UTF8.self), knownSecrets: knownSecrets)
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}

/// A single pass over JSON bytes that replaces the values of secret members, tolerating truncated input.
private struct SecretScanner {
    let bytes: [UInt8]
    var index = 0
    var output: [UInt8] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        output.reserveCapacity(bytes.count)
    }

    mutating func redact() -> [UInt8] {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                output.append(bytes[index])
                index += 1
                continue
            }

            let start = index
            index = endOfString(from: start)
            output += bytes[start..<index]
            let colon = skipWhitespace(from: index)
            if colon < bytes.count, bytes[colon] == UInt8(ascii: ":"), isSecretKey(bytes[start..<index]) {
                replaceValue(afterColon: colon)
            }
        }
        return output
    }

    private mutating func replaceValue(afterColon colon: Int) {
        let valueStart = skipWhitespace(from: colon + 1)
        output += bytes[index..<valueStart]
        output += Array("\"\(Redaction.placeholder)\"".utf8)
        index = endOfValue(from: valueStart)
    }

    private func isSecretKey(_ quoted: ArraySlice<UInt8>) -> Bool {
        guard quoted.count >= 2, quoted.last == UInt8(ascii: "\"") else { return false }
        let name = String(decoding: quoted.dropFirst().dropLast(), as: UTF8.self).lowercased()
        return Redaction.secretJSONKeys.contains(name)
    }

    private func skipWhitespace(from start: Int) -> Int {
        var position = start
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            position += 1
        }
        return position
    }

    /// Returns the index after the string's closing quote, or the end of the text when it is cut short.
    private func endOfString(from start: Int) -> Int {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"):
                position += 2
            case UInt8(ascii: "\""):
                return position + 1
            default:
                position += 1
            }
        }
        return bytes.count
    }

    /// Returns the index after a whole JSON value: a string, a nested object or array, or a bare literal.
    private func endOfValue(from start: Int) -> Int {
        guard start < bytes.count else { return start }

        switch bytes[start] {
        case UInt8(ascii: "\""):
            return endOfString(from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return endOfContainer(from: start)
        default:
            var position = start
            while position < bytes.count, !Array(",}] \t\r\n".utf8).contains(bytes[position]) {
                position += 1
            }
            return position
        }
    }

    private func endOfContainer(from start: Int) -> Int {
        var depth = 0
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position = endOfString(from: position)
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return position + 1 }
            default:
                break
            }
            position += 1
        }
        return bytes.count
    }
}

extension Redaction {
    /// Returns an error body whose `data` has the values of secret members replaced.
    ///
    /// - Parameter body: The decoded error body.
    /// - Returns: The body with secrets replaced.
    public static func redactErrorBody(_ body: APIErrorBody) -> APIErrorBody {
        var redacted = body
        redacted.data = body.data.map(redactValue)
        return redacted
    }

    /// Returns a JSON value with the values of secret members replaced, at any depth.
    ///
    /// - Parameter value: The JSON value.
    /// - Returns: The value with secrets replaced.
    public static func redactValue(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                result[key] = secretJSONKeys.contains(key.lowercased()) ? .string(placeholder) : redactValue(member)
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map(redactValue))
        default:
            return value
        }
    }
}
