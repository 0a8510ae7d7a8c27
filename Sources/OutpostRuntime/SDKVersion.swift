/// The name and version of this SDK, as sent in every request's `User-Agent` header.
public enum SDKVersion {
    /// The SDK's name on the wire.
    public static let name = "outpost-swift"

    /// The SDK's semantic version.
    public static let version = "0.1.0"

    /// The `User-Agent` value the transport sends unless the caller overrides it.
    public static var userAgent: String { "\(name)/\(version)" }
}
