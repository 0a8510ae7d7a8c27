/// Translates the document's operations into the root client, resource clients and methods.
///
/// Operations are grouped by their first tag into resource clients reached from the root client;
/// a tag with a single operation becomes a method on the root client named after the tag. The
/// naming file can place any operation elsewhere and name any method.
struct OperationTranslator {
    let document: Document
    let naming: NamingFile
    let file: String
    var types: TypeTranslator
    var diagnostics: [Diagnostic] = []

    init(document: Document, naming: NamingFile, types: TypeTranslator, file: String) {
        self.document = document
        self.naming = naming
        self.types = types
        self.file = file
    }

    /// Returns the client declarations for every operation of the document.
    mutating func translate() -> ClientDeclarations {
        var resources: [ResourceDeclaration] = []
        var rootMethods: [MethodDeclaration] = []
        var pages: [PageDeclaration] = []
        let operationCounts = Dictionary(document.operations.map { ($0.tags.first ?? "", 1) }, uniquingKeysWith: +)

        for operation in document.operations {
            let tag = operation.tags.first
            let placement = place(operation, tagHasOneOperation: operationCounts[tag ?? ""] == 1)
            var method = translateMethod(operation, named: placement.method, tag: tag)
            if let page = pageDeclaration(for: &method), !pages.contains(where: { $0.typeName == page.typeName }) {
                pages.append(page)
            }

            guard let resource = placement.resource else {
                rootMethods.append(method)
                continue
            }
            if let index = resources.firstIndex(where: { $0.propertyName == resource }) {
                resources[index].methods.append(method)
            } else {
                resources.append(newResource(resource, tag: tag, firstMethod: method))
            }
        }

        return ClientDeclarations(
            rootTypeName: naming.clientTypeName ?? SwiftName.typeName(document.info.title) + "Client",
            servers: servers(),
            resources: resources,
            rootMethods: rootMethods,
            pages: pages
        )
    }

    // MARK: - Placement

    private func place(_ operation: Operation, tagHasOneOperation: Bool) -> NamingFile.Placement {
        let operationID = operation.operationID ?? ""
        if let placement = naming.placements[operationID] {
            return placement
        }
        guard let tag = operation.tags.first else {
            return NamingFile.Placement(resource: nil, method: methodName(operation, tag: nil))
        }
        if tagHasOneOperation {
            return NamingFile.Placement(resource: nil, method: SwiftName.memberName(tag))
        }
        return NamingFile.Placement(resource: SwiftName.memberName(tag), method: methodName(operation, tag: tag))
    }

    private func methodName(_ operation: Operation, tag: String?) -> String {
        guard let operationID = operation.operationID else {
            return SwiftName.memberName("\(operation.method.rawValue) \(operation.path)")
        }
        return MethodNaming.methodName(operationID: operationID, tag: tag, path: operation.path)
    }

    private func newResource(_ name: String, tag: String?, firstMethod: MethodDeclaration) -> ResourceDeclaration {
        let documentation = document.tags.first { $0.name == tag }?.description
        return ResourceDeclaration(
            propertyName: name,
            typeName: SwiftName.typeName(name) + "Client",
            documentation: documentation,
            methods: [firstMethod]
        )
    }

    private func servers() -> [ServerDeclaration] {
        document.servers.enumerated().map { index, server in
            let name = index < naming.serverNames.count ? naming.serverNames[index] : "server\(index + 1)"
            return ServerDeclaration(caseName: name, url: server.url, description: server.description)
        }
    }
}
