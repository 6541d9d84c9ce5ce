/// Something a loader recognised in a file as received and did not read as figures, or a choice
/// it made reading it: reported by `annex check`, so that nothing is skipped unseen.
public struct InputNotice: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based line (CSV) or row (XLSX); nil when the notice concerns the whole file.
    public let line: Int?
    public let kind: Kind

    public enum Kind: Sendable, Hashable {
        /// A row above the header, such as the table's title.
        case title(String)
        /// A row below the figures that names no region: a source, a note, a footnote.
        case note(String)
        /// The worksheet read, when the workbook has several and the spec chose none.
        case sheet(name: String, others: [String])
        /// The notation of numbers written as text, with a cell that showed it.
        case notation(NumberNotation, example: String)
        /// The file is a CBS StatLine export and its markers are read by CBS's legend.
        case statLine
        /// A period marked provisional (`2023*`) or revised provisional (`2023**`) by CBS.
        case provisional(written: String, period: String)
        /// A footnote mark (`¹`) after a heading or name, left out to match it.
        case footnoteMark(written: String)
        /// Figures of periods the file does not provide for the table (`periods:` of its entry
        /// under `data:`), such as last year's figures repeated in this year's delivery.
        case otherPeriods([String])
    }

    public var description: String {
        (line.map { "\(file):\($0)" } ?? file) + ": " + message
    }

    /// The notice in Dutch.
    public var message: String {
        switch kind {
        case .title(let text):
            return "titel boven de kopregel overgeslagen: '\(text)'"
        case .note(let text):
            return "noot of bron onder de cijfers overgeslagen: '\(text)'"
        case .sheet(let name, let others):
            let list = others.map { "'\($0)'" }.joined(separator: ", ")
            return "werkblad '\(name)' gelezen; de werkmap heeft ook \(list) (kies met 'sheet' bij 'data')"
        case .notation(let notation, let example):
            let name = notation == .nl ? "Nederlandse notatie (1.412 en 12,5)" : "Engelse notatie (1,412 en 12.5)"
            return "getallen in tekst gelezen in \(name), zoals '\(example)'"
        case .statLine:
            return "CBS StatLine-export: '.' is onbekend, 'x' geheim, '-' nihil (0) "
                + "en een lege cel 'kan niet voorkomen'"
        case .provisional(let written, let period):
            return "periode '\(written)' is volgens CBS voorlopig; gelezen als \(period)"
        case .footnoteMark(let written):
            return "voetnootteken weggelaten uit '\(written)'"
        case .otherPeriods(let periods):
            return "cijfers van \(periods.joined(separator: ", ")) niet gelezen: dit bestand levert voor de tabel "
                + "alleen de periods van zijn regel onder 'data'"
        }
    }
}
