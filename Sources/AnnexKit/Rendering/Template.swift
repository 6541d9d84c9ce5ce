/// An annex template (`templates/annex.md.mustache`, `annex.html.mustache`): logic-less Mustache,
/// so a template can only arrange what the computation prepared.
///
/// The syntax: `{{name}}` (HTML-escaped: `&`, `<`, `>`, `"`, `'`), `{{{name}}}` and `{{& name}}`
/// (as is), sections `{{#name}}…{{/name}}` (once for a yes or a text or record, per element for a
/// list) and inverted sections `{{^name}}…{{/name}}` (for a no, an empty list or nothing), comments
/// `{{! … }}`, dotted names (`labels.source.text`) looked up through the enclosing sections, and `.`
/// for the current value. A tag alone on its line takes the line with it, as Mustache says (and
/// as swift-mustache does, whose output it keeps byte for byte). Partials, blocks, lambdas and other
/// delimiters are refused.
///
/// Bounded, as any input (`Limits`): sections nest at most `templateNesting` deep; a render writes
/// at most `templateOutput` bytes and repeats sections at most `templateRepeats` times, both
/// raised in proportion to the data rendered (`scale`), so a large table renders but a template
/// that repeats every table inside every table stops.
struct Template {
    indirect enum Node {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, inverted: Bool, [Node])
    }

    /// A name in a tag: `.`, `title.md`, or `.md` (only in the current value).
    struct Name: Equatable {
        let parts: [String]
        /// Whether the first part is looked up in the current value only (`.` and `.md`).
        let local: Bool
    }

    /// Why a template could not be read: the problem and where (1-based line and column).
    struct Problem: Error {
        let reason: MessageText
        let line: Int
        let column: Int
    }

    let nodes: [Node]

    /// Reads a template; every problem names its line and column.
    init(_ text: String, limits: Limits = .current) throws {
        var parser = TemplateParser(bytes: Array(text.utf8), nesting: limits.templateNesting)
        nodes = try parser.parse(section: nil, newLine: true, depth: 0)
    }

    /// Writes the template for `root` to `output`; throws `Exceeded` when the render goes past its
    /// limits (see the type's description).
    func render(_ root: TemplateValue, scale: Int, limits: Limits = .current,
                to output: inout TemplateOutput) throws {
        var renderer = TemplateRenderer(outputLimit: max(limits.templateOutput, Self.bytesPerElement * scale),
                                        repeats: max(limits.templateRepeats, Self.repeatsPerElement * scale))
        var stack = [root]
        try renderer.render(nodes, stack: &stack, to: &output)
    }

    /// How far a render may go per element of the data rendered (a row, a cell): a template may
    /// show every element several times over, never every element for every other.
    static let repeatsPerElement = 8
    static let bytesPerElement = 512

    /// A render went past its limits.
    struct Exceeded: Error {
        let outputLimit: Int
        let repeats: Int
    }
}

/// Where a template writes: a buffer, written out by `flush` (when given) whenever it holds more
/// than a block, so that an annex of any size takes constant memory.
struct TemplateOutput {
    var buffer = ByteBuffer()
    /// Bytes written out by `flush` so far.
    private(set) var flushed = 0
    let flush: ((ByteBuffer) throws -> Void)?

    static let blockSize = 1 << 20

    init(flush: ((ByteBuffer) throws -> Void)? = nil) {
        self.flush = flush
    }

    var count: Int { flushed + buffer.count }

    mutating func flushIfFull() throws {
        guard let flush, buffer.count >= Self.blockSize else { return }
        try flush(buffer)
        flushed += buffer.count
        buffer.removeAll()
    }

    /// Writes out what is left; the text, when nothing was written out.
    mutating func finish() throws {
        guard let flush else { return }
        try flush(buffer)
        flushed += buffer.count
        buffer = ByteBuffer()
    }
}

/// Renders the nodes of a template within its limits.
private struct TemplateRenderer {
    let outputLimit: Int
    var repeats: Int
    let repeatLimit: Int

    init(outputLimit: Int, repeats: Int) {
        self.outputLimit = outputLimit
        self.repeats = repeats
        repeatLimit = repeats
    }

