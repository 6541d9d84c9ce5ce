import CYaml

/// A translation file that is one mapping of known keys to texts (the program's messages, a
/// language's phrases), read straight from the YAML parser's events: no nodes are built and no
/// scalar's type is worked out, which is most of the cost of reading such a file at every start.
///
/// It takes only what the full reading (`TranslationFile.keyed`) takes without a problem: one
/// document, one mapping, every key of `Key` exactly once, each with a text that is not only spaces, no anchors,
/// aliases or tags. Anything else gives nil, and the caller reads the file in full, which names
/// each problem with its line. The keys are dotted names, which YAML always reads as texts.
enum FlatTexts {
    /// The text of every key of `Key` in `text`, or nil when the file is anything but such a mapping.
    static func read<Key: RawRepresentable & CaseIterable & Hashable>(_ text: String, as _: Key.Type)
        -> [Key: String]? where Key.RawValue == String
    {
        let keys = Dictionary(uniqueKeysWithValues: Key.allCases.map { ($0.rawValue, $0) })
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard !bytes.isEmpty, yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> [Key: String]? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var reader = Reader(keys: keys)
            reader.texts.reserveCapacity(keys.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return reader.texts(limits: .current) }
                guard reader.visit(event) else { return nil }
            }
        }
    }

    /// Whether `value` is white space only; told by its first byte that is no ASCII white space (tab to
    /// carriage return, space) when that is ASCII (a text's first letter, mostly), without working
    /// out its characters.
    static func blank(_ value: String) -> Bool {
        if let first = value.utf8.first(where: { !(0x09...0x0D).contains($0) && $0 != 0x20 }), first < 0x80 {
            return false
        }
        return value.allSatisfy(\.isWhitespace)
    }

    /// Follows the events of a flat mapping; `visit` is false at the first event that does not fit.
    private struct Reader<Key: Hashable> {
        let keys: [String: Key]
        var texts: [Key: String] = [:]
        var documents = 0
        var mappings = 0
        var inMapping = false
        /// The key whose text comes next; nil when a key comes next.
        var key: Key?

        mutating func visit(_ event: yaml_event_t) -> Bool {
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents == 1
            case YAML_MAPPING_START_EVENT:
                mappings += 1
                inMapping = true
                let start = event.data.mapping_start
                return mappings == 1 && start.anchor == nil && start.tag == nil
            case YAML_MAPPING_END_EVENT:
                inMapping = false
                return key == nil
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard inMapping, scalar.anchor == nil, scalar.tag == nil, scalar.length > 0,
                      let start = scalar.value else { return false }
                let value = String(decoding: UnsafeBufferPointer(start: start, count: scalar.length), as: UTF8.self)
                if let key {
                    if FlatTexts.blank(value) { return false }
                    texts[key] = value
                    self.key = nil
                    return true
                }
                guard let named = keys[value], texts[named] == nil else { return false }
                key = named
                return true
            default:
                return false
            }
        }

        /// Every key's text, when every key was there and the file is within the node limit.
        func texts(limits: Limits) -> [Key: String]? {
            texts.count == keys.count && !inMapping && mappings == 1 && 1 + 2 * texts.count <= limits.yamlNodes
                ? texts : nil
        }
    }
}
