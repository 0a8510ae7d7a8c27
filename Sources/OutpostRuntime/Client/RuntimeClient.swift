import Foundation

/// The executor generated methods call: it builds, authenticates, sends, retries and decodes one operation.
///
/// A generated resource method fills an ``OperationInput`` and returns
/// `try await client.send(Operations.getTenant, input, options: options)`.
public struct RuntimeClient: Sendable {
    /// The client's settings.
    public var configuration: ClientConfiguration

    /// The transport that sends requests.
    public var transport: any HTTPTransport

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - configuration: The client's settings.
    ///   - transport: The transport; URLSession unless given.
    public init(configuration: ClientConfiguration, transport: any HTTPTransport = URLSessionTransport()) {
        self.configuration = configuration
        self.transport = transport
    }

    /// Sends one operation, retrying as the policy allows, and returns its decoded output.
    ///
    /// - Parameters:
    ///   - operation: The operation's description.
    ///   - input: The call's parameters and body.
    ///   - options: Per-call settings that override the configuration.
    /// - Returns: The output decoded from the successful response.
    /// - Throws: ``OutpostError`` when the request is invalid, no response arrives, the server answers with a
    ///   status the operation does not expect, or the body does not decode; `CancellationError` when the
    ///   calling task is cancelled, also during a wait.
    public func send<Output>(
        _ operation: APIOperation<Output>,
        _ input: OperationInput,
        options: RequestOptions = RequestOptions()
    ) async throws -> Output {
        let request = try await makeRequest(operation, input, options: options)
        var call = OperationCall(
            client: self, operation: operation, request: request, options: options,
            isIdempotent: input.isIdempotent ?? operation.method.isIdempotent)
        return try await call.run()
    }

    /// Builds the request a call would send, without its credential, after the request hooks have run.
    ///
    /// - Parameters:
    ///   - operation: The operation's description.
    ///   - input: The call's parameters and body.
    ///   - options: Per-call settings.
    /// - Returns: The request.
    /// - Throws: ``OutpostError`` of kind ``OutpostError/Kind/invalidRequest`` when a path parameter is missing or
    ///   empty, a header's name is not a token or its value holds a line break (also one a hook set), the body
    ///   does not encode, or a hook throws.
    public func makeRequest<Output>(
        _ operation: APIOperation<Output>,
        _ input: OperationInput,
        options: RequestOptions = RequestOptions()
    ) async throws -> HTTPRequest {
        func invalid(_ detail: String, _ cause: (any Error)? = nil) -> OutpostError {
            OutpostError(
                kind: .invalidRequest, operationID: operation.id, method: operation.method, url: nil,
                detail: detail, attempts: 0, underlyingError: cause)
        }

        if let problem = input.parameterProblems.first {
            throw invalid(problem)
        }

        let url: URL
        do {
            url = try RequestBuilder(baseURL: configuration.baseURL).url(
                pathTemplate: operation.pathTemplate, input: input)
        } catch {
            throw invalid(error.message)
        }

        var request = HTTPRequest(
            method: operation.method, url: url, headers: headers(input: input, options: options),
            timeout: options.timeout ?? configuration.timeout,
            maxResponseBodyBytes: configuration.maxResponseBodyBytes)
        try encodeBody(input.body, into: &request, invalid)

        for hook in configuration.requestHooks {
            do {
                try await hook(&request)
            } catch let error as CancellationError {
                throw error
            } catch {
                throw invalid("A request hook failed: \(error).", error)
            }
        }

        // Checked after the hooks, so that a field a hook sets cannot inject others either.
        if let problem = request.headers.unsafeFieldProblem() {
            throw invalid(problem)
        }
        return request
    }

    private func headers(input: OperationInput, options: RequestOptions) -> HTTPHeaders {
        var headers: HTTPHeaders = ["User-Agent": configuration.userAgent, "Accept": "application/json"]
        for field in input.headers.fields + options.headers.fields {
            headers[field.name] = field.value
        }
        headers.removeAll(named: "Authorization")
        return headers
    }

    private func encodeBody(
        _ body: RequestBody?,
        into request: inout HTTPRequest,
        _ invalid: (String, (any Error)?) -> OutpostError
    ) throws {
        switch body {
        case nil:
            return
        case .data(let data, let contentType):
            request.body = data
            request.headers["Content-Type"] = contentType
        case .json(let value, let contentType):
            do {
                request.body = try JSONBodyCoding.encode(value)
            } catch {
                throw invalid("The request body could not be encoded as JSON: \(error).", error)
            }
            request.headers["Content-Type"] = contentType
        }
    }

    static func hasLineBreak(_ text: String) -> Bool {
        HTTPHeaders.hasLineBreak(text)
    }
}
