import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 that answers each connection with the bytes a handler returns.
///
/// It serves one connection at a time on its own thread and closes every connection after answering.
/// It is `@unchecked Sendable` because its mutable state, the recorded requests, is guarded by `lock`.
final class LoopbackServer: @unchecked Sendable {
    /// A request as the server read it.
    struct Request: Sendable {
        var requestLine: String
        var headers: [String: String]
    }

    typealias Handler = @Sendable (Request) -> [UInt8]

    private let socketFD: Int32
    private let lock = NSLock()
    private var received: [Request] = []
    private let handler: Handler

    /// The port the server listens on.
    let port: UInt16

    /// The server's base URL.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    var requests: [Request] { lock.withLock { received } }

    init(handler: @escaping Handler) throws {
        self.handler = handler
        let listening = try LoopbackSocket(backlog: 16)
        socketFD = listening.descriptor
        port = listening.port

        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Stops accepting connections.
    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            let request = readRequest(client)
            lock.withLock { received.append(request) }
            let response = handler(request)
            _ = response.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        }
    }

    private func readRequest(_ client: Int32) -> Request {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !bytes.ends(with: Array("\r\n\r\n".utf8)) {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }

        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(requestLine: lines.first ?? "", headers: headers)
    }

    /// Returns a complete HTTP response.
    static func response(status: Int, headers: [String: String] = [:], body: String = "") -> [UInt8] {
        var head = "HTTP/1.1 \(status) Status\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        for (name, value) in headers {
            head += "\(name): \(value)\r\n"
        }
        return Array((head + "\r\n" + body).utf8)
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
