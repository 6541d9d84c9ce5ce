/// SVG markup written element by element, one per line: attributes escaped, coordinates with at
/// most one decimal, so the same figure gives the same bytes on every machine.
struct SVGMarkup {
    private(set) var buffer = ByteBuffer()
    private var depth = 0

    typealias Attributes = [(String, String)]

    var text: String { buffer.text }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        start(name, attributes)
        buffer.append(">\n")
        depth += 1
    }

    /// An element whose path data `d` (already written as bytes) comes right after its first
    /// attributes, left open for children like `open`.
    mutating func open(_ name: String, _ attributes: Attributes, path d: ByteBuffer, _ more: Attributes) {
        start(name, attributes)
        buffer.append(" d=\"")
        buffer.append(d)
        buffer.append(UInt8(ascii: "\""))
        Self.append(more, to: &buffer)
        buffer.append(">\n")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        buffer.append("</")
        buffer.append(name)
        buffer.append(">\n")
    }

    /// An element with text content (escaped), or empty.
    mutating func leaf(_ name: String, _ attributes: Attributes = [], text content: String? = nil) {
        start(name, attributes)
        if let content {
            buffer.append(UInt8(ascii: ">"))
            buffer.append(xmlEscaped: content)
            end(name)
        } else {
            buffer.append("/>\n")
        }
    }

    /// An element without attributes whose text content is the bytes of `content` (escaped).
    mutating func leaf(_ name: String, text content: ByteBuffer) {
        start(name, [])
        buffer.append(UInt8(ascii: ">"))
        buffer.append(xmlEscaped: content)
        end(name)
    }

    /// The end tag of an element whose content was written on its line.
    private mutating func end(_ name: String) {
        buffer.append("</")
        buffer.append(name)
        buffer.append(">\n")
    }

    /// An empty element whose path data `d` comes first.
    mutating func leaf(_ name: String, path d: ByteBuffer, _ attributes: Attributes) {
        indent()
        buffer.append(UInt8(ascii: "<"))
        buffer.append(name)
        buffer.append(" d=\"")
        buffer.append(d)
        buffer.append(UInt8(ascii: "\""))
        Self.append(attributes, to: &buffer)
        buffer.append("/>\n")
    }

    private mutating func start(_ name: String, _ attributes: Attributes) {
        indent()
        buffer.append(UInt8(ascii: "<"))
        buffer.append(name)
        Self.append(attributes, to: &buffer)
    }

    private mutating func indent() {
        for _ in 0..<depth { buffer.append(UInt8(ascii: " ")) }
    }

    private static func append(_ attributes: Attributes, to buffer: inout ByteBuffer) {
        for (name, value) in attributes {
            buffer.append(UInt8(ascii: " "))
            buffer.append(name)
            buffer.append("=\"")
            buffer.append(xmlEscaped: value)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// A coordinate to one decimal, without a trailing '.0': `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        decimal(Int((value * 10).rounded()))
    }

    /// Tenths as a decimal: 125 → `12.5`, -5 → `-0.5`, 120 → `12`.
    static func decimal(_ tenths: Int) -> String {
        var buffer = ByteBuffer()
        append(tenths: tenths, to: &buffer)
        return buffer.text
    }

    /// Tenths as a decimal, written to `buffer`; without `leadingZero` a value under one drops its
    /// zero (`.5`, `-.5`), the shortest form SVG path data allows.
    static func append(tenths: Int, to buffer: inout ByteBuffer, leadingZero: Bool = true) {
        buffer.append(upTo: ByteCursor.maximumTenthsBytes) { room in
            var cursor = ByteCursor(room)
            cursor.put(tenths: tenths, leadingZero: leadingZero)
            return cursor.count
        }
    }
}

extension SVGMarkup {
    /// The position and size of a rectangle.
    static func box(x: Double, y: Double, width: Double, height: Double) -> Attributes {
        [("x", number(x)), ("y", number(y)), ("width", number(width)), ("height", number(height))]
    }

    /// The square of a legend entry whose text stands on `baseline`.
    static func swatch(left: Double, baseline: Double) -> Attributes {
        let size = FigureStyle.swatchSize
        return box(x: left, y: baseline - size + 2, width: size, height: size)
    }

    mutating func line(from: (x: Double, y: Double), to: (x: Double, y: Double), _ attributes: Attributes) {
        leaf("line", [("x1", Self.number(from.x)), ("y1", Self.number(from.y)), ("x2", Self.number(to.x)),
                      ("y2", Self.number(to.y))] + attributes)
    }

    mutating func text(_ content: String, x: Double, y: Double, _ attributes: Attributes = []) {
        leaf("text", [("x", Self.number(x)), ("y", Self.number(y))] + attributes, text: content)
    }
}
