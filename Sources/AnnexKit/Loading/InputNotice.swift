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
        /// A row read as the table's delivered total (`Totaal`), which a region's share is taken
        /// of; `shareOf` is what the spec calls that total, nil: the Netherlands.
        case deliveredTotal(written: String, shareOf: String?)
    }

    /// The notice in Dutch: 'file:line: message'.
    public var description: String { description(in: .source) }

    /// The notice in `language`.
    public func description(in language: Language) -> String {
        (line.map { "\(file):\($0)" } ?? file) + ": " + message.text(in: language)
    }

    /// The notice, to be said in the language of the run.
    public var message: MessageText {
        switch kind {
        case .title(let text): MessageText(.noticeTitle, ["text": "\(text)"])
        case .note(let text): MessageText(.noticeNote, ["text": "\(text)"])
        case .sheet(let name, let others):
            MessageText(
                .noticeSheet, ["sheet": "\(name)", "others": "\(others.map { "'\($0)'" }.joined(separator: ", "))"])
        case .notation(let notation, let example):
            MessageText(notation == .nl ? .noticeDutchNumbers : .noticeEnglishNumbers, ["example": "\(example)"])
        case .statLine: MessageText(.noticeStatLine)
        case .provisional(let written, let period):
            MessageText(.noticeProvisional, ["written": "\(written)", "period": "\(period)"])
        case .footnoteMark(let written): MessageText(.noticeFootnoteMark, ["written": "\(written)"])
        case .otherPeriods(let periods):
            MessageText(.noticeOtherPeriods, ["periods": "\(periods.joined(separator: ", "))"])
        case .deliveredTotal(let written, nil): MessageText(.noticeDeliveredTotal, ["written": "\(written)"])
        case .deliveredTotal(let written, let name?):
            MessageText(.noticeDeliveredTotalNamed, ["written": "\(written)", "name": "\(name)"])
        }
    }
}
