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
    /// An `Authorization` value keeps its scheme, so `Bearer abc` becomes `Bearer [redacted]`. In every other
    /// field the known secrets are replaced wherever they appear, so a server that echoes the token back in a
    /// field such as `WWW-Authenticate` does not put it in an error or a log.
    ///
    /// - Parameters:
    ///   - headers: The header fields.
    ///   - knownSecrets: Literal values, such as the credential in use, to replace wherever they appear.
    /// - Returns: The fields with secrets replaced.
    public static func redactHeaders(_ headers: HTTPHeaders, knownSecrets: [String] = []) -> HTTPHeaders {
        HTTPHeaders(
            headers.fields.map { field in
                guard secretHeaderNames.contains(field.name.lowercased()) else {
                    return HTTPHeaders.Field(
                        name: field.name, value: redactText(field.value, knownSecrets: knownSecrets))
                }
                let scheme = field.value.split(separator: " ", maxSplits: 1).first.map { "\($0) " } ?? ""
                let kept = field.value.contains(" ") ? scheme : ""
                return HTTPHeaders.Field(name: field.name, value: kept + placeholder)
            })
    }

    /// Returns the text with every known secret replaced wherever it appears, also in its JSON-escaped form.
    ///
    /// Secrets shorter than four characters are left alone, as replacing them would mangle ordinary text.
    ///
    /// - Parameters:
    ///   - text: Any text, such as a header value or an error message.
    ///   - knownSecrets: Literal values, such as the credential in use.
    /// - Returns: The text with the secrets replaced.
    public static func redactText(_ text: String, knownSecrets: [String]) -> String {
        var redacted = text
        for secret in knownSecrets where secret.count >= 4 {
            for form in forms(of: secret) where redacted.contains(form) {
                redacted = redacted.replacingOccurrences(of: form, with: placeholder)
            }
        }
        return redacted
    }

    /// Returns the secret as it is and, when escaping changes it, as it appears inside a JSON string.
    ///
    /// Escaping is skipped for a secret without a character to escape, as it costs more than the search itself
    /// and a redactor runs it for every header field of every observed response.
    private static func forms(of secret: String) -> [String] {
        secret.utf8.contains(where: escapedInJSON.contains) ? [secret, jsonEscaped(secret)] : [secret]
    }

    /// The bytes ``jsonEscaped(_:)`` escapes.
    private static let escapedInJSON: Set<UInt8> = [UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/")]

    /// Returns the text as it appears inside a JSON string when a server escapes `"`, `\\` and `/`.
    private static func jsonEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "/", with: "\\/")
    }

    /// Returns JSON text with the values of secret members replaced, also when the text is cut short.
    ///
    /// - Parameters:
    ///   - text: The JSON text, possibly truncated or not JSON at all.
    ///   - knownSecrets: Literal values, such as the credential in use, to replace wherever they appear.
    /// - Returns: The text with secrets replaced.
    public static func redactJSON(_ text: String, knownSecrets: [String] = []) -> String {
        var scanner = SecretScanner(bytes: Array(text.utf8))
        return redactText(String(decoding: scanner.redact(), as: UTF8.self), knownSecrets: knownSecrets)
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
    /// Returns an error body whose `data` has the values of secret members replaced, and whose `message` and
    /// `data` have the known secrets replaced wherever they appear.
    ///
    /// - Parameters:
    ///   - body: The decoded error body.
    ///   - knownSecrets: Literal values, such as the credential in use, to replace wherever they appear.
    /// - Returns: The body with secrets replaced.
    public static func redactErrorBody(_ body: APIErrorBody, knownSecrets: [String] = []) -> APIErrorBody {
        var redacted = body
        redacted.message = body.message.map { redactText($0, knownSecrets: knownSecrets) }
        redacted.data = body.data.map { redactValue($0, knownSecrets: knownSecrets) }
        return redacted
    }

    /// Returns a JSON value with the values of secret members replaced, at any depth, and the known secrets
    /// replaced in every string and member name.
    ///
    /// - Parameters:
    ///   - value: The JSON value.
    ///   - knownSecrets: Literal values, such as the credential in use, to replace wherever they appear.
    /// - Returns: The value with secrets replaced.
    public static func redactValue(_ value: JSONValue, knownSecrets: [String] = []) -> JSONValue {
        switch value {
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (key, member) in members {
                let redactedKey = redactText(key, knownSecrets: knownSecrets)
                result[redactedKey] =
                    secretJSONKeys.contains(key.lowercased())
                    ? .string(placeholder) : redactValue(member, knownSecrets: knownSecrets)
            }
            return .object(result)
        case .array(let elements):
            return .array(elements.map { redactValue($0, knownSecrets: knownSecrets) })
        case .string(let text):
            return .string(redactText(text, knownSecrets: knownSecrets))
        default:
            return value
        }
    }
}
