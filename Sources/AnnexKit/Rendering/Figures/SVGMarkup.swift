/// SVG markup written element by element, one per line: attributes escaped, coordinates with at
/// most one decimal, so the same figure gives the same bytes on every machine.
struct SVGMarkup {
    private(set) var text = ""
    private var depth = 0

    typealias Attributes = [(String, String)]

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An element with text content (escaped), or empty.
    mutating func leaf(_ name: String, _ attributes: Attributes = [], text content: String? = nil) {
        if let content {
            line("<\(name)\(Self.attributes(attributes))>\(Self.escape(content))</\(name)>")
        } else {
            line("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    private mutating func line(_ markup: String) {
        text += String(repeating: " ", count: depth) + markup + "\n"
    }

    static func attributes(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A coordinate to one decimal, without a trailing '.0': `12`, `12.5`, `-0.5`.
    static func number(_ value: Double) -> String {
        decimal(Int((value * 10).rounded()))
    }

    /// Tenths as a decimal: 125 → `12.5`, -5 → `-0.5`, 120 → `12`.
    static func decimal(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
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
