import GeneratorCore

/// Parses YAML text as the file `doc.yaml`.
func parseYAML(_ text: String, limits: YAMLParser.Limits = YAMLParser.Limits()) -> StageResult<Node> {
    YAMLParser(limits: limits).parse(Array(text.utf8), file: "doc.yaml")
}

/// Parses raw bytes as the file `doc.yaml`.
func parseYAML(bytes: [UInt8]) -> StageResult<Node> {
    YAMLParser().parse(bytes, file: "doc.yaml")
}

extension StageResult {
    /// The diagnostics in compiler style, one string each.
    var messages: [String] {
        diagnostics.map(\.description)
    }
}

extension Node {
    /// Follows a path of mapping keys and sequence indices from this node.
    func at(_ path: Any...) -> Node? {
        var node: Node? = self
        for step in path {
            if let index = step as? Int {
                node = node?.sequence.flatMap { index < $0.count ? $0[index] : nil }
            } else if let key = step as? String {
                node = node?[key]
            }
        }
        return node
    }
}
