/// What the annex templates (Markdown, HTML) receive: the computed report, worded and formatted in
/// the annex's language, never raw data.
///
/// Every text comes in two forms: `text` as is (an HTML template escapes it with `{{…}}`) and `md`
/// escaped for Markdown. Estimated cells are flagged, so a template can show them in italics (their
/// text carries the estimate's marker too); total rows are flagged, so a template can set them in
/// bold. `labels` holds the template's own words; `anchors` the Markdown headings' link targets.
enum AnnexView {
    /// The view of `report`, whose methods are `methods`; `formats` are the files the build writes, which the
    /// annex links to.
    static func report(_ report: ComputedReport, _ wording: Wording, methods: Methods, keyFigures: [KeyFigure],
                       images: FigureImages, formats: Set<OutputFormat>) -> [String: Any] {
        let texts = wording.report, spec = report.spec
        let phrases: [String: Phrase] = [
            "source": .annexSource, "notes": .annexNotes, "rankings": .annexRankings, "contents": .annexContents,
            "symbols": .annexSymbols, "keyFigures": .annexKeyFigures, "published": .annexPublished,
            "downloads": .annexDownloads, "contact": .coverContact, "licence": .coverLicence, "methods": .sheetMethods,
            "methodsReference": .methodsAnnexReference, "csv": .downloadTableCSV, "png": .figurePNG,
        ]
        let symbols = Symbol.used(in: report)
        var view: [String: Any] = [
            "lang": wording.language.rawValue, "labels": phrases.mapValues { text(wording($0)) },
            "title": text(texts.title), "source": text(texts.source), "notes": texts.notes.map(text),
            "published": ["text": wording.date(spec.published), "iso": spec.published],
            "downloads": downloads(spec.id, wording, formats: formats), "hasCSV": formats.contains(.csv),
            "hasKeyFigures": !keyFigures.isEmpty,
            "symbols": symbols.map { text(wording.explanation($0)) }, "hasSymbols": !symbols.isEmpty,
            "methodsIntro": text(wording(.methodsIntro)), "hasMethods": !methods.entries.isEmpty,
        ]
        // Absent texts are left out, so that a template's section for them shows nothing.
        view["about"] = texts.about.map(text)
        view["organisation"] = texts.organisation.map(text)
        view["contact"] = texts.contact.map(text)
        view["licence"] = texts.licence.map { licence -> [String: String] in
            var item = text(licence)
            item["url"] = spec.licenceURL
            return item
        }
        // The Markdown headings' link targets, asked for in the order the document has the headings.
        var anchors = MarkdownAnchors()
        var anchor: [String: String] = [:]
        _ = anchors.next(texts.title)
        _ = anchors.next(wording(.annexContents))
        if !keyFigures.isEmpty { anchor["keyFigures"] = anchors.next(wording(.annexKeyFigures)) }
        let words = FigureWording(wording, report: report)
        var tables = report.tables.map { table -> [String: Any] in
            let beside = report.charts.filter { $0.tables.first == table.id }
            var item = self.table(table, wording, methods: methods)
                .merging(figures(beside, words, images)) { first, _ in first }
            item["anchor"] = anchors.next(wording.title(table))
            return item
        }
        if !symbols.isEmpty { anchor["symbols"] = anchors.next(wording(.annexSymbols)) }
        if !methods.entries.isEmpty { anchor["methods"] = anchors.next(wording(.sheetMethods)) }
        view["methods"] = methods.entries.map { entry -> [String: Any] in
            let target = anchors.next(wording.title(entry.table))
            if let index = report.tables.firstIndex(where: { $0.id == entry.table.id }) {
                tables[index]["methodsAnchor"] = target
            }
            return ["id": entry.table.id, "title": text(wording.title(entry.table)),
                    "findings": entry.findings.map { text($0.text) }]
        }
        view["tables"] = tables
        view["anchors"] = anchor
        view["keyFigures"] = keyFigures.map { figure in
            var item: [String: Any] = ["value": text(figure.value), "label": text(figure.label),
                                       "table": figure.table.id, "tableTitle": text(wording.title(figure.table))]
            item["change"] = figure.change.map(text)
            item["tableAnchor"] = tables.first { $0["id"] as? String == figure.table.id }?["anchor"]
            return item
        }
        return view
    }

