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
    private var builder: DatasetBuilder
    private var notices: [InputNotice]
    /// Provisional periods as written, reported once each.
    private var provisional = Set<String>()

    /// Loads `rows` of `file`; `separator` is the CSV separator (nil for a workbook), `citation`
    /// what every figure cites, `periods` the periods the file provides (nil: all of the table's),
    /// `notices` what was noticed before (the sheet read).
    static func load(rows: [InputRow], file: String, separator: UInt8?, spec: TableSpec, source: DataSource,
                     citation: FileCitation, periods: [Period]? = nil, gazetteer: Gazetteer,
                     ownRegions: OwnRegions? = nil,
                     notices: [InputNotice] = []) throws -> LoadedDataset {
        let rows = rows.filter { !$0.isBlank }
        let vocabulary = TableVocabulary(spec: spec, source: source)
        let header = try ReceivedHeader(rows: rows, spec: spec, vocabulary: vocabulary, file: file, periods: periods)
        // English Excel saves a table with commas (its decimal mark is a point), Dutch Excel with
        // semicolons; a workbook stores its numbers as numbers, and text in it is Dutch by default.
        let english = separator == UInt8(ascii: ",") || separator == UInt8(ascii: "\t")
        let numbers = FileNumbers.received(layoutNotation: english ? .english : .dutch,
                                           stated: source.numbers?.notation)
        var loader = ReceivedTableLoader(
            spec: spec, vocabulary: vocabulary, header: header, citation: citation,
            statLine: header.periodHeading == "perioden" && ["regios", "regio's"].contains(header.nameHeading),
            fieldsCounted: separator != nil,
            builder: DatasetBuilder(file: file, spec: spec, gazetteer: gazetteer, ownRegions: ownRegions,
                                    numbers: numbers, periods: periods),
            notices: notices)
        for row in rows[..<header.rows.lowerBound] {
            loader.notice(row.line, .title(row.distinctTexts.joined(separator: " ")))
        }
        loader.noticeFootnoteMarks(rows[header.rows])
        if loader.statLine { loader.notice(nil, .statLine) }
        let body = rows[header.rows.upperBound...]
        let data = body.dropLast(loader.trailingNotes(body))
        for row in body[data.endIndex...] { loader.notice(row.line, .note(row.distinctTexts.joined(separator: " "))) }
        if data.isEmpty { loader.builder.record(.noData, line: rows[header.rows].last?.line, column: nil) }
        for row in data { loader.read(row) }
        if let evidence = loader.builder.numberNotation.evidence {
            loader.notice(evidence.line, .notation(NumberNotation(loader.builder.numberNotation.notation),
                                                   example: evidence.text))
        }
        var loaded = try loader.builder.finish()
        loaded.notices = loader.notices + loaded.notices
        return loaded
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

    /// How many rows at the end of `body` are notes: rows below the last figure that hold no
    /// figure and whose name cell names no region (or, in a table per measure, no measure).
    private func trailingNotes(_ body: ArraySlice<InputRow>) -> Int {
        let valueColumns = header.roles.indices.filter { if case .figures = header.roles[$0] { true } else { false } }
        var count = 0
        for row in body.reversed() {
            let name = TableVocabulary.withoutFootnoteMarks(row[header.nameColumn].singleLine)
            let named: Bool
            if spec.layout == .measures {
                named = vocabulary.measure(name) != nil
            } else if case .data? = builder.ownRegions {
                // Any text could name a region of the data's own: a row names one when it has a name
                // and a code.
                named = !name.isEmpty && (header.codeColumn.map { !row[$0].isEmpty } ?? false)
            } else {
                named = (try? builder.resolve(region: name, type: regionType(name), suggesting: false).get()) != nil
            }
            let hasFigure = valueColumns.contains { row[$0].looksLikeFigure }
            if named || hasFigure { break }
            count += 1
        }
        return count
    }

    /// Whether a name in the table is that of a total (`Totaal`, `Nederland`, `NL01`).
    private func isTotal(_ name: String) -> Bool { DatasetBuilder.nationalNames.contains(DatasetBuilder.key(name)) }

    /// The type of region a name in the table is: the country for a total, else the spec's.
    private func regionType(_ name: String) -> RegionType? {
        if isTotal(name) { return nil }
        return spec.regionType == .gemeente ? nil : spec.regionType
    }

    /// Reads the figures of one data row.
    private mutating func read(_ row: InputRow) {
        let written = row[header.nameColumn].singleLine
        let name = TableVocabulary.withoutFootnoteMarks(written)
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
                    builder.set(row: region, measure: measure, period: period,
                                cell: Cell(amount: amount, provenance: provenance), line: row.line)
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
