/// An HTTP request method, such as `GET` or `POST`.
public struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method's name as written on the wire, in upper case.
    public let rawValue: String

    /// Creates a method from its name on the wire.
    ///
    /// - Parameter rawValue: The method's name; it is upper-cased.
    public init(rawValue: String) {
        self.rawValue = rawValue.uppercased()
    }

    /// The `GET` method.
    public static let get = HTTPMethod(rawValue: "GET")

    /// The `PUT` method.
    public static let put = HTTPMethod(rawValue: "PUT")

    /// The `POST` method.
    public static let post = HTTPMethod(rawValue: "POST")

    /// The `PATCH` method.
    public static let patch = HTTPMethod(rawValue: "PATCH")

    /// The `DELETE` method.
    public static let delete = HTTPMethod(rawValue: "DELETE")

    /// The `HEAD` method.
    public static let head = HTTPMethod(rawValue: "HEAD")

    /// The `OPTIONS` method.
    public static let options = HTTPMethod(rawValue: "OPTIONS")

    /// A Boolean value that indicates whether repeating the request has the same effect as sending it once.
    ///
    /// `GET`, `HEAD`, `OPTIONS`, `PUT` and `DELETE` are idempotent (RFC 9110, section 9.2.2).
    public var isIdempotent: Bool {
        ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"].contains(rawValue)
    }

    /// The method's name, as written on the wire.
    public var description: String { rawValue }
}
