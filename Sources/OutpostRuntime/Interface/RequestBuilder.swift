import Foundation

/// Builds the URL and header fields of a request from an operation and the values of one call.
struct RequestBuilder {
    /// A request that cannot be built, with a sentence saying why.
    struct InvalidRequest: Error {
        let message: String
    }

    let baseURL: URL

    /// Returns the full URL: the base URL, the path with its placeholders filled, and the query.
    func url(pathTemplate: String, input: OperationInput) throws(InvalidRequest) -> URL {
        // URLSession would take `localhost:3333/api/v1` for a URL of the scheme `localhost` and fail late.
        guard let scheme = baseURL.scheme?.lowercased(), scheme == "http" || scheme == "https", baseURL.host != nil
        else {
            throw InvalidRequest(
                message: "The base URL \(baseURL.absoluteString) is not an http or https URL with a host, "
                    + "such as http://localhost:3333/api/v1.")
        }
        let path = try renderPath(pathTemplate, values: input.path)
        let query = renderQuery(input.query)

        var text = baseURL.absoluteString
        while text.hasSuffix("/") {
            text.removeLast()
        }
        text += path + (query.isEmpty ? "" : "?" + query)

        guard let url = URL(string: text) else {
            throw InvalidRequest(message: "The request URL \(text) is not valid; check the base URL.")
        }
        return url
    }

    /// Returns the path with each `{name}` placeholder replaced by its value, encoded as one segment.
    func renderPath(_ template: String, values: [String: String]) throws(InvalidRequest) -> String {
        var rendered = ""
        var remainder = Substring(template)

        while let open = remainder.firstIndex(of: "{") {
            guard let close = remainder[open...].firstIndex(of: "}") else {
                throw InvalidRequest(message: "The path template \(template) has an unclosed placeholder.")
            }
            let name = String(remainder[remainder.index(after: open)..<close])
            guard let value = values[name] else {
                throw InvalidRequest(message: "The path parameter \(name) is missing; pass a value for it.")
            }
            guard !value.isEmpty else {
                throw InvalidRequest(message: "The path parameter \(name) is empty; pass a non-empty value.")
            }

            rendered += remainder[..<open] + PercentEncoding.encodeSegment(value)
            remainder = remainder[remainder.index(after: close)...]
        }
        return rendered + remainder
    }

    /// Returns the query string, without the leading `?`, with names and values percent-encoded.
    func renderQuery(_ parameters: [QueryParameter]) -> String {
        parameters
            .flatMap(\.pairs)
            .map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }
}