    /// The figures shown beside a table (those that draw from it first): `figures` with per figure
    /// its `id`, `caption`, `description` (the text alternative), `svg` (the image, inline), `file`
    /// and `png` (paths of its SVG and PNG), `source`, `numbers` (words before the links to its
    /// tables) and `tables` (each `id`, `title` and `separator`, the text before it); `hasFigures`.
    static func figures(_ charts: [Chart], _ words: FigureWording, _ images: FigureImages) -> [String: Any] {
        let figures = charts.map { chart -> [String: Any] in
            let tables = words.numberTables(chart).enumerated().map { index, table -> [String: Any] in
                ["id": table.id, "title": text(table.title), "separator": index == 0 ? "" : "; "]
            }
            return ["id": chart.id, "caption": text(words.caption(chart)),
                    "description": text(images.description(chart)),
                    "svg": images.element(chart), "file": FigureFiles.path(chart, "svg"),
                    "png": FigureFiles.path(chart, "png"), "source": text(words.source(chart)),
                    "numbers": text(words.wording(.figureNumbers)), "tables": tables]
        }
        return ["figures": figures, "hasFigures": !figures.isEmpty]
    }

    /// The annex's own files for download, as links: the workbooks and the machine-readable figures.
    static func downloads(_ id: String, _ wording: Wording, formats: Set<OutputFormat>) -> [[String: Any]] {
        let files = [(id + ".xlsx", Phrase.downloadXLSX, OutputFormat.xlsx), (id + ".ods", .downloadODS, .ods),
                     ("figures.csv", .downloadFiguresCSV, .figures), ("figures.json", .downloadFiguresJSON, .figures)]
        return files.filter { formats.contains($0.2) }.enumerated().map { index, file in
            ["href": file.0, "label": text(wording(file.1)), "separator": index == 0 ? "" : " · "]
        }
    }

    static func table(_ table: ComputedTable, _ wording: Wording, methods: Methods) -> [String: Any] {
        let headers = table.columns.map(wording.header)
        let shown = shownColumns(table)
        let context = AnnexTableContext(table: table, wording: wording, shown: shown)
        let rows = TemplateList(count: table.rows.count) {
            .record(AnnexRowView(context: context, row: table.rows[$0]))
        }
        let noteText = NoteText(wording, table: table)
        let notes = noteText.notes(table).map(text)
        let rankings = table.rankings.filter { !$0.entries.isEmpty }.map { text(noteText.ranking($0)) }
        let rowHeader = wording.rowHeader(table)
        let csv = "tables/\(table.id).csv"
        var item: [String: Any] = [
            "id": table.id, "title": text(wording.title(table)), "source": text(wording.source(table)),
            "rowHeader": ["text": rowHeader, "md": cell(rowHeader)],
            "headers": headers.map { ["text": $0, "md": cell($0)] },
            "shownHeaders": shown.map { ["md": cell(headers[$0])] }, "rows": rows,
            "markdownRows": TemplateValue.lines(AnnexRowView.markdownLines(context)),
            "htmlRows": TemplateValue.lines(AnnexRowView.htmlLines(context)),
            "notes": notes, "hasNotes": !notes.isEmpty, "rankings": rankings, "hasRankings": !rankings.isEmpty,
            "hasMethods": methods.mention(table), "csv": csv,
        ]
        item["symbolLine"] = wording.symbolLine(Symbol.used(in: table)).map(text)
        if shown.count < table.columns.count {
            // The file's name becomes a link after the sentence is escaped.
            let sentence = wording(.annexShownColumns, ["count": String(table.columns.count + 2),
                                                        "sheet": wording.sheet(table), "file": "\u{0}"])
            item["shownNote"] = ["md": MarkdownRenderer.escapeText(sentence)
                .replacingOccurrences(of: "\u{0}", with: "[\(csv)](\(csv))")]
        }
        return item
    }

    /// A table of at most this many number columns is readable in Markdown as it is.
    static let readableColumns = 6

    /// The columns the Markdown shows, so that a reviewer can read it: a table wider than
    /// `readableColumns` shows per measure its figures and its latest change (in percent where the
    /// table has it); the full table is in the workbooks, the CSV and the web page.
    static func shownColumns(_ table: ComputedTable) -> [Int] {
        guard table.columns.count > readableColumns else { return Array(table.columns.indices) }
        return table.columnMeasures.flatMap { measure in
            table.periodColumns(of: measure).map(\.index)
                + (table.latestChangeColumn(of: measure).map { [$0.index] } ?? [])
        }.sorted()
    }

    /// A text outside tables, as is and escaped for Markdown.
    static func text(_ value: String) -> [String: String] { ["text": value, "md": MarkdownRenderer.escapeText(value)] }

    /// A text inside a Markdown table cell ('|' escaped too).
    static func cell(_ value: String) -> String { MarkdownRenderer.escape(value) }
}
