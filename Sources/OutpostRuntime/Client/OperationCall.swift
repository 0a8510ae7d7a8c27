import Foundation

/// One call of one operation: the attempts, the waits between them, and the final outcome.
struct OperationCall<Output: Sendable> {
    /// How much of a body past the size limit is read for the error's excerpt, in bytes.
    static var oversizedBodyRead: Int { 64 * 1024 }

    let client: RuntimeClient
    let operation: APIOperation<Output>
    let request: HTTPRequest
    let policy: RetryPolicy
    let isIdempotent: Bool
    let startedAt: Date

    private(set) var attempts = 0
    private(set) var refreshedAfterUnauthorized = false
    private var rejectedToken: String?

    /// The token sent with the latest attempt; it is replaced in excerpts wherever it appears.
    private(set) var token: String?

    var configuration: ClientConfiguration { client.configuration }

    init(
        client: RuntimeClient,
        operation: APIOperation<Output>,
        request: HTTPRequest,
        options: RequestOptions,
        isIdempotent: Bool
    ) {
        self.client = client
        self.operation = operation
        self.request = request
        self.policy = options.retryPolicy ?? client.configuration.retryPolicy
        self.isIdempotent = isIdempotent
        self.startedAt = client.configuration.clock.now
    }

    /// Sends the request until it succeeds, fails for good, or the policy runs out.
    mutating func run() async throws -> Output {
        while true {
            try Task.checkCancellation()
            attempts += 1
            let sent = try await authenticated()

            let response: HTTPResponse
            do {
                response = try await client.transport.send(sent)
            } catch {
                let failure = try classify(error)
                try await waitForTransientRetry(or: failure)
                continue
            }

            observe(response, to: sent)
            if let output = try await handle(response) {
                return output
            }
        }
    }

    /// Returns the output for a final response, or `nil` after waiting when the request should be sent again.
    private mutating func handle(_ response: HTTPResponse) async throws -> Output? {
        guard response.body.count <= request.maxResponseBodyBytes else {
            // A transport that does not enforce the limit itself: only the start of the body is read for the excerpt.
            let start = HTTPResponse(
                status: response.status, headers: response.headers, body: response.body.prefix(Self.oversizedBodyRead))
            throw failure(.responseTooLarge(limit: request.maxResponseBodyBytes), response: start)
        }

        if response.status == 401, configuration.credential?.isRefreshable == true, !refreshedAfterUnauthorized {
            refreshedAfterUnauthorized = true
            rejectedToken = token
            return nil
        }

        if response.status == 429 {
            try await waitForRateLimit(response)
            return nil
        }

        if Self.isTransient(response.status) {
            try await waitForTransientRetry(or: failure(.httpStatus(response.status), response: response))
            return nil
        }
        return try decode(response)
    }

    private func decode(_ response: HTTPResponse) throws -> Output {
        guard let expected = operation.expectedResponse(for: response.status) else {
            throw failure(.httpStatus(response.status), response: response)
        }

        do {
            return try expected.decode(response.body)
        } catch {
            let path = JSONBodyCoding.path(of: error)
            throw failure(.decoding(path: path), response: response, underlyingError: error)
        }
    }

    // MARK: - Credentials

    /// Returns the request with the credential's current token, replacing a token the server refused.
    private mutating func authenticated() async throws -> HTTPRequest {
        guard !operation.security.isEmpty else { return request }
        guard let credential = configuration.credential else {
            throw failure(
                .invalidRequest,
                detail: "The operation needs a credential; create the client with one, such as `.apiKey(key)`.")
        }

        let current = try await fetchToken(from: credential)
        rejectedToken = nil
        guard !current.isEmpty, !RuntimeClient.hasLineBreak(current) else {
            throw failure(
                .invalidRequest,
                detail: "The credential for the Authorization header is empty or contains a line break (CR or LF) "
                    + "or NUL; check how it is loaded.")
        }
        token = current

        var signed = request
        signed.headers["Authorization"] = "Bearer " + current
        return signed
    }

    private func fetchToken(from credential: Credential) async throws -> String {
        do {
            return try await credential.token(replacing: rejectedToken)
        } catch let error as CancellationError {
            throw error
        } catch let error as OutpostError {
            throw error
        } catch {
            throw failure(.invalidRequest, detail: "The token provider failed: \(error).", underlyingError: error)
        }
    }
}