    mutating func render(_ nodes: [Template.Node], stack: inout [TemplateValue],
                         to output: inout TemplateOutput) throws {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.buffer.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                switch Self.lookup(name, in: stack) {
                case .text(let text)?:
                    if escaped { output.buffer.append(htmlEscaped: text) } else { output.buffer.append(text) }
                case .bytes(let bytes)?:
                    if escaped { output.buffer.append(htmlEscaped: bytes) } else { output.buffer.append(bytes) }
                case .flag(let flag)?:
                    output.buffer.append(flag ? "true" : "false")
                case .lines(let lines)?:
                    for index in 0..<lines.count {
                        repeats -= 1
                        guard repeats >= 0 else { throw exceeded }
                        lines.line(index, &output.buffer)
                        guard output.count <= outputLimit else { throw exceeded }
                        try output.flushIfFull()
                    }
                default:
                    break
                }
            case .section(let name, let inverted, let children):
                let value = Self.lookup(name, in: stack)
                if inverted {
                    switch value {
                    case nil, .flag(false)?: try render(children, stack: &stack, to: &output)
                    case .list(let list)? where list.count == 0: try render(children, stack: &stack, to: &output)
                    default: break
                    }
                    continue
                }
                switch value {
                case nil, .flag(false)?:
                    break
                case .flag(true)?:
                    try render(children, stack: &stack, to: &output)
                case .list(let list)?:
                    for index in 0..<list.count {
                        repeats -= 1
                        guard repeats >= 0 else { throw exceeded }
                        stack.append(list.element(index))
                        try render(children, stack: &stack, to: &output)
                        stack.removeLast()
                        try output.flushIfFull()
                    }
                case let value?:
                    stack.append(value)
                    try render(children, stack: &stack, to: &output)
                    stack.removeLast()
                }
            }
            guard output.count <= outputLimit else { throw exceeded }
        }
    }

    private var exceeded: Template.Exceeded { Template.Exceeded(outputLimit: outputLimit, repeats: repeatLimit) }

    /// The value a name stands for: its first part in the innermost enclosing value that has it,
    /// the rest within that.
    static func lookup(_ name: Template.Name, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        if name.local {
            found = stack.last.flatMap { child(first, of: $0) }
        } else {
            // By position from the innermost, so that no value of the stack is copied to be asked.
            for index in stack.indices.reversed() {
                if let child = child(first, of: stack[index]) {
                    found = child
                    break
                }
            }
        }
        for part in name.parts.dropFirst() {
            found = found.flatMap { child(part, of: $0) }
        }
        return found
    }

    private static func child(_ name: String, of value: TemplateValue) -> TemplateValue? {
        guard case .record(let record) = value else { return nil }
        return record.value(named: name)
    }
}

/// Reads a template into nodes, following swift-mustache's parser step by step for the syntax
/// annex supports, so that whitespace and standalone lines come out the same.
private struct TemplateParser {
    let bytes: [UInt8]
    let nesting: Int
    var position = 0

