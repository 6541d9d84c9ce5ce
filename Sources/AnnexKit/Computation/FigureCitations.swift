/// The sources a table's figures cite in `figures.csv`, cell by cell in the order of its figures, in the words of
/// the annex's language (`CitationWords`): a count cites where it was read, a statistic derived from it 'berekend
/// uit' that. The rows that share a provenance record (`Provenance.sharedRecord`, the rows of one table and printed
/// line) take its `RecordCitation`, made once, and cite it with their own file line (`FigureCitation`): no citation
/// is made as a text here but what the statistics of a cell without a source cite, once per table.
struct FigureCitations {
    /// The table's id, cited by the statistics of a cell without a source.
    let table: String
    /// The words of the citations.
    let words: CitationWords
    /// What a cell without a source cites (nothing) and what its statistics cite ('berekend uit' the table).
    private let unsourced: (citation: FigureCitation, derived: FigureCitation)
    /// The last record cited and its citation.
    private var record: (provenance: Provenance, citation: RecordCitation)?

    init(table: String, words: CitationWords) {
        self.table = table
        self.words = words
        unsourced = (FigureCitation(""), FigureCitation(words.derivedFrom.text(table)))
    }

    /// What a count read with `provenance` cites, and what the statistics derived from it cite. A record that cites
    /// nothing leaves them citing as a cell without a source does.
    mutating func citations(_ provenance: Provenance?) -> (citation: FigureCitation, derived: FigureCitation) {
        guard let provenance, case let record = recordCitation(provenance), !record.isEmpty else { return unsourced }
        return (FigureCitation(record, fileLine: provenance.fileLine, derived: false),
                FigureCitation(record, fileLine: provenance.fileLine, derived: true))
    }

    /// The citation of `provenance`'s record: the last one's when it shares it.
    private mutating func recordCitation(_ provenance: Provenance) -> RecordCitation {
        if let record, record.provenance.sharedRecord == provenance.sharedRecord { return record.citation }
        let citation = provenance.recordCitation(words)
        record = (provenance, citation)
        return citation
    }
}
