import Foundation

extension OperationCall {
    /// Returns the runtime's error for a transport's failure, rethrowing cancellation as it is.
    func classify(_ error: any Error) throws -> OutpostError {
        if error is CancellationError || Task.isCancelled {
            throw CancellationError()
        }
        if let error = error as? OutpostError {
            return error
        }

        guard let transportFailure = error as? TransportFailure else {
            return failure(.transport, underlyingError: error)
        }
        // The status and whatever body arrived before the failure go into the error, for diagnosis, redacted; the
        // underlying failure keeps its reason and cause but not the raw response, which may hold the credential.
        let partial = transportFailure.partialResponse
        let cause = TransportFailure(transportFailure.reason, underlyingError: transportFailure.underlyingError)
        switch transportFailure.reason {
        case .timedOut:
            return failure(.timeout, response: partial, underlyingError: cause)
        case .responseTooLarge:
            let kind = OutpostError.Kind.responseTooLarge(limit: request.maxResponseBodyBytes)
            return failure(kind, response: partial, underlyingError: cause)
        case .connectionFailed, .other:
            return failure(.transport, response: partial, underlyingError: cause)
        }
    }

    /// Returns an error for this call, filled with what the response, if any, tells.
    ///
    /// The response may be partial, as a transport reports it with a failure: its body is then only the start.
    func failure(
        _ kind: OutpostError.Kind,
        response: HTTPResponse? = nil,
        detail: String? = nil,
        underlyingError: (any Error)? = nil
    ) -> OutpostError {
        var error = OutpostError(
            kind: kind, operationID: operation.id, method: request.method, url: request.url, detail: detail,
            attempts: attempts, underlyingError: underlyingError)
        guard let response else { return error }

        error.status = response.status
        error.headers = Redaction.redactHeaders(response.headers, knownSecrets: knownSecrets)
        error.rateLimit = RateLimit.parse(response.headers)
        error.bodyExcerpt = Redaction.excerpt(of: response.body, knownSecrets: knownSecrets)
        if !(200...299).contains(response.status), !response.body.isEmpty {
            error.errorBody = (try? JSONBodyCoding.decode(APIErrorBody.self, from: response.body))
                .map { Redaction.redactErrorBody($0, knownSecrets: knownSecrets) }
        }
        return error
    }

    /// Tells the observers and the log handler about a response.
    func observe(_ response: HTTPResponse, to sent: HTTPRequest) {
        // Redacting the header fields costs more than the rest of the client's own work on a response, so a client
        // that nobody watches skips it.
        guard !configuration.responseObservers.isEmpty || configuration.logHandler != nil else { return }
        let headers = Redaction.redactHeaders(response.headers, knownSecrets: knownSecrets)
        let observed = ObservedResponse(
            operationID: operation.id, method: sent.method, url: sent.url, status: response.status,
            headers: headers, rateLimit: RateLimit.parse(response.headers), attempt: attempts)
        for observer in configuration.responseObservers {
            observer(observed)
        }

        guard configuration.logHandler != nil else { return }
        log(.info, "\(sent.method) \(sent.url) answered \(response.status) on attempt \(attempts).")
        log(.debug, "Request headers:\n\(sent.headers)")
        let excerpt = Redaction.excerpt(of: response.body, knownSecrets: knownSecrets) ?? "(empty)"
        log(.debug, "Response headers:\n\(headers)\nResponse body: \(excerpt)")
    }

    /// Sends a log record when a log handler is configured.
    func log(_ level: LogRecord.Level, _ message: @autoclosure () -> String) {
        guard let handler = configuration.logHandler else { return }
        handler(LogRecord(level: level, operationID: operation.id, message: message()))
    }

    private var knownSecrets: [String] {
        var secrets = token.map { [$0] } ?? []
        switch configuration.credential {
        case .apiKey(let key), .tenantToken(let key):
            secrets.append(key)
        default:
            break
        }
        return secrets
    }
}
