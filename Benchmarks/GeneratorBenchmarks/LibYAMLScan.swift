import CYaml

/// The floor under the YAML stage: libyaml's parser run over the bytes, its events freed at once, no nodes built.
enum LibYAMLScan {
    /// Parses the bytes to the end of the stream and returns how many events libyaml produced.
    ///
    /// - Parameter bytes: A YAML document.
    /// - Returns: The event count, or nil when libyaml reports an error.
    static func eventCount(_ bytes: [UInt8]) -> Int? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        yaml_parser_initialize(parser)
        defer {
            yaml_parser_delete(parser)
            parser.deallocate()
        }

        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            var count = 0
            while yaml_parser_parse(parser, &event) == 1 {
                count += 1
                let isEnd = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if isEnd { return count }
            }
            return nil
        }
    }
}
