/// Where a model value came from: its place in the source file and its JSON pointer in the document.
public struct Origin: Hashable, Sendable {
    /// The line and column where the value starts.
    public var location: SourceLocation

    /// The value's JSON pointer.
    public var pointer: JSONPointer

    /// Creates an origin.
    public init(location: SourceLocation, pointer: JSONPointer) {
        self.location = location
        self.pointer = pointer
    }
}
