/// Loads a table as users receive it, from CSV (Dutch or English Excel, a CBS StatLine export) or
/// from a worksheet of an XLSX workbook:
///
///     Injus-meldingen per gemeente, 2022–2023          ← title: reported, not read
///     Gemeente | 2022 (merged)        | 2023 (merged)
///              | Meldingen begin⏎detentie | …           ← wrapped heading: joined
///     Amsterdam | 1.500 | 2.077 | 1.886 | 2.111
///     Totaal    | 15.337 | …                            ← the published national total
///     Bron: DJI, Injus                                  ← note: reported, not read
///
/// The header is found (`ReceivedHeader`) and its columns mapped to measures and periods
/// through the spec. Rows below the last row with a figure that name no region are notes. A
/// table may be wide (measures × periods as columns), long (a column of periods, as CBS exports:
/// `Perioden;RegioS;…` with codes such as `2022JJ00` and `GM0363`), or have a row per measure
/// for a table laid out per measure. Numbers stored as numbers are read exactly; numbers as text
/// by the file's notation (`FileNumbers`: Dutch, or English as English Excel saves a table), and
/// a StatLine export's markers by CBS's legend (`CBSLegend`).
struct ReceivedTableLoader {
    private let spec: TableSpec
    private let vocabulary: TableVocabulary
    private let header: ReceivedHeader
    private let citation: FileCitation
    /// Whether the file is a CBS StatLine export, read by CBS's legend.
    private let statLine: Bool
    /// Whether every row has all its fields (CSV); a worksheet's row ends at its last cell.
    private let fieldsCounted: Bool
    /// The columns of figures.
    private let valueColumns: [Int]
    private var builder: DatasetBuilder
    private var notices: [InputNotice]
    /// Provisional periods as written, reported once each.
    private var provisional = Set<String>()
    /// Rows read since the last row with a figure or a region: notes if no such row follows.
    private var maybeNotes: [InputRow] = []
    /// Whether a row with a figure or a region was read.
    private var hasData = false
    /// The size of the file in bytes, when it is read a row at a time as text (CSV): what the dataset's
    /// room is reserved by.
    private let fileSize: Int?

    /// Loads `rows` of `file` (a worksheet's), as `load(rows:…)` with the rows one by one.
    static func load(rows: [InputRow], file: String, separator: UInt8?, spec: TableSpec, source: DataSource,
                     citation: FileCitation, periods: [Period]? = nil, gazetteer: Gazetteer,
                     ownRegions: OwnRegions? = nil, notices: [InputNotice] = []) throws -> LoadedDataset {
        var iterator = rows.makeIterator()
        return try load(rows: { iterator.next() }, file: file, separator: separator, spec: spec, source: source,
                        citation: citation, periods: periods, gazetteer: gazetteer, ownRegions: ownRegions,
                        notices: notices)
    }

