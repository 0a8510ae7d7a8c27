/// Makes larger documents from `openapi.yaml` by repeating its paths and component schemas under new names.
///
/// It expects what `openapi.yaml` has: `schemas` as the last member of `components`, and `paths` as the last
/// top-level key. References and operation IDs are renamed with their targets, so every copy is a complete,
/// valid part of the document, and the result has `copies` times the operations and schemas.
enum DocumentEnlarger {
    /// Returns the document with its paths and schemas `copies` times over, the document itself for one copy,
    /// or nil when its layout is not the one this expects.
    ///
    /// - Parameters:
    ///   - text: The document.
    ///   - copies: How many times the paths and schemas appear in the result.
    /// - Returns: The enlarged document.
    static func enlarged(_ text: String, copies: Int) -> String? {
        guard copies > 1 else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let schemasStart = lines.firstIndex(of: "  schemas:"),
            let schemasEnd = lines[(schemasStart + 1)...].firstIndex(where: { !$0.isEmpty && !$0.hasPrefix(" ") }),
            let pathsStart = lines.firstIndex(of: "paths:"), pathsStart > schemasEnd
        else { return nil }

        let schemaBlock = lines[(schemasStart + 1)..<schemasEnd]
        let pathBlock = lines[(pathsStart + 1)...]
        var result = Array(lines[..<schemasEnd])
        for copy in 2...copies {
            result += schemaBlock.map { renamed($0, copy: copy, isSchemaBlock: true) }
        }
        result += lines[schemasEnd...]
        for copy in 2...copies {
            result += pathBlock.map { renamed($0, copy: copy, isSchemaBlock: false) }
        }
        return result.joined(separator: "\n")
    }

    /// Returns a line of a copied block with its path template, schema name, references and operation ID renamed.
    private static func renamed(_ line: String, copy: Int, isSchemaBlock: Bool) -> String {
        var text = line.replacingOccurrences(of: "#/components/schemas/", with: "#/components/schemas/C\(copy)")
        text = text.replacingOccurrences(of: "operationId: ", with: "operationId: c\(copy)")
        if !isSchemaBlock, text.hasPrefix("  /") {
            return "  /c\(copy)" + text.dropFirst(2)
        }
        if isSchemaBlock, text.hasPrefix("    "), !text.hasPrefix("     "), text.hasSuffix(":") {
            return "    C\(copy)" + text.dropFirst(4)
        }
        return text
    }
}
