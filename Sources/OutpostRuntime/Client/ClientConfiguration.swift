import Foundation

/// The settings of a client: where it sends requests, how it authenticates, retries, times out and logs.
public struct ClientConfiguration: Sendable {
    /// The default largest response body, 32 MiB.
    public static let defaultMaxResponseBodyBytes = 32 * 1024 * 1024

    /// The base URL of the managed Outpost service.
    public static let managedBaseURL = builtInURL("https://api.outpost.hookdeck.com/2025-07-01")

    /// The base URL of a self-hosted Outpost in its development setup.
    public static let localBaseURL = builtInURL("http://localhost:3333/api/v1")

    /// The URL that operation paths are appended to.
    public var baseURL: URL

    /// The credential for secured operations, or `nil` to call only unsecured ones.
    public var credential: Credential?

    /// The time one attempt may take, unless a call's options say otherwise.
    public var timeout: Duration

    /// The retry policy, unless a call's options say otherwise.
    public var retryPolicy: RetryPolicy

    /// The largest response body accepted, in bytes.
    ///
    /// A larger body fails the call with ``OutpostError/Kind/responseTooLarge(limit:)``.
    public var maxResponseBodyBytes: Int

    /// The `User-Agent` header value.
    public var userAgent: String

    /// Functions that may change every request before it is sent.
    public var requestHooks: [RequestHook]

    /// Functions told about every response.
    public var responseObservers: [ResponseObserver]

    /// The function that receives log records, or `nil` to log nothing.
    public var logHandler: LogHandler?

    /// The clock used for waits, time caps, HTTP dates and token expiry.
    public var clock: any RuntimeClock

    /// The random source used for backoff jitter.
    public var randomSource: any RandomSource

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - baseURL: The URL that operation paths are appended to.
    ///   - credential: The credential for secured operations.
    ///   - timeout: The time one attempt may take.
    ///   - retryPolicy: The retry policy.
    ///   - maxResponseBodyBytes: The largest response body accepted, in bytes.
    ///   - userAgent: The `User-Agent` header value.
    ///   - requestHooks: Functions that may change every request.
    ///   - responseObservers: Functions told about every response.
    ///   - logHandler: The function that receives log records.
    ///   - clock: The clock for waits and time.
    ///   - randomSource: The random source for jitter.
    public init(
        baseURL: URL,
        credential: Credential? = nil,
        timeout: Duration = .seconds(60),
        retryPolicy: RetryPolicy = .standard,
        maxResponseBodyBytes: Int = defaultMaxResponseBodyBytes,
        userAgent: String = SDKVersion.userAgent,
        requestHooks: [RequestHook] = [],
        responseObservers: [ResponseObserver] = [],
        logHandler: LogHandler? = nil,
        clock: any RuntimeClock = SystemClock(),
        randomSource: any RandomSource = SystemRandomSource()
    ) {
        self.baseURL = baseURL
        self.credential = credential
        self.timeout = timeout
        self.retryPolicy = retryPolicy
        self.maxResponseBodyBytes = maxResponseBodyBytes
        self.userAgent = userAgent
        self.requestHooks = requestHooks
        self.responseObservers = responseObservers
        self.logHandler = logHandler
        self.clock = clock
        self.randomSource = randomSource
    }

    private static func builtInURL(_ text: String) -> URL {
        guard let url = URL(string: text) else {
            preconditionFailure("The built-in URL \(text) does not parse.")
        }
        return url
    }
}