    /// Loads the rows of `file` that `next` gives one at a time (nil after the last; it throws what
    /// stops the file being read), so that only the header and the rows that may be notes below
    /// the table are held; `separator` is the CSV separator (nil for a workbook), `citation` what
    /// every figure cites, `periods` the periods the file provides (nil: all of the table's),
    /// `notices` what was noticed before (the sheet read), `fileSize` the size of a CSV file.
    static func load(rows next: () throws -> InputRow?, file: String, separator: UInt8?, spec: TableSpec,
                     source: DataSource, citation: FileCitation, periods: [Period]? = nil, gazetteer: Gazetteer,
                     ownRegions: OwnRegions? = nil, notices: [InputNotice] = [],
                     fileSize: Int? = nil) throws -> LoadedDataset {
        func nextRow() throws -> InputRow? {
            while let row = try next() {
                if !row.isBlank { return row }
            }
            return nil
        }
        let vocabulary = TableVocabulary(spec: spec, source: source)
        // The rows up to the header's first and as many after it as a header may span.
        var leading: [InputRow] = []
        while let row = try nextRow() {
            leading.append(row)
            if ReceivedHeader.starts(row, vocabulary) { break }
        }
        for _ in 0..<ReceivedHeader.maximumRows {
            guard let row = try nextRow() else { break }
            leading.append(row)
        }
        let header: ReceivedHeader
        do {
            header = try ReceivedHeader(rows: leading, spec: spec, vocabulary: vocabulary, file: file,
                                        periods: periods)
        } catch {
            // A file that cannot be read further is reported as such, as if it had been read whole first.
            while try nextRow() != nil {}
            throw error
        }
        // English Excel saves a table with commas (its decimal mark is a point), Dutch Excel with
        // semicolons; a workbook stores its numbers as numbers, and text in it is Dutch by default.
        let english = separator == UInt8(ascii: ",") || separator == UInt8(ascii: "\t")
        let numbers = FileNumbers.received(layoutNotation: english ? .english : .dutch,
                                           stated: source.numbers?.notation)
        var loader = ReceivedTableLoader(
            spec: spec, vocabulary: vocabulary, header: header, citation: citation,
            statLine: header.periodHeading == "perioden" && ["regios", "regio's"].contains(header.nameHeading),
            fieldsCounted: separator != nil,
            valueColumns: header.roles.indices.filter { if case .figures = header.roles[$0] { true } else { false } },
            builder: DatasetBuilder(file: file, spec: spec, gazetteer: gazetteer, ownRegions: ownRegions,
                                    numbers: numbers, periods: periods),
            notices: notices, fileSize: fileSize)
        for row in leading[..<header.rows.lowerBound] {
            loader.notice(row.line, .title(row.distinctTexts.joined(separator: " ")))
        }
        loader.noticeFootnoteMarks(leading[header.rows])
        if loader.statLine { loader.notice(nil, .statLine) }
        // The notes below the table are listed before what reading its rows noticed.
        let notesIndex = loader.notices.count
        let headerEnd = leading[header.rows].last?.line
        for row in leading[header.rows.upperBound...] { loader.take(row) }
        leading.removeAll()
        while let row = try nextRow() { loader.take(row) }
        let notes = loader.maybeNotes.map {
            InputNotice(file: file, line: $0.line, kind: .note($0.distinctTexts.joined(separator: " ")))
        }
        loader.notices.insert(contentsOf: notes, at: notesIndex)
        if !loader.hasData { loader.builder.record(.noData, line: headerEnd, column: nil) }
        if let evidence = loader.builder.numberNotation.evidence {
            loader.notice(evidence.line, .notation(NumberNotation(loader.builder.numberNotation.notation),
                                                   example: evidence.text))
        }
        var loaded = try loader.builder.finish()
        loaded.notices = loader.notices + loaded.notices
        return loaded
    }

    /// Takes a row below the header: read at once when it names a region or holds a figure (with the
    /// rows before it that looked like notes), else held as a note. A method of the loader rather than
    /// a closure over it, so that the loader is not copied for each row.
    private mutating func take(_ row: InputRow) {
        let named = name(of: row)
        guard names(row, named.name) || hasFigure(row) else { return maybeNotes.append(row) }
        if !hasData, let fileSize { reserve(fileSize: fileSize, like: row) }
        for earlier in maybeNotes { read(earlier, name: name(of: earlier)) }
        maybeNotes.removeAll()
        read(row, name: named)
        hasData = true
    }

    /// Reserves the dataset's room for the rows of a file of `fileSize` bytes whose rows are about as long as
    /// `row`, the first with a figure or a region, and a quarter more: a table that grows past its room is
    /// copied whole, while room never filled costs no memory. Only for a table with a row per region and no
    /// column of periods, where a row of the file is a row of the dataset.
    private mutating func reserve(fileSize: Int, like row: InputRow) {
        guard spec.layout == .regions, header.periodColumn == nil else { return }
        let length = row.cells.reduce(row.cells.count) { $0 + $1.text.utf8.count }
        let name = row[header.nameColumn].text.utf8.count
        let code = header.codeColumn.map { row[$0].text.utf8.count } ?? name
        let rows = fileSize / length * 5 / 4
        builder.reserve(rows: rows, textBytes: rows * (name + code))
    }

    private mutating func notice(_ line: Int?, _ kind: InputNotice.Kind) {
        notices.append(InputNotice(file: builder.file, line: line, kind: kind))
    }

    /// Reports each heading with a footnote mark once.
    private mutating func noticeFootnoteMarks(_ header: ArraySlice<InputRow>) {
        var marked = Set<String>()
        for row in header {
            for text in row.cells.map(\.singleLine) where TableVocabulary.withoutFootnoteMarks(text) != text {
                if marked.insert(text).inserted { notice(row.line, .footnoteMark(written: text)) }
            }
        }
    }

    /// The name cell of `row` as written (on one line) and without footnote marks.
    private func name(of row: InputRow) -> (written: String, name: String) {
        let written = row[header.nameColumn].singleLine
        return (written, TableVocabulary.withoutFootnoteMarks(written))
    }

