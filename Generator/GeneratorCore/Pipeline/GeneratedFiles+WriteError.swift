extension GeneratedFiles {
    /// Why the generated files could not be written; nothing was written then, unless the message names a file
    /// or folder that could not be put back as it was.
    public struct WriteError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What went wrong, lowercase and without a trailing period.
        public var message: String

        /// Creates an error with its message.
        public init(message: String) {
            self.message = message
        }

        /// The message.
        public var description: String {
            message
        }
    }
}
