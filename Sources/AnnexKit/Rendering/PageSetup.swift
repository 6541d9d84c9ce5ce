/// How a worksheet prints on A4: portrait when it fits the width, else landscape; scaled to the
/// page width but never below a readable minimum, spreading over more pages across instead; the
/// header row repeated on every page, and the row labels on every page across.
struct PageSetup: Sendable, Equatable {
    let landscape: Bool
    /// Pages across the sheet is fitted to; 0 with `pagesTall` 0: not fitted, printed at 100%.
    let pagesWide: Int
    /// Pages down (0: as many as the rows need).
    let pagesTall: Int
    /// The row printed at the top of every page (a table's header row).
    let repeatedRow: Int?
    /// Whether the first column (the row labels) is printed on every page across.
    let repeatsLabels: Bool

    /// Printable width of A4 in points: 210 mm (595,3 pt) less margins of 0,7 inch (50,4 pt) each side.
    static let portraitWidth = 494.5
    /// Printable width of A4 landscape: 297 mm (841,9 pt) less the same margins.
    static let landscapeWidth = 741.1
    /// The smallest scale a sheet is fitted to: 11 pt text at 70% prints at 7,7 pt.
    static let minimumScale = 0.7

    /// Points a column `width` units wide takes on paper: 7 pixels per unit and 5 of padding, at
    /// 0,75 point per pixel (the spreadsheet's own conversion).
    static func points(_ width: Double) -> Double {
        (width * 7 + 5) * 0.75
    }

    /// The page setup of a sheet with columns `widths`; `onePage` fits it on a single page (the cover).
    init(widths: [Double], repeatedRow: Int?, repeatsLabels: Bool, onePage: Bool = false) {
        let total = widths.map(Self.points).reduce(0, +)
        landscape = total > Self.portraitWidth && !onePage
        let printable = landscape ? Self.landscapeWidth : Self.portraitWidth
        pagesWide = onePage ? 1 : max(Int((total * Self.minimumScale / printable).rounded(.up)), 1)
        pagesTall = onePage ? 1 : 0
        self.repeatedRow = repeatedRow
        self.repeatsLabels = repeatsLabels
    }
}