    /// Whether `row`, whose name cell reads `name`, names a region (or, in a table per measure, a
    /// measure). A row below the last figure that names none and holds no figure is a note.
    private func names(_ row: InputRow, _ name: String) -> Bool {
        if spec.layout == .measures { return vocabulary.measure(name) != nil }
        if case .data? = builder.ownRegions {
            // Any text could name a region of the data's own: a row names one when it has a name and a code.
            return !name.isEmpty && (header.codeColumn.map { !row[$0].isEmpty } ?? false)
        }
        return (try? builder.resolve(region: name, type: regionType(name), suggesting: false).get()) != nil
    }

    /// Whether `row` holds a figure (or a marker) in a column of figures.
    private func hasFigure(_ row: InputRow) -> Bool { valueColumns.contains { row[$0].looksLikeFigure } }

    /// Whether a name in the table is that of a total (`Totaal`, `Nederland`, `NL01`).
    private func isTotal(_ name: String) -> Bool { DatasetBuilder.isNational(name) }

    /// The type of region a name in the table is: the country for a total, else the spec's.
    private func regionType(_ name: String) -> RegionType? {
        if isTotal(name) { return nil }
        return spec.regionType == .gemeente ? nil : spec.regionType
    }

    /// Reads the figures of one data row, whose name cell reads `name` (`name(of:)`).
    private mutating func read(_ row: InputRow, name names: (written: String, name: String)) {
        let (written, name) = names
        if name != written { notice(row.line, .footnoteMark(written: written)) }
        let filled = row.cells.indices.filter { !row[$0].isEmpty && $0 != header.nameColumn && $0 != header.codeColumn }
        if let beyond = filled.first(where: { $0 >= header.roles.count }) {
            builder.record(.tooManyFields(expected: header.roles.count, found: beyond + 1), line: row.line,
                           column: beyond + 1)
        } else if fieldsCounted && row.cells.count < header.roles.count {
            builder.record(.tooFewFields(expected: header.roles.count, found: row.cells.count), line: row.line,
                           column: nil)
        }
        guard !name.isEmpty else {
            if !filled.isEmpty { builder.record(.missingRegionName, line: row.line, column: header.nameColumn + 1) }
            return
        }
        let (region, rowMeasure) = rowKey(name, code: header.codeColumn.map { row[$0].trimmed }, line: row.line)
        if spec.layout == .regions, region != nil, isTotal(name) {
            notice(row.line, .deliveredTotal(written: name, shareOf: spec.shareOf))
        }
        let rowPeriod = header.periodColumn.flatMap { period(row[$0].trimmed, line: row.line, column: $0 + 1) }
        let provenance = citation.provenance(line: row.line)
        for (index, role) in header.roles.enumerated() {
            guard case .figures(let columnMeasure, let columnPeriod) = role else { continue }
            let (measure, period) = (columnMeasure ?? rowMeasure, columnPeriod ?? rowPeriod)
            switch row[index] {
            case .number(let stored):
                builder.storedNumber(stored, row: region, measure: measure, period: period, line: row.line,
                                     column: index + 1, provenance: provenance)
            case .text(let text):
                if statLine, let amount = CBSLegend.amount(row[index].trimmed) {
                    guard let region, let measure, let period else { continue }
                    builder.set(row: region, measure: measure, period: period, amount: amount,
                                provenance: provenance, line: row.line)
                } else {
                    builder.figure(text, row: region, measure: measure, period: period, line: row.line,
                                   column: index + 1, provenance: provenance)
                }
            }
        }
    }

    /// The dataset row a name stands for, and in a table per measure the measure it names; nil
    /// (with the error recorded) when it names neither.
    private mutating func rowKey(_ name: String, code: String?, line: Int) -> (region: Int?, measure: Int?) {
        let column = header.nameColumn + 1
        guard spec.layout == .measures else {
            return (builder.row(region: name, type: regionType(name), code: code, line: line, column: column), nil)
        }
        let measure = vocabulary.measure(name)
        if measure == nil { _ = builder.measure(name, line: line, column: column) }
        return (builder.row(region: "NL", type: .land, line: line, column: column), measure)
    }

    /// The period a cell of the period column names; a provisional one is reported once.
    private mutating func period(_ text: String, line: Int, column: Int) -> Int? {
        guard let (index, isProvisional) = vocabulary.period(text) else {
            return builder.period(text, line: line, column: column)
        }
        if isProvisional && provisional.insert(text).inserted {
            notice(line, .provisional(written: text, period: spec.periods[index].label))
        }
        return index
    }
}
