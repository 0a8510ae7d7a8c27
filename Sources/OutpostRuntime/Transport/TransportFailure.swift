/// A failure to get a response from the server: the transport's own error, classified for the runtime.
public struct TransportFailure: Error, Sendable, CustomStringConvertible {
    /// The classes of transport failure.
    public enum Reason: Hashable, Sendable {
        /// No complete response arrived in time.
        case timedOut

        /// The connection could not be made, or broke before the response was complete.
        case connectionFailed

        /// The response body grew beyond the request's limit.
        case responseTooLarge

        /// Any other failure.
        case other
    }

    /// The class of failure.
    public let reason: Reason

    /// The error the HTTP stack reported, if any.
    public let underlyingError: (any Error)?

    /// The status, header fields and the part of the body that arrived before the failure, or `nil` when no
    /// response head arrived.
    public let partialResponse: HTTPResponse?

    /// Creates a transport failure.
    ///
    /// - Parameters:
    ///   - reason: The class of failure.
    ///   - underlyingError: The error the HTTP stack reported.
    ///   - partialResponse: What arrived of the response before the failure, if its head did.
    public init(_ reason: Reason, underlyingError: (any Error)? = nil, partialResponse: HTTPResponse? = nil) {
        self.reason = reason
        self.underlyingError = underlyingError
        self.partialResponse = partialResponse
    }

    /// A sentence describing the failure.
    public var description: String {
        let cause = underlyingError.map { " (\($0))" } ?? ""
        switch reason {
        case .timedOut:
            return "The request timed out\(cause)."
        case .connectionFailed:
            return "The connection failed or broke before the response was complete\(cause)."
        case .responseTooLarge:
            return "The response body exceeded the size limit\(cause)."
        case .other:
            return "The request could not be sent\(cause)."
        }
    }
}
