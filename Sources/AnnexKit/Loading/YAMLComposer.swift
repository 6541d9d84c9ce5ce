import CYaml
import Yams

/// Composes a plain YAML document into Yams' nodes in one pass over libyaml's events: the tree
/// `YAMLDocument` would get from `YAMLShape`'s check, Yams' `compose` with the basic resolver and
/// `PlainScalarType.typed` (or, with `textOnly`, without the typing), which read the text twice and
/// build every node twice. It takes only what that path would accept without a problem and without
/// changing the resolver: one document, no tags (nor, unless `textOnly`, a `!` anywhere in the text),
/// no anchors or aliases, no key that is a list or a mapping, no key twice in a mapping, every key a
/// text, within `Limits.yamlDepth` and `Limits.yamlNodes`. For anything else it gives nil, and the
/// document is read as before, which finds and words its problems. A tree composed here is one that
/// `NodeDecoding` takes as it is. The tests compare its trees with the other path's, marks included.
enum YAMLComposer {
    /// The root of `text` composed, or nil where the document must be read by Yams (see the type).
    static func compose(_ text: String, textOnly: Bool, limits: Limits = .current) -> Node? {
        var text = text
        return text.withUTF8 { bytes -> Node? in
            guard Self.markLayoutHolds, !bytes.isEmpty, textOnly || !bytes.contains(UInt8(ascii: "!")) else {
                return nil
            }
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = Builder(textOnly: textOnly, limits: limits)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                switch builder.take(event) {
                case .more: continue
                case .done(let root): return root
                case .declined: return nil
                }
            }
        }
    }

    /// What an event left the composition at.
    private enum Step {
        case more
        case done(Node)
        case declined
    }

    /// The open lists and mappings, the document's stage and its count of nodes.
    private struct Builder {
        /// An open list or mapping.
        struct Frame {
            let mark: Mark
            let isMapping: Bool
            var items: [Node] = []
            var pairs: [(Node, Node)] = []
            /// In a mapping, the key whose value comes next.
            var key: Node?
            var keys: Set<String> = []
        }

        let textOnly: Bool
        let limits: Limits
        /// One constructor for every tag, as Yams' parser and `PlainScalarType` each have one.
        let constructor = Constructor.default
        var frames: [Frame] = []
        var nodes = 0
        var root: Node?
        var documentStarted = false

        init(textOnly: Bool, limits: Limits) {
            self.textOnly = textOnly
            self.limits = limits
        }

        mutating func take(_ event: yaml_event_t) -> Step {
            let mark = Self.mark(event.start_mark)
            switch event.type {
            case YAML_STREAM_START_EVENT:
                return .more
            case YAML_DOCUMENT_START_EVENT:
                guard !documentStarted else { return .declined }
                documentStarted = true
                return .more
            case YAML_DOCUMENT_END_EVENT:
                return .more
            case YAML_STREAM_END_EVENT:
                return root.map(Step.done) ?? .declined
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.tag == nil, scalar.anchor == nil else { return .declined }
                let style = Node.Scalar.Style(rawValue: numericCast(scalar.style.rawValue)) ?? .any
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                // Yams reads a scalar through Foundation, which may drop a leading byte order mark.
                guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return .declined }
                let string = String(decoding: bytes, as: UTF8.self)
                let name: Tag.Name
                if style == .plain {
                    name = textOnly ? .implicit : PlainScalarType.tag(of: string)
                } else {
                    name = scalar.quoted_implicit == 1 ? .str : .implicit
                }
                return add(.scalar(Node.Scalar(string, Tag(name, .basic, constructor), style, mark)), key: string)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let (tag, anchor) = isMapping ? (event.data.mapping_start.tag, event.data.mapping_start.anchor)
                    : (event.data.sequence_start.tag, event.data.sequence_start.anchor)
                guard tag == nil, anchor == nil, frames.last.map({ !$0.isMapping || $0.key != nil }) ?? true,
                      frames.count < limits.yamlDepth else { return .declined }
                nodes += 1
                guard nodes <= limits.yamlNodes else { return .declined }
                frames.append(Frame(mark: mark, isMapping: isMapping))
                return .more
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let frame = frames.removeLast()
                let tag = Tag(.implicit, .basic, constructor)
                let node: Node = frame.isMapping ? .mapping(Node.Mapping(frame.pairs, tag, .any, frame.mark))
                    : .sequence(Node.Sequence(frame.items, tag, .any, frame.mark))
                nodes -= 1
                return add(node, key: nil)
            default:
                return .declined
            }
        }

        /// Places a complete node in its list or mapping, or as the root; a key must be a text
        /// (`key`) not yet in its mapping, and must count as one (a plain scalar typed as a text).
        private mutating func add(_ node: Node, key: String?) -> Step {
            nodes += 1
            guard nodes <= limits.yamlNodes else { return .declined }
            guard !frames.isEmpty else {
                root = node
                return .more
            }
            let last = frames.count - 1
            guard frames[last].isMapping else {
                frames[last].items.append(node)
                return .more
            }
            guard let pending = frames[last].key else {
                guard let key, frames[last].keys.insert(key).inserted, Self.isText(node) else { return .declined }
                frames[last].key = node
                return .more
            }
            frames[last].pairs.append((pending, node))
            frames[last].key = nil
            return .more
        }

        /// Whether a key counts as a text for `YAMLDocument`: its tag, resolved by the basic resolver.
        private static func isText(_ node: Node) -> Bool {
            node.tag.description == Tag.Name.str.rawValue
        }

        /// Yams' mark of a libyaml position: line and column counted from 1.
        private static func mark(_ mark: yaml_mark_t) -> Mark {
            // Yams' `Mark` has no public initialiser; it is stored as its two `Int`s, as `Position` is.
            unsafeBitCast(Position(line: Int(mark.line) + 1, column: Int(mark.column) + 1), to: Mark.self)
        }
    }

    /// The layout of Yams' `Mark`.
    private struct Position {
        let line: Int
        let column: Int
    }

    /// Whether Yams' `Mark` is laid out as `Position`, checked once by size and by a mark read back; if a
    /// version of Yams ever stores it otherwise, every document is read by Yams as before.
    private static let markLayoutHolds: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<Position>.size,
            MemoryLayout<Mark>.alignment == MemoryLayout<Position>.alignment
        else { return false }
        let probe = unsafeBitCast(Position(line: 3, column: 7), to: Mark.self)
        return probe.line == 3 && probe.column == 7
    }()
}
