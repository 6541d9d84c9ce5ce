/// A pattern of the figures: hatching for values without a figure, dots for estimates, and the
/// overlays that tell bar series apart without colour.
enum FigurePattern: String, CaseIterable {
    case missing, suppressed, notComparable, incomplete, estimated
    case series1, series2, series3

    /// The pattern for a status on a map, or nil when the value is drawn in its class colour only.
    static func map(_ status: Status) -> FigurePattern? {
        switch status {
        case .ok: nil
        case .estimated: .estimated
        case .incomplete: .incomplete
        case .missing, .notApplicable: .missing
        case .suppressed: .suppressed
        case .notComparable: .notComparable
        }
    }

    /// The overlay that tells a bar series apart (none for the first).
    static func series(_ index: Int) -> FigurePattern? {
        [nil, .series1, .series2, .series3][index % 4]
    }

    func id(_ figure: String) -> String { figure + "-" + rawValue }

    /// The pattern's definition (inside `<defs>`), with lines `size` pixels apart.
    func define(_ markup: inout SVGMarkup, figure: String) {
        let size = 6.0
        let opaque = [.missing, .suppressed, .notComparable, .incomplete].contains(self)
        let rotation: Double = switch self {
        case .missing, .series1: 45
        case .notComparable, .series2: 0
        case .incomplete: 90
        default: -45
        }
        let side = SVGMarkup.number(size)
        markup.open("pattern", [("id", id(figure)), ("patternUnits", "userSpaceOnUse"), ("width", side),
                                ("height", side), ("patternTransform", "rotate(\(SVGMarkup.number(rotation)))")])
        if opaque { markup.leaf("rect", [("width", side), ("height", side), ("fill", FigureStyle.background)]) }
        // Hatching is grey on white; dots for estimates dark; the overlays of bar series white.
        let ink = opaque ? FigureStyle.hatch : self == .estimated ? FigureStyle.text : FigureStyle.background
        let middle = SVGMarkup.number(size / 2)
        switch self {
        case .estimated, .series3:
            markup.leaf("circle", [("cx", middle), ("cy", middle), ("r", "1.2"), ("fill", ink)])
        default:
            let stroke: SVGMarkup.Attributes = [("stroke", ink), ("stroke-width", "1.5")]
            markup.line(from: (0, size / 2), to: (size, size / 2), stroke)
            if self == .suppressed { markup.line(from: (size / 2, 0), to: (size / 2, size), stroke) }
        }
        markup.close("pattern")
    }
}
