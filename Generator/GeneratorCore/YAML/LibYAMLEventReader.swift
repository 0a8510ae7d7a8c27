internal import CYaml

/// Reads events from libyaml's parser over a byte buffer.
///
/// This is the only place that touches libyaml's types, and the only place that converts its
/// 0-based marks into 1-based locations.
final class LibYAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>

    /// Creates a reader over a copy of the bytes.
    init(bytes: [UInt8]) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// Returns the next event.
    ///
    /// - Throws: `YAMLSyntaxError` when libyaml cannot read, scan or parse the input; the reader
    ///   cannot go on after that.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        return YAMLEvent(kind: Self.kind(of: event), location: SourceLocation(event.start_mark))
    }

    private static func kind(of event: yaml_event_t) -> YAMLEvent.Kind {
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: string(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            return scalarKind(event.data.scalar)
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: string(event.data.sequence_start.anchor))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: string(event.data.mapping_start.anchor))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            return .streamEnd
        }
    }

    private static func scalarKind(_ data: yaml_event_t.__Unnamed_union_data.__Unnamed_struct_scalar) -> YAMLEvent.Kind
    {
        let text = data.value.map { pointer in
            String(decoding: UnsafeBufferPointer(start: pointer, count: data.length), as: UTF8.self)
        }
        let style: Scalar.Style =
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
        let scalar = Scalar(text: text ?? "", style: style, tag: string(data.tag))
        return .scalar(scalar, anchor: string(data.anchor))
    }

    private func currentError() -> YAMLSyntaxError {
        let state = parser.pointee
        let problem = Self.string(state.problem) ?? "the YAML parser failed"

        // The reader knows only the byte offset; the scanner and parser keep marks.
        if state.error == YAML_READER_ERROR {
            var message = problem
            if state.problem_value != -1 {
                let hex = String(UInt8(truncatingIfNeeded: state.problem_value), radix: 16, uppercase: true)
                message += " (byte 0x\(hex.count == 1 ? "0" : "")\(hex))"
            }
            return YAMLSyntaxError(problem: message, position: .byteOffset(Int(state.problem_offset)), context: nil)
        }

        let context = Self.string(state.context).map { ($0, SourceLocation(state.context_mark)) }
        return YAMLSyntaxError(problem: problem, position: .mark(SourceLocation(state.problem_mark)), context: context)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}

extension SourceLocation {
    /// Converts libyaml's 0-based mark into a 1-based location.
    fileprivate init(_ mark: yaml_mark_t) {
        self.init(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
