import Yams

/// Where the fields of a YAML spec stand, so that a problem found after decoding names its line.
struct SpecLines {
    /// One step into the YAML: a mapping key or a list index.
    enum Step: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }

        init(_ codingKey: CodingKey) {
            self = codingKey.intValue.map(Step.index) ?? .key(codingKey.stringValue)
        }
    }

    private let root: Node?

    /// The lines of the YAML document whose root node is `root`.
    init(root: Node?) {
        self.root = root
    }

    /// Line and column of the field at `path` (of its key, for a mapping entry), or of the deepest
    /// part of the path that exists; nil when the YAML could not be read.
    func location(_ path: [Step]) -> (line: Int, column: Int)? {
        guard var node = root else { return nil }
        var mark = node.mark
        for step in path {
            switch step {
            case .key(let name):
                guard let entry = node.mapping?.first(where: { $0.key.string == name }) else {
                    return mark.map(Self.location)
                }
                (node, mark) = (entry.value, entry.key.mark)
            case .index(let index):
                guard let items = node.sequence, items.indices.contains(index) else { return mark.map(Self.location) }
                node = items[index]
                mark = node.mark
            }
        }
        return mark.map(Self.location)
    }

    private static func location(_ mark: Mark) -> (line: Int, column: Int) { (mark.line, mark.column) }
}

/// A problem of a spec that decoded, at the path of the field it concerns.
struct SpecProblem {
    let reason: MessageText
    let path: [SpecLines.Step]
}
