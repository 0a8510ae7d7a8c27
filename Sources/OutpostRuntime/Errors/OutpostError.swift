import Foundation

/// The one error the runtime throws for a failed call, apart from Swift's `CancellationError`.
///
/// Switch on ``kind`` to handle a class of failure; read ``status`` and ``errorBody`` for what the server said.
/// No credential appears in any of its properties or in its description.
public struct OutpostError: Error, Sendable, CustomStringConvertible {
    /// The classes of failure a caller can switch on.
    public enum Kind: Hashable, Sendable {
        /// The server answered with a status the operation does not treat as success.
        case httpStatus(Int)

        /// The server answered `429` and no retry was left; `retryAfter` is the delay it asked for, if any.
        case rateLimited(retryAfter: Duration?)

        /// No complete response arrived: the connection failed, broke mid-body, or the transport failed otherwise.
        case transport

        /// No complete response arrived within the timeout.
        case timeout

        /// A successful response's body did not match the document; `path` is the JSON path, such as `$.models[2].id`.
        case decoding(path: String?)

        /// The request was not sent because one of its values is invalid, such as a credential with a line break.
        case invalidRequest

        /// The response body was larger than the configured limit, in bytes.
        case responseTooLarge(limit: Int)

        /// A pager met a cursor it had already followed, so it stopped rather than loop.
        case repeatedCursor(String)
    }

    /// The class of failure.
    public var kind: Kind

    /// The `operationId` of the failed call.
    public var operationID: String

    /// The request method.
    public var method: HTTPMethod

    /// The request URL, or `nil` when it could not be built.
    public var url: URL?

    /// The HTTP status of the last response, or `nil` when none arrived.
    public var status: Int?

    /// The decoded Outpost error body, when the response carried one.
    public var errorBody: APIErrorBody?

    /// A bounded excerpt of the raw response body with secrets redacted, or `nil` when it was empty.
    public var bodyExcerpt: String?

    /// The header fields of the last response, with credential-bearing values redacted.
    public var headers: HTTPHeaders

    /// The rate-limit information of the last response, if it carried any.
    public var rateLimit: RateLimit?

    /// The number of attempts made, counting the first.
    public var attempts: Int

    /// A sentence with further detail, such as which request value was invalid.
    public var detail: String?

    /// The error that caused this one, such as the transport's or the decoder's.
    public var underlyingError: (any Error)?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - kind: The class of failure.
    ///   - operationID: The failed call's `operationId`.
    ///   - method: The request method.
    ///   - url: The request URL.
    ///   - detail: A sentence with further detail.
    ///   - attempts: The number of attempts made.
    ///   - underlyingError: The error that caused this one.
    public init(
        kind: Kind,
        operationID: String,
        method: HTTPMethod,
        url: URL?,
        detail: String? = nil,
        attempts: Int = 1,
        underlyingError: (any Error)? = nil
    ) {
        self.kind = kind
        self.operationID = operationID
        self.method = method
        self.url = url
        self.detail = detail
        self.attempts = attempts
        self.underlyingError = underlyingError
        self.headers = [:]
    }

    /// A description of the failure that says what happened and, where possible, what to do.
    public var description: String {
        let target = "\(operationID) (\(method)\(url.map { " " + $0.absoluteString } ?? ""))"
        var parts = ["\(target) failed: \(summary)"]
        if let message = errorBody?.message {
            parts.append("The server said: \(message).")
        }
        if let detail {
            parts.append(detail)
        }
        if let advice {
            parts.append(advice)
        }
        // An invalid request was never sent, whatever attempt found it invalid.
        if kind != .invalidRequest {
            parts.append("Attempts: \(attempts).")
        }
        if errorBody == nil, let bodyExcerpt {
            parts.append("Body: \(bodyExcerpt)")
        }
        return parts.joined(separator: " ")
    }

    private var summary: String {
        switch kind {
        case .httpStatus(let code):
            return "the server answered HTTP \(code)."
        case .rateLimited(let delay):
            return "the server is rate limiting requests" + (delay.map { " (retry after \($0))" } ?? "") + "."
        case .transport:
            return "no complete response arrived" + (underlyingError.map { " (\($0))" } ?? "") + "."
        case .timeout:
            return "no complete response arrived within the timeout."
        case .decoding(let path):
            return "the response body does not match the API document at \(path ?? "an unknown path")."
        case .invalidRequest:
            return "the request was not sent because it is invalid."
        case .responseTooLarge(let limit):
            return "the response body is larger than the \(limit)-byte limit."
        case .repeatedCursor(let cursor):
            return "the server returned the cursor \(cursor) a second time, so paging stopped."
        }
    }

    private var advice: String? {
        switch kind {
        case .httpStatus(401):
            return "Check that the credential is valid and has not expired."
        case .httpStatus(403):
            return "Check that the credential may access this resource; tenant JWTs reach only their tenant."
        case .rateLimited:
            return "Wait before retrying, or raise the retry policy's limits."
        case .timeout:
            return "Raise the timeout in the client configuration or the request options."
        case .transport where (underlyingError as? TransportFailure)?.reason == .connectionFailed:
            return "Check the base URL, and that the server runs and can be reached from here."
        case .responseTooLarge:
            return "Raise ClientConfiguration.maxResponseBodyBytes, or ask for smaller pages."
        case .decoding:
            return "The server may be newer than the document the SDK was generated from; regenerate it."
        default:
            return nil
        }
    }
}
