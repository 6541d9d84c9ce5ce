/// A kind of file `annex build` writes; `--formats` chooses which (by default all).
///
/// The figures' images (`figures/<id>.svg` and `.png`) are written with every format that shows
/// them: the Markdown and HTML annex link to them and both workbooks hold them.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// The annex in Markdown (`<id>.md`).
    case md
    /// The annex as a web page (`<id>.html`).
    case html
    /// The workbook in Excel's format (`<id>.xlsx`).
    case xlsx
    /// The workbook in OpenDocument's format (`<id>.ods`).
    case ods
    /// Each table as CSV (`tables/<table-id>.csv`).
    case csv
    /// Every figure with its provenance (`figures.csv` and `figures.json`).
    case figures

    /// The formats of a comma-separated list (`csv,md,xlsx`); nil when one is unknown or none is given.
    public static func list(_ text: String) -> Set<OutputFormat>? {
        let names = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces().lowercased() }
        let formats = names.compactMap(OutputFormat.init(rawValue:))
        return formats.count == names.count && !formats.isEmpty ? Set(formats) : nil
    }

    /// Whether any of `formats` shows the figures' images.
    static func showsImages(_ formats: Set<OutputFormat>) -> Bool {
        !formats.isDisjoint(with: [.md, .html, .xlsx, .ods])
    }
}
