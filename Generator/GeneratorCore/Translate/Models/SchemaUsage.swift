/// The directions a value travels in: sent by the client, received from the server, or both.
///
/// Usage decides the shape of a struct: `readOnly` properties stay out of request-only structs and
/// `writeOnly` ones out of response-only structs; optional nullable properties of request-only
/// structs are `PatchField`s, which tell "leave unchanged", "clear" and "set" apart.
public enum SchemaUsage: Hashable, Sendable {
    /// Sent by the client only.
    case request
    /// Received from the server only.
    case response
    /// Sent and received.
    case both

    /// Returns the usage of a value used in this direction and in another.
    func combined(with other: SchemaUsage) -> SchemaUsage {
        self == other ? self : .both
    }
}
