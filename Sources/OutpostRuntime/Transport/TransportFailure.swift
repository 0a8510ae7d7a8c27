import Foundation

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

    /// A sentence describing the failure, with the HTTP stack's own words for its cause.
    public var description: String {
        let cause = underlyingError.map { " (\(Self.words(for: $0)))" } ?? ""
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

    /// Returns what an error says: URLSession's message, such as `Couldn't connect to server`, rather than a dump
    /// of its `NSError`, for URLSession's errors; the error's description for any other.
    private static func words(for error: any Error) -> String {
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else { return "\(error)" }
        return nsError.localizedDescription
    }
}
