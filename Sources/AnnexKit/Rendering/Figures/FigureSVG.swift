/// The body of a figure drawn by `ChartSVG` or `MapSVG`: its size, the patterns it uses and its markup.
struct FigureDrawing {
    var width: Double
    var height: Double
    var patterns: Set<FigurePattern> = []
    var markup = SVGMarkup()
}

/// A figure as an SVG image: self-contained (no scripts, no external fonts or images), an
/// accessible image (`role="img"` named by its `<title>` and described by its `<desc>`), the
/// same bytes for the same numbers.
public enum FigureSVG {
    /// The `<svg>` element, for a file or inline in a web page (its ids start with the figure's id), described by
    /// `description` (`words.description(chart)`); a map's panels take their paths from `paths` when another
    /// figure drew the same shapes at the same place. Its bytes are kept as written: made into a `String`, they
    /// would be read through once more to be checked.
    static func element(_ chart: Chart, _ words: FigureWording, description: String,
                        paths: MapPaths = MapPaths()) -> ByteBuffer {
        let drawing: FigureDrawing = switch chart.content {
        case .chart(let data): ChartSVG(chart: chart, data: data, words: words).draw()
        case .map(let map): MapSVG(chart: chart, map: map, words: words, paths: paths).draw()
        }
        let id = chart.id
        var head = SVGMarkup()
        let width = SVGMarkup.number(drawing.width), height = SVGMarkup.number(drawing.height)
        head.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("role", "img"),
                          ("aria-labelledby", "\(id)-title \(id)-desc"), ("width", width), ("height", height),
                          ("viewBox", "0 0 \(width) \(height)"), ("font-family", FigureStyle.fontFamily),
                          ("font-size", SVGMarkup.number(FigureStyle.fontSize)), ("fill", FigureStyle.text)])
        head.leaf("title", [("id", "\(id)-title")], text: words.caption(chart))
        head.leaf("desc", [("id", "\(id)-desc")], text: description)
        if !drawing.patterns.isEmpty {
            head.open("defs")
            for pattern in FigurePattern.allCases where drawing.patterns.contains(pattern) {
                pattern.define(&head, figure: id)
            }
            head.close("defs")
        }
        head.leaf("rect", [("width", width), ("height", height), ("fill", FigureStyle.background)])
        // In room for all of it, so that the drawing is copied once, not again each time the buffer grows.
        let end: StaticString = "</svg>\n"
        var svg = ByteBuffer(capacity: head.buffer.count + drawing.markup.buffer.count + end.utf8CodeUnitCount)
        svg.append(head.buffer)
        svg.append(drawing.markup.buffer)
        svg.append(end)
        return svg
    }

    /// The SVG file of a figure whose `<svg>` element is `element`.
    static func file(element: ByteBuffer) -> ByteBuffer {
        var file = ByteBuffer(capacity: xmlDeclaration.utf8.count + element.count)
        file.append(xmlDeclaration)
        file.append(element)
        return file
    }

    /// What an SVG file starts with, before its element.
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    /// The legend entries of the marks used by `statuses`, in a fixed order.
    static func marks(_ statuses: [Status]) -> [Status] {
        let used = Set(statuses.map { $0 == .notApplicable ? .missing : $0 })
        return Status.allCases.filter { $0 != .ok && used.contains($0) }
    }
}
