import Foundation

/// The values of one call: path, query and header parameters and the body.
///
/// Generated code fills one per call and hands it to ``RuntimeClient/send(_:_:options:)``. Optional
/// parameters the caller left out are simply not added.
public struct OperationInput: Sendable {
    /// The values of the path template's placeholders, keyed by placeholder name.
    ///
    /// Each value becomes exactly one path segment: `/`, `?`, `#`, `%` and the segments `.` and `..` are
    /// percent-encoded.
    public var path: [String: String]

    /// The query parameters, in order.
    public var query: [QueryParameter]

    /// The header parameters.
    public var headers: HTTPHeaders

    /// The request body, or `nil` when the request has none.
    public var body: RequestBody?

    /// A Boolean value that indicates whether repeating this request has the same effect as sending it once.
    ///
    /// It defaults to the method's idempotence; generated code sets it for a publish that carries its own
    /// event `id`, which the server deduplicates. Only such requests are retried after a 408, a 5xx or a
    /// connection failure, and only when the retry policy opts in.
    public var isIdempotent: Bool?

    /// Parameters that could not be converted to their text, each as a sentence; a call with any fails before sending.
    public internal(set) var parameterProblems: [String] = []

    /// Creates the values of one call.
    ///
    /// - Parameters:
    ///   - path: The path placeholders' values.
    ///   - query: The query parameters.
    ///   - headers: The header parameters.
    ///   - body: The body, if any.
    ///   - isIdempotent: Whether the request is safe to repeat; `nil` uses the method's idempotence.
    public init(
        path: [String: String] = [:],
        query: [QueryParameter] = [],
        headers: HTTPHeaders = [:],
        body: RequestBody? = nil,
        isIdempotent: Bool? = nil
    ) {
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.isIdempotent = isIdempotent
    }

    /// Adds a form-style query parameter when a value is present.
    ///
    /// - Parameters:
    ///   - name: The parameter's name.
    ///   - value: The value; `nil` adds nothing.
    public mutating func addQuery(_ name: String, _ value: String?) {
        guard let value else { return }
        query.append(QueryParameter(name: name, value: .string(value)))
    }

    /// Adds a form-style, exploded array query parameter when values are present.
    ///
    /// - Parameters:
    ///   - name: The parameter's name; it is repeated for every value.
    ///   - values: The values; `nil` adds nothing.
    public mutating func addQuery(_ name: String, _ values: [String]?) {
        guard let values else { return }
        query.append(QueryParameter(name: name, value: .strings(values)))
    }

    /// Adds a deepObject-style query parameter when members are present.
    ///
    /// - Parameters:
    ///   - name: The parameter's name, such as `time`.
    ///   - members: The members, such as `gte` and `lte`; `nil` adds nothing.
    public mutating func addDeepObjectQuery(_ name: String, _ members: [QueryParameter.Member]?) {
        guard let members else { return }
        query.append(QueryParameter(name: name, value: .object(members), style: .deepObject))
    }
}

/// The body of a request.
public enum RequestBody: Sendable {
    /// A value encoded as JSON with the runtime's date rules, sent with its content type: `application/json`
    /// unless the operation names a JSON type of its own, such as `application/merge-patch+json`.
    case json(any Encodable & Sendable, contentType: String = "application/json")

    /// Bytes sent as they are, with their content type.
    case data(Data, contentType: String)
}
