/// A function that receives the client's log records; logging is off unless one is configured.
public typealias LogHandler = @Sendable (LogRecord) -> Void

/// One log line from the client, with credentials already redacted.
public struct LogRecord: Hashable, Sendable {
    /// How much a log record matters.
    public enum Level: Int, Hashable, Sendable, Comparable {
        /// Request and response detail: header fields and body excerpts.
        case debug

        /// One line per request and response.
        case info

        /// A retry or a recoverable problem.
        case warning

        /// Returns whether one level is less severe than another.
        ///
        /// - Parameters:
        ///   - lhs: A level.
        ///   - rhs: Another level.
        /// - Returns: `true` when `lhs` is less severe.
        public static func < (lhs: Level, rhs: Level) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    /// The record's level.
    public var level: Level

    /// The `operationId` of the call the record is about.
    public var operationID: String

    /// The log line.
    public var message: String

    /// Creates a log record.
    ///
    /// - Parameters:
    ///   - level: The record's level.
    ///   - operationID: The call's `operationId`.
    ///   - message: The log line, already redacted.
    public init(level: Level, operationID: String, message: String) {
        self.level = level
        self.operationID = operationID
        self.message = message
    }
}
