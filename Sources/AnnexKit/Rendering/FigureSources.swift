/// The sources of the figures, each once, in the order the figures first cite them, and the number of each figure's
/// source in that list: `figures.json` lists them once and refers to them by number, `figures.csv` copies each one's
/// encoded bytes (`append(source:csv:json:)`). They are numbered by their parts (`FigureCitation`), no figure's
/// citation made as a text: a record's citation (`RecordCitation`) gets a number once, by the bytes of its head and
/// tail (records made apart that read alike, as those of two tables read from one file, are one), and a source
/// citing a file is its record's number, its file line and whether it is a statistic computed from the count. A
/// text made whole (a sum of rows, a ratio, a record that cites no file) is numbered by its bytes (`TextNumbers`).
/// Two sources citing a file whose parts differ are listed apart: their texts could only be the same bytes if a
/// file's name held the end of the file's phrase ('bestand {file}:') followed by digits.
///
/// A count's source is also that of each statistic derived from it but for the 'berekend uit', so most figures cite
/// what the figure before cites (compared at once); only another is looked up.
struct FigureSources {
    /// A distinct source: a text made whole, or a record's citation (by its number) with its file line.
    private enum Source {
        case text(String)
        case record(Int, fileLine: Int, derived: Bool)
    }

    /// The distinct sources, in the order first cited.
    private var sources: [Source] = []
    /// For each figure, the number (position in the sources) of its source.
    private(set) var numbers: [Int] = []
    /// The bytes of the distinct sources' texts together.
    private(set) var bytes = 0
    /// The records, by number (the first of those that read alike), and what a look through each one's parts
    /// found, for a count's citation and a statistic's (`SourceLook`).
    private var records: [(citation: RecordCitation, count: SourceLook, derived: SourceLook)] = []

    /// The texts made whole, and the source number of each.
    private var texts = TextNumbers(), textSources: [Int] = []
    /// The records' heads and tails numbered by their bytes, and each record's number by those (`number(ofRecord:)`).
    private var heads = TextNumbers(), tails = TextNumbers(), recordParts = PairNumbers()
    /// The sources that cite a file, numbered by their record and kind (twice the record's number, and one more for
    /// a statistic's) and their line, and the source number of each.
    private var fileParts: PairNumbers, fileSources: [Int] = []
    /// Where a source citing a file is composed before it is encoded.
    private var scratch = ByteBuffer()

    /// The number of distinct sources.
    var count: Int { sources.count }

    /// The sources of `tables`' figures, in order.
    init(_ tables: [[FigureRecord]]) {
        let count = tables.reduce(0) { $0 + $1.count }
        numbers.reserveCapacity(count)
        // At most half the figures (a count and its derived statistics) cite new sources.
        fileParts = PairNumbers(capacity: count / 2)
        // The last text and the last record cited, and their numbers: a figure that cites the same as the figure
        // before (a statistic of the same text, the count's statistics) takes its number at once.
        var lastText: (text: String, number: Int)?
        var lastRecord: (citation: RecordCitation, record: Int, fileLine: Int, derived: Bool, number: Int)?
        for figures in tables {
            // In place: a record is not copied whole for its source.
            figures.withUnsafeBufferPointer { figures in
                for index in figures.indices {
                    switch figures[index].citation.parts {
                    case .text(let text):
                        if let last = lastText, TextNumbers.sameBytes(last.text, text) {
                            numbers.append(last.number)
                        } else {
                            let number = self.number(ofText: text)
                            numbers.append(number)
                            lastText = (text, number)
                        }
                    case .record(let citation, let fileLine, let derived):
                        if let last = lastRecord, last.citation === citation, last.fileLine == fileLine,
                           last.derived == derived {
                            numbers.append(last.number)
                        } else {
                            let record = lastRecord.flatMap { $0.citation === citation ? $0.record : nil }
                                ?? self.number(ofRecord: citation)
                            let number = self.number(ofRecord: record, fileLine: fileLine, derived: derived)
                            numbers.append(number)
                            lastRecord = (citation, record, fileLine, derived, number)
                        }
                    }
                }
            }
        }
    }

    /// The number of the source `text`: that of the text with its bytes numbered before, else the next.
    private mutating func number(ofText text: String) -> Int {
        let number = texts.number(of: text)
        guard number == textSources.count else { return textSources[number] }
        textSources.append(sources.count)
        bytes += text.utf8.count
        sources.append(.text(text))
        return sources.count - 1
    }

    /// The number of the record `citation`: that of the record with its head and tail numbered before (its head
    /// alone when it cites no file, the tail then in it), else the next, the look through its parts taken.
    private mutating func number(ofRecord citation: RecordCitation) -> Int {
        let tail = citation.citesFile ? tails.number(of: citation.tail) : -1
        let (number, isNew) = recordParts.number(heads.number(of: citation.head), tail)
        if isNew {
            let count = SourceLook(citation.head).and(SourceLook(citation.tail))
            let derived = citation.derivedFrom.literals.reduce(count) { $0.and(SourceLook($1)) }
            records.append((citation, count, derived))
        }
        return number
    }

    /// The number of the source citing `fileLine` of the record numbered `record`, a statistic's when `derived`:
    /// that of the same record, line and kind numbered before, else the next. A record that cites no file is a
    /// text made whole.
    private mutating func number(ofRecord record: Int, fileLine: Int, derived: Bool) -> Int {
        let citation = records[record].citation
        guard citation.citesFile else {
            return number(ofText: derived ? citation.derivedText(fileLine: fileLine) : citation.head)
        }
        let (number, isNew) = fileParts.number(2 * record + (derived ? 1 : 0), fileLine)
        guard isNew else { return fileSources[number] }
        let count = citation.count(fileLine: fileLine)
        let phrase = citation.derivedFrom
        bytes += derived ? phrase.count + (phrase.literals.count - 1) * count : count
        fileSources.append(sources.count)
        sources.append(.record(record, fileLine: fileLine, derived: derived))
        return sources.count - 1
    }

    /// The source numbered `number` as its CSV field appended to `csv` and as its JSON string to `json`: a text
    /// made whole encoded from one look through it, a source citing a file composed from its parts and encoded
    /// from the look through them taken once per record.
    mutating func append(source number: Int, csv: inout ByteBuffer, json: inout ByteBuffer) {
        switch sources[number] {
        case .text(let text): MachineReadable.appendSource(text, csv: &csv, json: &json)
        case .record(let record, let fileLine, let derived):
            let (citation, count, derivedLook) = records[record]
            scratch.removeAll()
            if derived {
                let literals = citation.derivedFrom.literals
                scratch.append(literals[0])
                for literal in literals.dropFirst() {
                    Self.append(citation, fileLine: fileLine, to: &scratch)
                    scratch.append(literal)
                }
            } else {
                Self.append(citation, fileLine: fileLine, to: &scratch)
            }
            scratch.withUnsafeBufferPointer { (derived ? derivedLook : count).append($0, csv: &csv, json: &json) }
        }
    }

    /// The citation of `citation`'s figure read from `fileLine` appended to `text` (`RecordCitation.text`).
    private static func append(_ citation: RecordCitation, fileLine: Int, to text: inout ByteBuffer) {
        text.append(citation.head)
        if fileLine < 0 { text.append(UInt8(ascii: "-")) }
        text.append(digits: fileLine.magnitude)
        text.append(citation.tail)
    }
}
