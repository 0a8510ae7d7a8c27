/// Renders the client declarations: the root client with its servers, the resource clients and
/// the operation descriptors the methods send.
public struct ClientRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// Returns the root client: its type, its servers and the methods placed on it.
    public func renderRootClient(_ clients: ClientDeclarations, documentation: String?) -> String {
        var writer = SourceWriter()
        writer.documentation(documentation)
        writer.block("public struct \(clients.rootTypeName): Sendable") { writer in
            writeRuntimeStorage(&writer, typeName: clients.rootTypeName)
            for resource in clients.resources {
                writer.line()
                writer.documentation(resource.documentation ?? "The \(resource.propertyName) operations.")
                writer.line(
                    "public var \(resource.propertyName): \(resource.typeName) { "
                        + "\(resource.typeName)(runtime: runtime) }"
                )
            }
            for method in clients.rootMethods {
                writer.line()
                MethodRenderer(method: method).write(into: &writer)
            }
        }
        writeServers(clients, into: &writer)
        return writer.text
    }

    /// Returns every resource client.
    public func renderResources(_ clients: ClientDeclarations) -> String {
        var writer = SourceWriter()
        for (index, resource) in clients.resources.enumerated() {
            if index > 0 { writer.line() }
            writer.documentation(resource.documentation ?? "The \(resource.propertyName) operations.")
            writer.block("public struct \(resource.typeName): Sendable") { writer in
                writeRuntimeStorage(&writer, typeName: resource.typeName)
                for method in resource.methods {
                    writer.line()
                    MethodRenderer(method: method).write(into: &writer)
                }
            }
        }
        return writer.text
    }

    /// Returns the operation descriptors and the page conformances.
    public func renderOperations(_ clients: ClientDeclarations) -> String {
        var writer = SourceWriter()
        let methods = clients.rootMethods + clients.resources.flatMap(\.methods)
        writer.line("/// The description of every operation of the document, as the runtime sends it.")
        writer.block("enum Operations") { writer in
            for (index, method) in methods.enumerated() {
                if index > 0 { writer.line() }
                OperationDescriptorRenderer(method: method).write(into: &writer)
            }
        }
        for page in clients.pages {
            writer.line()
            writePage(page, into: &writer)
        }
        return writer.text
    }

    // MARK: - Pieces

    private func writeRuntimeStorage(_ writer: inout SourceWriter, typeName: String) {
        writer.line("/// The runtime client that sends every request.")
        writer.line("public let runtime: RuntimeClient")
        writer.line()
        writer.line("/// Creates a client that sends its requests through the given runtime client.")
        writer.line("///")
        writer.line("/// - Parameter runtime: The runtime client, which holds the configuration and the transport.")
        writer.block("public init(runtime: RuntimeClient)") { writer in
            writer.line("self.runtime = runtime")
        }
    }

    private func writeServers(_ clients: ClientDeclarations, into writer: inout SourceWriter) {
        guard !clients.servers.isEmpty else { return }
        writer.line()
        writer.block("extension \(clients.rootTypeName)") { writer in
            writer.line("/// The servers the API document names.")
            writer.block("public enum Server: String, CaseIterable, Sendable") { writer in
                for server in clients.servers {
                    writer.documentation(server.description ?? server.url)
                    writer.line("case \(SwiftName.escaped(server.caseName)) = \(server.url.swiftLiteral)")
                }
                writer.line()
                writer.line("/// The server's base URL, which operation paths are appended to.")
                writer.block("public var url: URL") { writer in
                    writer.block("guard let url = URL(string: rawValue) else") { writer in
                        writer.line("preconditionFailure(\"the generator checked that '\\(rawValue)' is a URL\")")
                    }
                    writer.line("return url")
                }
            }
        }
    }

    private func writePage(_ page: PageDeclaration, into writer: inout SourceWriter) {
        let items = "\(page.itemsProperty)\(page.itemsAreOptional ? " ?? []" : "")"
        let pagination = "\(page.paginationProperty)\(page.paginationIsOptional ? "?" : "")"
        writer.block("extension \(page.typeName): CursorPage") { writer in
            writer.line("/// The items of this page.")
            writer.line("public var items: [\(page.itemType.source)] { \(items) }")
            writer.line()
            writer.line("/// The cursor of the next page, or nil on the last page.")
            writer.line("public var nextCursor: String? { \(pagination).\(page.nextProperty) }")
            writer.line()
            writer.line("/// The cursor of the previous page, or nil on the first page.")
            writer.line("public var prevCursor: String? { \(pagination).\(page.prevProperty) }")
        }
    }
}
