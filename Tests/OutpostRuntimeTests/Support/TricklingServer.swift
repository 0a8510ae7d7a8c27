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
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        socketFD = fd
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 4) == 0 else { throw POSIXError(.EADDRINUSE) }

        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
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
