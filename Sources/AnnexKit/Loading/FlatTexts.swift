import CYaml

/// A translation file that is one mapping of known keys to texts (the program's messages, a
/// language's phrases), read line by line when every line is `key: "text"` (`quotedLines`), else
/// straight from the YAML parser's events: no nodes are built and no scalar's type is worked out,
/// which is most of the cost of reading such a file at every start.
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
        return quotedLines(text, keys: keys) ?? events(text, keys: keys)
    }

    /// The texts of a file whose every line is empty, a comment (`#` first) or `key: "text"` with printable
    /// characters only, `"` and `\` in the text escaped (as the program's messages are written): YAML reads
    /// such a line as that key and that text, so the parser is not needed. Nil for any other file, which is
    /// then read from the parser's events; nil too when a key is unknown, missing or there twice, or a text
    /// blank.
    static func quotedLines<Key: Hashable>(_ text: String, keys: [String: Key]) -> [Key: String]? {
        var text = text
        return text.withUTF8 { bytes in
            var texts: [Key: String] = [:]
            texts.reserveCapacity(keys.count)
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard isPrintable(line) else { return nil }
                if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
                guard let colon = line.firstIndex(of: UInt8(ascii: ":")), line[..<colon].allSatisfy(isKeyByte),
                      line.count - colon >= 4, line[colon + 1] == UInt8(ascii: " "),
                      line[colon + 2] == UInt8(ascii: "\""), line[line.count - 1] == UInt8(ascii: "\""),
                      let value = unquoted(line[(colon + 3)..<(line.count - 1)]), !blank(value),
                      let key = keys[String(decoding: line[..<colon], as: UTF8.self)], texts[key] == nil
                else { return nil }
                texts[key] = value
            }
            return texts.count == keys.count && 1 + 2 * texts.count <= Limits.current.yamlNodes ? texts : nil
        }
    }

    /// The text between a line's double quotes, `\\` and `\"` read as `\` and `"`; nil at a quote or any
    /// other escape (YAML's `\n`, `\u00E9`…, which are left to the parser).
    private static func unquoted(_ quoted: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        guard quoted.contains(where: { $0 == quote || $0 == backslash }) else {
            return String(decoding: quoted, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        var escaped = false
        for byte in quoted {
            if escaped {
                guard byte == quote || byte == backslash else { return nil }
                escaped = false
            } else if byte == backslash {
                escaped = true
                continue
            } else if byte == quote {
                return nil
            }
            bytes.append(byte)
        }
        return escaped ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Whether YAML takes a line as it is: printable characters only (no control character, tab,
    /// byte-order mark or non-character) and no line break of YAML 1.1's (next line, line and paragraph
    /// separator). A line of ASCII is told by its bytes.
    private static func isPrintable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        if line.allSatisfy({ (0x20...0x7E).contains($0) }) { return true }
        guard line.allSatisfy({ $0 >= 0x20 && $0 != 0x7F }) else { return false }
        return String(decoding: line, as: UTF8.self).unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0x10000...: true
            case 0xA0...0xD7FF: scalar.value != 0x2028 && scalar.value != 0x2029
            case 0xE000...0xFFFD: scalar.value != 0xFEFF
            default: false
            }
        }
    }

    /// A byte of a message's or phrase's key: a lower-case ASCII letter, a digit, `.` or `_`.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }

    /// The texts of a flat mapping, read from libyaml's events.
    private static func events<Key: Hashable>(_ text: String, keys: [String: Key]) -> [Key: String]? {
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
                    // A byte-order mark inside a text is left to the full reading, which reads it otherwise.
                    if FlatTexts.blank(value) || value.unicodeScalars.contains("\u{FEFF}") { return false }
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
