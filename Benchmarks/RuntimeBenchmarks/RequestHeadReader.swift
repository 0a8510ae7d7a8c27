#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads HTTP/1.1 request heads from a socket, one after another on a keep-alive connection.
struct RequestHeadReader {
    private let socket: Int32
    private var buffer: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 16_384)

    /// Creates a reader over a connected socket.
    init(socket: Int32) {
        self.socket = socket
    }

    /// Reads the next request's head and returns its target, such as `/tenants/t1`, or nil when the connection ends.
    mutating func nextTarget() -> String? {
        while true {
            if let end = headEnd() {
                let head = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(..<(end + 4))
                let parts = head.prefix { $0 != "\r" }.split(separator: " ")
                return parts.count >= 2 ? String(parts[1]) : "/"
            }
            let count = chunk.withUnsafeMutableBytes { read(socket, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
        }
    }

    /// The index of the `\r\n\r\n` that ends the buffered head, or nil when it has not arrived yet.
    private func headEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}
