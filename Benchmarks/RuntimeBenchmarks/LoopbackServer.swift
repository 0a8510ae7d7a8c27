import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small, fast HTTP/1.1 server on 127.0.0.1 for the benchmarks: POSIX sockets, one thread per connection,
/// keep-alive, and answers computed by a function of the request target, so its own cost stays far below a client's.
///
/// It reads requests up to the blank line and ignores bodies, which is enough for the GET requests the benchmarks
/// send. It listens on a port the system picks and stops listening when ``stop()`` is called; connections close
/// when their client closes them or the process ends.
final class LoopbackServer: @unchecked Sendable {
    /// An answer: the status code and the JSON body.
    typealias Answer = (status: Int, body: Data)

    /// The port it listens on.
    let port: UInt16

    private let listener: Int32
    private let answer: @Sendable (String) -> Answer

    /// Starts listening on 127.0.0.1 and accepting connections on a thread of its own.
    ///
    /// - Parameter answer: Returns the answer to a request from its target, such as `/tenants/t1?x=1`.
    /// - Throws: `POSIXError` when the socket cannot be opened, bound or listened on.
    init(answer: @escaping @Sendable (String) -> Answer) throws {
        self.answer = answer
        listener = try Self.openListener()
        port = try Self.boundPort(of: listener)
        let thread = Thread { [self] in acceptConnections() }
        thread.start()
    }

    /// The URL of the server's root, such as `http://127.0.0.1:40123`.
    var baseURL: URL {
        guard let url = URL(string: "http://127.0.0.1:\(port)") else { preconditionFailure("a loopback URL is valid") }
        return url
    }

    /// Stops accepting connections.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptConnections() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            var one: Int32 = 1
            setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    /// Answers the requests of one connection until its client closes it.
    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var reader = RequestHeadReader(socket: connection)
        while let target = reader.nextTarget() {
            let (status, body) = answer(target)
            let head =
                "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Not Found")\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.count)\r\nConnection: keep-alive\r\n\r\n"
            guard send(connection, Data(head.utf8) + body) else { return }
        }
    }

    private func send(_ connection: Int32, _ data: Data) -> Bool {
        data.withUnsafeBytes { buffer in
            guard let start = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let written = write(connection, start + offset, buffer.count - offset)
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    private static func openListener() throws -> Int32 {
        #if canImport(Glibc)
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 128) == 0 else {
            close(listener)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        return listener
    }

    private static func boundPort(of listener: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        guard result == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        return UInt16(bigEndian: address.sin_port)
    }
}
