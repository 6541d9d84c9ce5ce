/// The sources a table's figures cite in `figures.csv`, cell by cell in the order of its figures, in the words of
/// the annex's language (`CitationWords`): a count cites where it was read, a statistic derived from it 'berekend
/// uit' that. The cells of a row share their provenance and take the texts of the cell before; the rows that share
/// a provenance record (`Provenance.sharedRecord`, the rows of one table and printed line) take its
/// `RecordCitation`, made once, and put their own file line in it.
struct FigureCitations {
    /// The table's id, cited by the statistics of a cell without a source.
    let table: String
    /// The words of the citations.
    let words: CitationWords
    /// The last cell's provenance and its texts.
    private var last: (provenance: Provenance?, texts: (citation: String, derived: String))?
    /// The last record cited and its citation.
    private var record: (provenance: Provenance, citation: RecordCitation)?

    init(table: String, words: CitationWords) {
        self.table = table
        self.words = words
    }

    /// What a count read with `provenance` cites, and what the statistics derived from it cite.
    mutating func texts(_ provenance: Provenance?) -> (citation: String, derived: String) {
        if let last, last.provenance == provenance { return last.texts }
        var citation = ""
        if let provenance { citation = recordCitation(provenance).text(fileLine: provenance.fileLine) }
        let texts = (citation, words.derivedFrom.text(citation.isEmpty ? table : citation))
        last = (provenance, texts)
        return texts
    }

    /// The citation of `provenance`'s record: the last one's when it shares it.
    private mutating func recordCitation(_ provenance: Provenance) -> RecordCitation {
        if let record, record.provenance.sharedRecord == provenance.sharedRecord { return record.citation }
        let citation = provenance.recordCitation(words)
        record = (provenance, citation)
        return citation
    }
}
