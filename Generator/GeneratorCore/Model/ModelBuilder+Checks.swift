extension ModelBuilder {
    /// Reports every `$ref` that designates nothing of its kind, or that runs in a cycle.
    mutating func checkReferences() {
        let resolver = ReferenceResolver(root: root, index: index)
        for problem in resolver.check(pendingReferences) {
            error(problem.message, at: problem.origin)
        }
    }

    /// Reports security requirements that name a scheme the components do not define.
    mutating func checkSecuritySchemeNames(_ components: Components) {
        for use in schemeUses where components.securitySchemes[use.name] == nil {
            error("security requirement names undefined security scheme '\(use.name)'", at: use.origin)
        }
    }

    /// Reports path parameters missing from their path template, and template variables without a parameter.
    mutating func checkPathTemplates(_ paths: OrderedMap<PathItem>) {
        for item in paths.values {
            let variables = Set(Self.templateVariables(in: item.path))
            let shared = pathParameters(item.parameters)
            reportParameters(shared, missingFrom: variables, path: item.path)

            for operation in item.operations {
                let own = pathParameters(operation.parameters)
                reportParameters(own, missingFrom: variables, path: item.path)

                let declared = Set((shared + own).map(\.parameter.name))
                for variable in Self.templateVariables(in: item.path) where !declared.contains(variable) {
                    let message = "path template variable '\(variable)' has no path parameter"
                    error(message, at: operation.origin)
                }
            }
        }
    }

    /// Returns the path parameters of a list with where each is used, skipping references that resolve to nothing.
    private func pathParameters(
        _ parameters: [Referenceable<Parameter>]
    ) -> [(parameter: Parameter, origin: Origin)] {
        parameters.compactMap { item in
            var current = item
            var steps = 0
            while case .reference(let reference) = current, steps < 64 {
                guard let next = index.parameters[reference.target] else { return nil }
                current = next
                steps += 1
            }
            guard let parameter = current.value, parameter.location == .path else { return nil }
            return (parameter, item.reference?.origin ?? parameter.origin)
        }
    }

    private mutating func reportParameters(
        _ parameters: [(parameter: Parameter, origin: Origin)],
        missingFrom variables: Set<String>,
        path: String
    ) {
        for (parameter, origin) in parameters where !variables.contains(parameter.name) {
            error("path parameter '\(parameter.name)' does not appear in the path '\(path)'", at: origin)
        }
    }
}
