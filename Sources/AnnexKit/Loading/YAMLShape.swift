import CYaml

/// Checks the shape of a YAML text on the parser's events, before Yams builds any node, and refuses
/// what would make building or decoding the nodes explode:
/// - nesting deeper than `Limits.yamlDepth`;
/// - more than `Limits.yamlNodes` nodes once aliases are expanded (an alias counts as the nodes it
///   stands for, so an 'alias bomb' of a few hundred bytes is refused at once);
/// - a list or a mapping used as a key (also through an alias): keys are texts.
///
/// Syntax errors are found here too, with their line and column.
enum YAMLShape {
    /// What is wrong and where (1-based line and column).
    struct Problem: Error, Equatable {
        let reason: MessageText
        let line: Int
        let column: Int
    }

    /// The first problem of `text`, or nil when its shape is fine.
    static func problem(in text: String, limits: Limits = .current) -> Problem? {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Problem(reason: MessageText(.yamlNoMemory), line: 1, column: 1)
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var walker = Walker(limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let detail = parser.problem.map { String(cString: $0) } ?? "?"
                    return Problem(
                        reason: MessageText(.yamlInvalidDetail, ["detail": "\(detail)"]),
                        line: Int(parser.problem_mark.line) + 1,
                                   column: Int(parser.problem_mark.column) + 1)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = walker.visit(event) { return problem }
            }
        }
    }

    /// Follows the events: open lists and mappings, the size of every anchored node, the total.
    private struct Walker {
        struct Frame {
            let isMapping: Bool
            let anchor: String?
            /// Nodes in this collection so far, itself included, aliases expanded.
            var size = 1
            /// In a mapping: whether the next node is a key.
            var expectsKey: Bool
        }

        let limits: Limits
        var frames: [Frame] = []
        /// Per anchor: the nodes it stands for, and whether it is a list or a mapping.
        var anchors: [String: (size: Int, isCollection: Bool)] = [:]
        var total = 0

        mutating func visit(_ event: yaml_event_t) -> Problem? {
            let mark = event.start_mark
            func problem(_ reason: MessageText) -> Problem {
                Problem(reason: reason, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            }
            let keyProblem = MessageText(.yamlCollectionKey)
            switch event.type {
            case YAML_SCALAR_EVENT:
                return node(size: 1, isCollection: false, anchor: Self.name(event.data.scalar.anchor), problem)
            case YAML_ALIAS_EVENT:
                let name = Self.name(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[name] else {
                    return problem(MessageText(.yamlUnknownAlias, ["alias": "\(name)"]))
                }
                if anchored.isCollection && frames.last?.expectsKey == true { return problem(keyProblem) }
                return node(size: anchored.size, isCollection: anchored.isCollection, anchor: nil, problem)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if frames.last?.expectsKey == true { return problem(keyProblem) }
                guard frames.count < limits.yamlDepth else {
                    return problem(MessageText(.yamlTooDeep, ["limit": .number(limits.yamlDepth)]))
                }
                total += 1
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                frames.append(Frame(isMapping: isMapping, anchor: anchor, expectsKey: isMapping))
                return total > limits.yamlNodes ? problem(tooLarge) : nil
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = frames.removeLast()
                if let anchor = frame.anchor { anchors[anchor] = (frame.size, true) }
                completed(frame.size)
                return nil
            default:
                return nil
            }
        }

        var tooLarge: MessageText { MessageText(.yamlTooLarge, ["limit": .number(limits.yamlNodes)]) }

        /// A scalar or an alias of `size` nodes.
        private mutating func node(size: Int, isCollection: Bool, anchor: String?,
                                   _ problem: (MessageText) -> Problem) -> Problem? {
            total += size
            if total > limits.yamlNodes { return problem(tooLarge) }
            if let anchor { anchors[anchor] = (size, isCollection) }
            completed(size)
            return nil
        }

        /// A node of `size` nodes is complete: it counts in its parent, and in a mapping a key is
        /// followed by a value and a value by a key.
        private mutating func completed(_ size: Int) {
            guard !frames.isEmpty else { return }
            frames[frames.count - 1].size += size
            if frames[frames.count - 1].isMapping { frames[frames.count - 1].expectsKey.toggle() }
        }

        private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: $0) }
        }
    }
}
