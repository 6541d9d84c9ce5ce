import Foundation

/// Everything the annex says, in one language: the phrases, the report's own texts and the way
/// numbers are written. Renderers take every word from here, so a language is complete or the
/// build stops.
public struct Wording: Sendable {
    public let phrases: PhraseBook
    public let report: ReportTexts
    public let numbers: NumberStyle

    public var language: Language { phrases.language }

    public init(phrases: PhraseBook, report: ReportTexts) {
        self.phrases = phrases
        self.report = report
        numbers = NumberStyle(phrases: phrases)
    }

    /// The wording of `spec` in `language` from the templates folder: the phrases from
    /// `i18n/<language>.yaml`; the report's texts from the spec or, in another language than the
    /// spec's, from `i18n/<report-id>.<language>.yaml`.
    public static func load(templates: String, spec: ReportSpec, language: Language) throws -> Wording {
        let phrases = try PhraseBook.load(templates: templates, language: language)
        let translation = ReportTexts.path(templates: templates, report: spec.id, language: language)
        if language != spec.language && !FileManager.default.fileExists(atPath: translation) {
            throw LoadErrors([
                LoadError(file: translation, .missingTranslation(report: spec.id, language: language.rawValue))
            ])
        }
        let texts =
            language == spec.language ? ReportTexts(spec: spec) : try ReportTexts.load(path: translation, spec: spec)
        return Wording(phrases: phrases, report: texts)
    }

    public func callAsFunction(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        phrases.text(phrase, values)
    }

    // MARK: The report's texts

    public func title(_ table: ComputedTable) -> String { texts(table).title }

    public func sheet(_ table: ComputedTable) -> String { texts(table).sheet }

    public func rowHeader(_ table: ComputedTable) -> String {
        texts(table).rowHeader ?? self(table.layout == .regions ? .rowRegion : .rowMeasure)
    }

    private func texts(_ table: ComputedTable) -> ReportTexts.Table { report.tables[table.id]! }

    /// The name of a measure; its id if the spec does not declare it (which the spec loader prevents).
    public func measure(_ reference: MeasureReference) -> String {
        report.tables[reference.table]?.measures[reference.measure] ?? reference.measure
    }

    public func measure(_ measure: Measure, in table: ComputedTable) -> String {
        self.measure(MeasureReference(table: table.measuresFrom, measure: measure.id))
    }

    public func footnote(_ note: Footnote) -> String { report.footnotes[note.id] ?? note.text }

    /// '[noot 3]'.
    public func reference(_ note: Footnote) -> String { self(.noteReference, ["number": String(note.number)]) }

    /// The source of a table for readers: each delivery its figures come from and where in it the
    /// figures stand ('…, 15 augustus 2024; tabel 1, §2.1 (p. 7–19)'); the report's source when they
    /// cite nothing.
    public func source(_ table: ComputedTable) -> String {
        sourceParts(table).joined(separator: "; ")
    }

    /// The parts of a table's source line: each delivery and where in it the figures stand.
    func sourceParts(_ table: ComputedTable) -> [String] {
        table.sources.isEmpty ? [report.source]
            : table.sources.flatMap { [delivery($0.delivery)] + $0.tables.map(citation) }
    }

    /// How a delivery is cited in this language: the report's source as translated, a declared
    /// delivery as its translation file gives it, or as the spec does.
    public func delivery(_ delivery: Delivery) -> String {
        delivery.isReportSource ? report.source : report.deliveries[delivery.id] ?? delivery.citation
    }

    /// A part of the source document as readers find it: its name, section or appendix and pages
    /// ('tabel 1, §2.1 (p. 7–19)'); the name as cited when the spec does not place it.
    public func citation(_ cited: String) -> String {
        let name = report.partNames[cited] ?? cited
        guard let part = report.document?.parts[cited], let section = part.section else { return name }
        let place = self(SourceDocument.isAppendix(section) ? .citeAppendix : .citeSection, ["section": section])
        let pages: String
        switch report.document?.pages(part) {
        case nil: return self(.citePart, ["name": name, "section": place])
        case .page(let page)?: pages = self(.citePage, ["page": String(page)])
        case .range(let first, let last)?: pages = self(.citePages, ["first": String(first), "last": String(last)])
        case .from(let page)?: pages = self(.citeFromPage, ["page": String(page)])
        }
        return self(.citePartPages, ["name": name, "section": place, "pages": pages])
    }

