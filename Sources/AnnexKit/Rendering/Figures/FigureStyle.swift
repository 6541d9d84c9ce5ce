/// How the figures look: sizes, colours and patterns, in one place.
///
/// Colours never carry information alone: series differ in colour and in pattern (bars) or marker
/// and dash (lines); map classes are a sequential palette whose lightness steps are kept in
/// greyscale; values without a figure are hatched, estimates dotted or dashed, and every mark is
/// in the legend.
enum FigureStyle {
    /// Width of a chart in pixels (CSS px; a map is as wide as its panels and legend).
    static let chartWidth = 720.0
    static let plotHeight = 260.0
    static let fontSize = 12.0
    static let smallFontSize = 11.0
    /// Average width of a character of the sans-serif font, in ems, to lay out text without measuring it.
    static let characterWidth = 0.6
    static let lineHeight = 16.0
    static let margin = 12.0
    /// Thickness of a horizontal bar and the gap between groups of bars.
    static let barThickness = 14.0
    static let groupGap = 10.0
    /// Share of a category's width that its vertical bars take.
    static let groupShare = 0.7
    static let swatchSize = 12.0
    static let mapPanelWidth = 330.0
    static let legendWidth = 230.0
    /// Map coordinates are rounded to tenths of a pixel; a point that then repeats the previous one is left out.
    static let mapTenthsPerPixel = 10.0
    /// A PNG is drawn at print resolution: 300 dots per inch, where a CSS pixel is 1/96 inch.
    static let printDotsPerInch = 300
    static let printScale = Double(printDotsPerInch) / 96

    static let fontFamily = "sans-serif"
    static let text = "#1a1a1a"
    static let axis = "#4d4d4d"
    static let grid = "#d9d9d9"
    static let regionStroke = "#8c8c8c"
    static let border = "#1a1a1a"
    static let hatch = "#595959"
    static let background = "#ffffff"

    /// Series colours (Okabe and Ito's palette for colour-blind readers), darkest first.
    static let seriesColours = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000"]
    /// Line markers and dashes per series, so lines differ without colour.
    static let markers = ["circle", "square", "triangle", "diamond"]
    static let dashes = ["", "6 3", "2 2", "8 3 2 3"]

    /// ColorBrewer's sequential 'Blues' (Cynthia Brewer, Penn State; Apache 2.0) for 3 to 7 classes:
    /// light to dark with a lightness step between neighbours that survives greyscale printing.
    static let blues: [Int: [String]] = [
        3: ["#deebf7", "#9ecae1", "#3182bd"],
        4: ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
        5: ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
        6: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
        7: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
    ]

    /// The palette for `count` classes (one or two classes use the ends of the three-class palette).
    static func palette(_ count: Int) -> [String] {
        if let colours = blues[count] { return colours }
        return count == 2 ? [blues[3]![0], blues[3]![2]] : [blues[3]![1]]
    }

    /// Estimated width of `text` in pixels.
    static func width(_ text: String, size: Double = fontSize) -> Double {
        Double(text.count) * size * characterWidth
    }

    /// `text` broken into lines of at most `width` pixels, at spaces.
    static func wrap(_ text: String, width: Double, size: Double = fontSize) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty && Self.width(candidate, size: size) > width {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        return current.isEmpty ? lines : lines + [current]
    }
}
