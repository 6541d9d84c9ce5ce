/// A year written in a text of the report that its periods do not explain: a range that is not
/// the periods of what the text is about (a title that still says 2019–2022 once 2023 was added)
/// or a year outside them. `annex check` warns about each, in every language the report has.
public struct YearInText: Sendable, Hashable, CustomStringConvertible {
    /// The file the text is in: the spec, or a translation file.
    public let file: String
    /// Which text: 'title', 'tables.x.title', 'footnotes.y'.
    public let field: String
    /// The year or range as written.
    public let written: String
    /// The periods the text is about.
    public let periods: [Period]

    /// The warning, to be said in the language of the run.
    public var message: MessageText {
        let span = PeriodPlaceholders(periods: periods).range
        let names = PeriodPlaceholders.names.map { "{\($0)}" }.joined(separator: ", ")
        return MessageText(.yearsOutside, ["file": .plain(file), "field": .plain(field), "written": .plain(written),
                                           "span": .plain(span), "names": .plain(names)])
    }

    /// The warning in Dutch.
    public var description: String { message.description }
}

/// Finds the years of texts that their periods do not explain (see `YearInText`).
public enum YearsInTexts {
    /// The years in `texts` (one language of `spec`, read from `file`) that its periods do not
    /// explain. The publication year may be named anywhere; the next update is about the future.
    public static func find(in texts: ReportTexts, spec: ReportSpec, file: String) -> [YearInText] {
        let published = CalendarDate(iso: spec.published).map { String($0.year) }
        var found: [YearInText] = []
        func scan(_ text: String?, _ field: String, _ periods: [Period]) {
            guard let text, !periods.isEmpty else { return }
            let labels = Set(periods.map(\.label))
            for match in YearMentions(text) {
                let explained = if let last = match.last {
                    match.first == periods.first?.label && last == periods.last?.label
                } else {
                    labels.contains(match.first) || match.first == published
                }
                if !explained {
                    found.append(YearInText(file: file, field: field, written: match.written, periods: periods))
                }
            }
        }
        let all = spec.allPeriods
        scan(texts.title, "title", all)
        scan(texts.about, "about", all)
        for (index, note) in texts.notes.enumerated() { scan(note, "notes[\(index + 1)]", all) }
        for id in texts.footnotes.keys.sorted() {
            scan(texts.footnotes[id], "footnotes.\(id)", spec.periods(ofFootnote: id))
        }
        for table in spec.tables {
            guard let own = texts.tables[table.id] else { continue }
            let field = "tables.\(table.id)"
            scan(own.title, field + ".title", table.periods)
            scan(own.rowHeader, field + ".row_header", table.periods)
            scan(own.shareOf, field + ".share_of", table.periods)
            for measure in table.measures {
                scan(own.measures[measure.id], field + ".measures.\(measure.id)", table.periods)
            }
        }
        for figure in spec.figures {
            scan(texts.figures[figure.id]?.title, "figures.\(figure.id).title", spec.periods(of: figure))
        }
        return found
    }
}