    /// An ISO date ('2024-08-15') as readers write it: '15 augustus 2024'; as given when it is no date.
    public func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let month = Phrase(rawValue: "month.\(parts[1])"), (1...31).contains(parts[2]) else {
            return iso
        }
        return self(.dateFormat, ["day": String(parts[2]), "month": self(month), "year": String(parts[0])])
    }

    // MARK: Rows, columns and markers

    public func regionName(_ region: Region) -> String {
        region.type == .land ? self(.regionNetherlands) : region.name
    }

    public func label(_ row: TableRow, in table: ComputedTable) -> String {
        switch row.kind {
        case .region, .national:
            // Not `row.region.map(regionName)`: that closure would copy the wording for every row.
            if let region = row.region { regionName(region) } else { row.code }
        case .measure: measure(MeasureReference(table: table.measuresFrom, measure: row.code))
        case .sumOfRows: self(table.rows.contains(kind: .publishedTotal) ? .rowSum : .rowSumAsTotal)
        case .publishedTotal: self(.rowPublishedTotal)
        }
    }

    public func header(_ column: TableColumn) -> String {
        let text: String
        switch column.content {
        case .period(let period): text = period.label
        case .change(let from, let to): text = self(.columnChange, ["from": from.label, "to": to.label])
        case .changePercentage(let from, let to): text = self(.columnChangePct, ["from": from.label, "to": to.label])
        case .shareOfNational(let period, let table):
            text = namedShare(table, period) ?? self(.columnShareNational, ["period": period.label])
        case .shareOfTable(let period, let table):
            text = namedShare(table, period) ?? self(.columnShareTable, ["period": period.label])
        case .shareOfTotal(let period): text = self(.columnShareTotal, ["period": period.label])
        case .ratePer10000(let period): text = self(.columnRate, ["period": period.label])
        }
        let unit = column.unit.map { " (" + self.unit($0) + ")" } ?? ""
        return (column.measure.map { measure($0) + " " + text } ?? text) + unit
    }

    /// 'aandeel in de tien gemeenten 2024': a share's heading with the total the table's spec names
    /// (`share_of`), whether that total was delivered or is the sum of the rows.
    private func namedShare(_ table: String, _ period: Period) -> String? {
        report.tables[table]?.shareOf.map { self(.columnShareNamed, ["name": $0, "period": period.label]) }
    }

    /// The name of a column's unit: '%', 'procentpunt', or the measure's own ('dagen').
    public func unit(_ unit: ColumnUnit) -> String {
        switch unit {
        case .percent: "%"
        case .percentagePoints: self(.unitPercentagePoints)
        case .measure(let reference): report.tables[reference.table]?.units[reference.measure] ?? reference.measure
        }
    }

    // MARK: Lists and counts

    /// 'A, B en C'-style lists stop after `limit` names: 'A, B en 3 andere'.
    public func list(_ names: [String], limit: Int = 8) -> String {
        if names.count > limit {
            return self(
                .listMore, ["names": names.prefix(limit).joined(separator: ", "), "count": String(names.count - limit)])
        }
        return names.joined(separator: ", ")
    }

    /// 'A, B en C': every name, the last joined by 'and'.
    public func conjunction(_ names: [String]) -> String {
        guard names.count > 1 else { return names.joined() }
        return self(.listAnd, ["first": names.dropLast().joined(separator: ", "), "last": names.last!])
    }

    /// '1 rij', '3 rijen'.
    public func counted(_ count: Int, one: Phrase, other: Phrase) -> String {
        self(count == 1 ? one : other, ["count": String(count)])
    }

    // MARK: Completeness

    /// Texts that came with the data and lack a translation into this language (the data's texts
    /// are Dutch): the evidence of corrections and the notes on doubtful names used; and, in a
    /// translation of the spec (`report.file`), cited parts of the source without one.
    public func untranslated(_ computed: ComputedReport) -> [LoadError] {
        var problems: [LoadError] = []
        var seen = Set<String>()
        func need(_ text: LocalizedText, column: String) {
            guard text.text(in: language) == nil, seen.insert("\(text.file):\(text.line ?? 0)").inserted else { return }
            problems.append(LoadError(file: text.file, line: text.line, .invalidTranslation(
                reason: MessageText(.translationDataColumn, ["column": "\(column)_\(language.rawValue)",
                                                             "language": "\(language.rawValue)"]))))
        }
        for table in computed.tables {
            table.corrections.forEach { need($0.evidence, column: "evidence") }
            table.doubtfulAliases.forEach { need($0.alias.note, column: "note") }
        }
        guard report.file != nil else { return problems }
        for name in computed.tables.flatMap({ $0.sources.flatMap(\.tables) }) where report.partNames[name] == nil
            && seen.insert(name).inserted {
            problems.append(LoadError(file: report.file ?? computed.spec.id, .invalidTranslation(
                reason: MessageText(.translationAt, ["place": "source_parts", "problem": .message(
                    MessageText(.translationMissing, ["key": "\(name)"]))]))))
        }
        let cited = Set(computed.tables.flatMap { $0.sources.flatMap(\.tables) })
        for name in report.partNames.keys.sorted() where !cited.contains(name) {
            problems.append(LoadError(file: report.file ?? computed.spec.id, .invalidTranslation(
                reason: MessageText(.translationAt, ["place": "source_parts", "problem": .message(
                    MessageText(.translationNotCited, ["name": "\(name)"]))]))))
        }
        return problems
    }
}
