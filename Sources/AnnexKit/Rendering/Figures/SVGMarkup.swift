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

    // An element written a part at a time, for the many elements of a map: no list of attributes made per
    // element. `tag` starts it, `attribute` and `path` add to its start tag, `openTag` ends that tag and leaves
    // the element open for children (closed by `close`).

    /// Starts the start tag of an element: `<name`, indented.
    mutating func tag(_ name: StaticString) {
        indent()
        buffer.append(UInt8(ascii: "<"))
        buffer.append(name)
    }

    /// An attribute of the start tag begun, its value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        buffer.append(UInt8(ascii: " "))
        buffer.append(name)
        buffer.append("=\"" as StaticString)
        buffer.append(xmlEscaped: value)
        buffer.append(UInt8(ascii: "\""))
    }

    /// The path data `d` of the start tag begun, already written as bytes.
    mutating func path(_ d: ByteBuffer) {
        buffer.append(" d=\"" as StaticString)
        buffer.append(d)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Ends the start tag begun and leaves its element open for children, as `open` does.
    mutating func openTag() {
        buffer.append(">\n" as StaticString)
        depth += 1
    }

    /// The end tag of the element opened last.
    mutating func close(_ name: StaticString) {
        depth -= 1
        indent()
        buffer.append("</" as StaticString)
        buffer.append(name)
        buffer.append(">\n" as StaticString)
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
    mutating func leaf(_ name: StaticString, text content: ByteBuffer) {
        tag(name)
        buffer.append(UInt8(ascii: ">"))
        buffer.append(xmlEscaped: content)
        buffer.append("</" as StaticString)
        buffer.append(name)
        buffer.append(">\n" as StaticString)
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
        path(d)
        Self.append(attributes, to: &buffer)
        buffer.append("/>\n")
    }

    private mutating func start(_ name: String, _ attributes: Attributes) {
        indent()
        buffer.append(UInt8(ascii: "<"))
        buffer.append(name)
        Self.append(attributes, to: &buffer)
    }

    /// A space per open element, in one copy up to the depth of `spaces`.
    private mutating func indent() {
        var left = depth
        while left > 0 {
            let count = Swift.min(left, Self.spaces.utf8CodeUnitCount)
            buffer.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: count))
            left -= count
        }
    }

    private static let spaces: StaticString = "                "

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
