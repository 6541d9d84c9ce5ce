import Yams

/// Edits a YAML file as text, value by value, so that what is not edited (comments, quotes,
/// order, blank lines) stays as the user wrote it: how `annex new-edition` writes the next
/// edition's spec from the current one.
struct YAMLEditor {
    /// An edit could not be placed: the path leads nowhere in the file.
    struct Missing: Error, CustomStringConvertible {
        let path: [SpecLines.Step]
        var description: String { "geen veld \(path.map { "\($0)" }.joined(separator: "."))" }
    }

    let root: Node
    private let text: [Character]
    /// Offset of the first character of each line.
    private let lineStarts: [Int]
    private var edits: [(range: Range<Int>, text: String)] = []

    init(yaml: String) throws {
        guard let root = try Yams.compose(yaml: yaml) else { throw Missing(path: []) }
        self.root = root
        text = Array(yaml)
        var starts = [0]
        for (offset, character) in text.enumerated() where character == "\n" { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// The file with every edit made.
    var result: String {
        var characters = text
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            characters.replaceSubrange(edit.range, with: Array(edit.text))
        }
        return String(characters)
    }

    /// The node at `path`, if the file has it.
    func node(_ path: [SpecLines.Step]) -> Node? { entry(path)?.value }

    /// Replaces the value of the mapping key at `path` with `value`, in the style of the value it
    /// replaces; on one line inside a flow mapping (`{id: a, data: x.csv}`).
    mutating func replace(_ path: [SpecLines.Step], with value: Node) throws {
        guard let (parent, key, old) = entry(path), let parentMark = parent.mark, let keyMark = key.mark,
              let valueMark = old.mark else {
            throw Missing(path: path)
        }
        let valueOffset = offset(valueMark)
        if text[offset(parentMark)] == "{" {
            edits.append((valueOffset..<flowEnd(from: valueOffset, inFlow: true), try flow(value)))
            return
        }
        // A value keeps its style: a block collection stays one, a flow collection stays on its
        // line; a scalar that becomes a collection becomes a block.
        let afterColon = text[offset(keyMark)...].firstIndex(of: ":")! + 1
        if old.isCollection && !"[{".contains(text[valueOffset]) {
            let end = blockEnd(of: old, keyColumn: keyMark.column)
            edits.append((afterColon..<end, "\n" + (try block(value, keyColumn: keyMark.column)) + "\n"))
        } else if value.isCollection && !old.isCollection {
            let end = flowEnd(from: valueOffset, inFlow: false)
            edits.append((afterColon..<end, "\n" + (try block(value, keyColumn: keyMark.column))))
        } else {
            edits.append((valueOffset..<flowEnd(from: valueOffset, inFlow: false), try flow(value)))
        }
    }

    /// Adds `key: value` to the top-level mapping, before the top-level key `before`, with a
    /// blank line between them.
    mutating func insert(key: String, value: Node, before: String) throws {
        guard let next = entry([.key(before)])?.key, let mark = next.mark else { throw Missing(path: [.key(before)]) }
        let start = lineStarts[mark.line - 1]
        edits.append((start..<start, key + ":" + "\n" + (try block(value, keyColumn: 1)) + "\n\n"))
    }

    // MARK: Finding

    /// The mapping, key and value at `path`, which ends in a key.
    private func entry(_ path: [SpecLines.Step]) -> (parent: Node, key: Node, value: Node)? {
        var node = root
        var found: (parent: Node, key: Node, value: Node)?
        for step in path {
            switch step {
            case .key(let name):
                guard let pair = node.mapping?.first(where: { $0.key.string == name }) else { return nil }
                found = (node, pair.key, pair.value)
                node = pair.value
            case .index(let index):
                guard let items = node.sequence, items.indices.contains(index) else { return nil }
                node = items[index]
            }
        }
        return found
    }

    private func offset(_ mark: Mark) -> Int { lineStarts[mark.line - 1] + mark.column - 1 }

    /// The end of a scalar or flow collection starting at `start`: its closing bracket or quote,
    /// else the end of a plain scalar (a line end, a comment, or, `inFlow`, `,` `]` `}` of the flow
    /// collection it is in).
    /// A quote opens a quoted scalar only where a scalar starts, so `'s-Gravenhage's` in a plain
    /// scalar is text.
    private func flowEnd(from start: Int, inFlow: Bool) -> Int {
        var index = start, depth = 0, quote: Character?
        while index < text.count {
            let character = text[index]
            if let open = quote {
                if character == open {
                    if open == "'" && index + 1 < text.count && text[index + 1] == "'" {
                        index += 1
                    } else {
                        quote = nil
                        if depth == 0 { return index + 1 }
                    }
                } else if character == "\\" && open == "\"" {
                    index += 1
                }
            } else if (character == "\"" || character == "'") && startsScalar(index, from: start) {
                quote = character
            } else if character == "{" || character == "[" {
                depth += 1
            } else if character == "}" || character == "]" {
                if depth == 0 { return trimmed(start, index) }
                depth -= 1
                if depth == 0 { return index + 1 }
            } else if depth == 0 && (character == "\n" || (inFlow && character == ",")
                                     || (character == "#" && text[index - 1] == " ")) {
                return trimmed(start, index)
            }
            index += 1
        }
        return trimmed(start, index)
    }

    /// Whether a scalar starts at `index`: at `start`, or after `[`, `{`, `,` or `:` and spaces.
    private func startsScalar(_ index: Int, from start: Int) -> Bool {
        guard index > start else { return true }
        let before = text[start..<index].last { $0 != " " }
        return before.map { "[{,:".contains($0) } ?? true
    }

    private func trimmed(_ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && text[end - 1].isWhitespace { end -= 1 }
        return end
    }

    /// The end of a block collection: the start of the first line after its last item's line that
    /// is indented no more than its key and is not blank or a comment.
    private func blockEnd(of node: Node, keyColumn: Int) -> Int {
        let last = node.lastLine
        for line in last..<lineStarts.count {
            let start = lineStarts[line]
            let content = text[start...].prefix { $0 != "\n" }
            let indent = content.prefix { $0 == " " }.count
            let rest = content.dropFirst(indent)
            if rest.isEmpty || rest.first == "#" { continue }
            if indent < keyColumn { return start }
        }
        return text.count
    }

    // MARK: Writing

    private func flow(_ node: Node) throws -> String {
        try Yams.serialize(node: node.styled(.flow), width: -1, allowUnicode: true)
            .trimmingCharacters(in: .newlines)
    }

    /// `node` in block style, each line indented below a key in `keyColumn` (sequence items of
    /// flow mappings, mappings of flow values).
    private func block(_ node: Node, keyColumn: Int) throws -> String {
        let indent = String(repeating: " ", count: keyColumn + 1)
        return try Yams.serialize(node: node.styled(.block), width: -1, allowUnicode: true)
            .trimmingCharacters(in: .newlines).split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
    }
}

private extension Node {
    var isCollection: Bool { mapping != nil || sequence != nil }

    /// The last line of the node or anything in it (1-based).
    var lastLine: Int {
        let children = (mapping.map { $0.flatMap { [$0.key, $0.value] } } ?? []) + (sequence.map(Array.init) ?? [])
        return max(mark?.line ?? 0, children.map(\.lastLine).max() ?? 0)
    }

    /// The node with its outer collection in `style` and every collection in it in flow style:
    /// a block list of one-line entries.
    func styled(_ style: Node.Sequence.Style) -> Node {
        switch self {
        case .sequence(let items):
            return .sequence(.init(items.map { $0.styled(.flow) }, .implicit, style))
        case .mapping(let pairs):
            let mappingStyle: Node.Mapping.Style = style == .flow ? .flow : .block
            return .mapping(.init(pairs.map { ($0.key, $0.value.styled(.flow)) }, .implicit, mappingStyle))
        default:
            return self
        }
    }
}