    init(bytes: [UInt8], nesting: Int) {
        self.bytes = bytes
        self.nesting = nesting
    }

    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    /// The nodes up to the end of the section named `section` (its closing tag read), or of the text.
    mutating func parse(section: Template.Name?, newLine startsOnNewLine: Bool, depth: Int) throws -> [Template.Node] {
        var nodes: [Template.Node] = []
        var newLine = startsOnNewLine
        var whitespaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if newLine { whitespaceBefore = readSpacesAndTabs() }
            let (text, tag) = readUntilTagOrNewline()
            if let length = lineBreak(at: position), tag == nil {
                nodes.append(.text(Array(whitespaceBefore) + text + bytes[position..<position + length]))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(whitespaceBefore) + text))
                whitespaceBefore = []
                newLine = false
            }
            guard let tag else { break }
            var standalone = false
            func keepWhitespace() {
                if !whitespaceBefore.isEmpty { nodes.append(.text(Array(whitespaceBefore))) }
                whitespaceBefore = []
            }
            switch bytes[safe: position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(tag: tag)
                if newLine && lineFinished() { standalone = true } else { keepWhitespace() }
                guard depth < nesting else { throw problem(.templateTooDeep, ["limit": .number(nesting)], at: tag) }
                let children = try parse(section: name, newLine: standalone, depth: depth + 1)
                nodes.append(.section(name, inverted: inverted, children))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(tag: tag)
                guard let section, name == section else {
                    let closed = name.parts.joined(separator: ".")
                    guard let section else {
                        throw problem(.templateCloseWithoutSection, ["name": "\(closed)"], at: tag)
                    }
                    throw problem(.templateCloseMismatch,
                                  ["name": "\(closed)", "section": "\(section.parts.joined(separator: "."))"], at: tag)
                }
                if !(newLine && lineFinished()) { keepWhitespace() }
                return nodes
            case UInt8(ascii: "!"):
                guard let end = find([Self.closeBrace, Self.closeBrace], from: position) else {
                    throw problem(.templateCommentNotClosed, ["close": "}}"], at: tag)
                }
                position = end + 2
                standalone = newLine && lineFinished()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == Self.openBrace
                keepWhitespace()
                position += 1
                let name = try readName(tag: tag)
                if triple {
                    guard bytes[safe: position] == Self.closeBrace else {
                        throw problem(.templateTagNotClosed, ["close": "}}}"], at: tag)
                    }
                    position += 1
                }
                nodes.append(.variable(name, escaped: false))
            case UInt8(ascii: "="):
                throw problem(.templateDelimiters, ["delimiters": "{{ }}"], at: tag)
            case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw problem(.templateUnsupported, ["tags": "{{>, {{<, {{$, {{%"], at: tag)
            default:
                keepWhitespace()
                nodes.append(.variable(try readName(tag: tag), escaped: true))
            }
            newLine = standalone
        }
        if let section {
            let name = section.parts.joined(separator: ".")
            throw problem(.templateSectionNotClosed, ["name": "\(name)"], at: bytes.count)
        }
        return nodes
    }

    /// The text up to the next line break or tag; a tag's `{{` is read, and its position returned.
    private mutating func readUntilTagOrNewline() -> (text: [UInt8], tag: Int?) {
        let start = position
        while position < bytes.count {
            if lineBreak(at: position) != nil { return (Array(bytes[start..<position]), nil) }
            if bytes[position] == Self.openBrace && bytes[safe: position + 1] == Self.openBrace {
                let text = Array(bytes[start..<position])
                position += 2
                return (text, position - 2)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), nil)
    }

    /// The length of the line break that ends a line of text at `index`: `\n` or `\r\n`.
    private func lineBreak(at index: Int) -> Int? {
        switch bytes[safe: index] {
        case Self.newline: 1
        case Self.carriageReturn where bytes[safe: index + 1] == Self.newline: 2
        default: nil
        }
    }

    /// The length of any character Swift counts as a line break at `index`, which a standalone
    /// tag may end its line with: also a lone `\r`, vertical tab, form feed, U+0085, U+2028, U+2029.
    private func anyLineBreak(at index: Int) -> Int? {
        if let length = lineBreak(at: index) { return length }
        switch bytes[safe: index] {
        case Self.carriageReturn, 0x0B, 0x0C: return 1
        case 0xC2 where bytes[safe: index + 1] == 0x85: return 2
        case 0xE2 where bytes[safe: index + 1] == 0x80 && [0xA8, 0xA9].contains(bytes[safe: index + 2]): return 3
        default: return nil
        }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while let byte = bytes[safe: position], Self.isSpaceOrTab(byte) { position += 1 }
        return bytes[start..<position]
    }

    /// Whether only spaces and tabs follow on the line; if so the line break is read too.
    private mutating func lineFinished() -> Bool {
        if position >= bytes.count { return true }
        var end = position
        while let byte = bytes[safe: end], Self.isSpaceOrTab(byte) { end += 1 }
        guard let length = anyLineBreak(at: end) else { return false }
        position = end + length
        return true
    }

    /// The name of a tag up to its `}}`.
    private mutating func readName(tag: Int) throws -> Template.Name {
        skipWhitespace()
        let start = position
        while let byte = bytes[safe: position], Self.nameCharacters.contains(byte) { position += 1 }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        skipWhitespace()
        guard bytes[safe: position] == Self.closeBrace, bytes[safe: position + 1] == Self.closeBrace else {
            throw problem(.templateInvalidTag, ["close": "}}"], at: tag)
        }
        position += 2
        if text == "." { return Template.Name(parts: [], local: true) }
        let parts = text.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { throw problem(.templateNoName, at: tag) }
        return Template.Name(parts: parts, local: text.hasPrefix("."))
    }

    private mutating func skipWhitespace() {
        while let byte = bytes[safe: position], [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(byte) { position += 1 }
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*".utf8)

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    /// A problem at byte `offset`, with its 1-based line and column (in characters).
    private func problem(_ message: Message, _ values: [String: MessageText.Value] = [:],
                         at offset: Int) -> Template.Problem {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: Self.newline).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return Template.Problem(reason: MessageText(message, values),
                                line: before.count(where: { $0 == Self.newline }) + 1, column: column)
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
