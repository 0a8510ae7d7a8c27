import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A one-connection-at-a-time HTTP server on 127.0.0.1 that sends a response head at once and then its body one
/// byte at a time, with a pause before each byte, so the connection is never idle for long yet the answer is slow.
///
/// It stops sending when the client goes away, and every answer ends after `body.count` pauses at most.
/// It is `@unchecked Sendable` because its state is immutable after `init` except the socket, closed once.
final class TricklingServer: @unchecked Sendable {
    private let socketFD: Int32
    private let body: [UInt8]
    private let pause: Duration

    /// The port the server listens on.
    let port: UInt16

    /// The server's base URL.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Starts a server that answers every request with `200`, a JSON body and its full `Content-Length`.
    init(body: String, pause: Duration) throws {
        self.body = Array(body.utf8)
        self.pause = pause
        let listening = try LoopbackSocket(backlog: 4)
        socketFD = listening.descriptor
        port = listening.port
        Thread { [self] in serve() }.start()
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
            answer(client)
            close(client)
        }
    }

    private func answer(_ client: Int32) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        _ = recv(client, &buffer, buffer.count, 0)

        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        guard write(client, Array(head.utf8)) else { return }
        let parts = pause.components
        let microseconds = useconds_t(parts.seconds * 1_000_000 + parts.attoseconds / 1_000_000_000_000)
        for byte in body {
            usleep(microseconds)
            guard write(client, [byte]) else { return }
        }
    }

    private func write(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == bytes.count
    }
}
