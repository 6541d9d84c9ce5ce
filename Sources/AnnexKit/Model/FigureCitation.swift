/// What a figure cites in `figures.csv` and `figures.json`, held as the parts its text is made of: a count read
/// from a data file cites its shared record (`RecordCitation`, made once per record) with its own file line, and
/// each statistic computed from it the same 'berekend uit' around it, so that no figure's citation is made as a
/// text. The writer numbers the sources by these parts and puts them into both files (`FigureSources`); `text`
/// makes the text for whoever asks (verify, the tests). Two citations are equal when their texts are.
public struct FigureCitation: Sendable, Hashable {
    /// The parts of a citation.
    enum Parts: Sendable {
        /// A text made whole: the sums of a table's rows, a ratio, what a figure without a source cites.
        case text(String)
        /// A count read from `fileLine` of `record`'s file or, when `derived`, a statistic computed from it.
        case record(RecordCitation, fileLine: Int, derived: Bool)
    }

    let parts: Parts

    /// A citation made whole as `text`.
    init(_ text: String) { parts = .text(text) }

    /// The citation of the count read from `fileLine` of `record`'s file or, when `derived`, of a statistic
    /// computed from it.
    init(_ record: RecordCitation, fileLine: Int, derived: Bool) {
        parts = .record(record, fileLine: fileLine, derived: derived)
    }

    /// The citation as text, made when asked for.
    public var text: String {
        switch parts {
        case .text(let text): text
        case .record(let record, let fileLine, let derived):
            derived ? record.derivedText(fileLine: fileLine) : record.text(fileLine: fileLine)
        }
    }

    public static func == (left: FigureCitation, right: FigureCitation) -> Bool { left.text == right.text }

    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
