import Yams

extension ReportTexts {
    /// Reads a translation of the spec's texts; every problem names the file and line.
    public static func load(path: String, spec: ReportSpec) throws -> ReportTexts {
        var reader = Reader(file: try TranslationFile(path: path))
        let texts = reader.read(spec: spec)
        try reader.file.finish()
        guard let texts else { throw LoadErrors([LoadError(file: path, .invalidTranslation(reason: "titel of bron ontbreekt"))]) }
        return texts
    }

    /// Reads a translation file against the spec, collecting every problem in `file`.
    struct Reader {
        var file: TranslationFile

        /// The value of each key in `expected` (key → whether the spec has it, so it must be translated)
        /// and in `optional`, reporting missing and unknown keys.
        mutating func fields(_ node: Node, what: String, expected: [(String, Bool)], optional: [String] = []) -> [String: Node] {
            var found: [String: Node] = [:]
            let known = Dictionary(uniqueKeysWithValues: expected + optional.map { ($0, true) })
            for (key, keyNode, value) in file.entries(node, what: what) {
                switch known[key] {
                case nil: file.problem(keyNode, "\(what): onbekende sleutel '\(key)'")
                case false?: file.problem(keyNode, "\(what): '\(key)' staat niet in de rapportspecificatie, dus niets te vertalen")
                case true?: found[key] = value
                }
            }
            for (key, required) in expected where required && found[key] == nil {
                file.problem(node, "\(what): vertaling van '\(key)' ontbreekt")
            }
            return found
        }

        mutating func text(_ node: Node?, _ key: String) -> String? {
            node.flatMap { file.text($0, key: key) }
        }

        /// A text with its year placeholders filled from `periods` (see `PeriodPlaceholders`).
        mutating func text(_ node: Node?, _ key: String, periods: [Period]) -> String? {
            guard let node, let text = file.text(node, key: key) else { return nil }
            do throws(PeriodPlaceholders.Problem) {
                return try PeriodPlaceholders(periods: periods).fill(text)
            } catch {
                file.problem(node, "'\(key)': \(error.message)")
                return nil
            }
        }

        /// A mapping from the ids in `ids` to texts: every one of them, or (`optional`) any; with
        /// `periods`, each text's year placeholders filled from the periods of its id.
        mutating func texts(_ node: Node?, what: String, ids: [String], optional: Bool = false,
                            periods: ((String) -> [Period])? = nil) -> [String: String] {
            guard let node else { return [:] }
            var result: [String: String] = [:]
            var present = Set<String>()
            for (key, keyNode, value) in file.entries(node, what: what) {
                if !ids.contains(key) { file.problem(keyNode, "\(what): onbekende id '\(key)'") }
                present.insert(key)
                result[key] = periods.map { text(value, key, periods: $0(key)) } ?? file.text(value, key: key)
            }
            for id in ids where !optional && !present.contains(id) {
                file.problem(node, "\(what): vertaling van '\(id)' ontbreekt")
            }
            return result
        }

        mutating func read(spec: ReportSpec) -> ReportTexts? {
            let top = fields(file.root, what: "rapport", expected: [
                ("title", true), ("source", true), ("organisation", spec.organisation != nil), ("about", spec.about != nil),
                ("contact", spec.contact != nil), ("licence", spec.licence != nil),
                ("next_update", spec.nextUpdate != nil), ("notes", !spec.notes.isEmpty),
                ("footnotes", !spec.footnotes.isEmpty), ("tables", true), ("figures", !spec.figures.isEmpty),
            ], optional: ["source_parts", "deliveries"])
            let all = spec.allPeriods
            var notes: [String] = []
            if let node = top["notes"] {
                if let items = node.sequence {
                    notes = items.compactMap { text($0, "notes", periods: all) }
                    if items.count != spec.notes.count {
                        file.problem(node, "notes: \(items.count) noten vertaald, de specificatie heeft er \(spec.notes.count)")
                    }
                } else {
                    file.problem(node, "notes: verwacht een lijst")
                }
            }
            var tables: [String: Table] = [:]
            if let node = top["tables"] {
                var found = Set<String>()
                for (id, keyNode, value) in file.entries(node, what: "tables") {
                    guard let table = spec.tables.first(where: { $0.id == id }) else {
                        file.problem(keyNode, "tables: onbekende tabel '\(id)'")
                        continue
                    }
                    found.insert(id)
                    let what = "tabel '\(id)'"
                    let withUnit = table.measures.filter { $0.unit != nil }.map(\.id)
                    let parts = fields(value, what: what, expected: [
                        ("title", true), ("sheet", true), ("row_header", table.rowHeader != nil), ("measures", true),
                        ("units", !withUnit.isEmpty), ("share_of", table.shareOf != nil),
                    ])
                    let measures = texts(parts["measures"], what: "\(what), measures", ids: table.measures.map(\.id),
                                         periods: { _ in table.periods })
                    let units = texts(parts["units"], what: "\(what), units", ids: withUnit)
                    if let title = text(parts["title"], "title", periods: table.periods),
                       let sheet = text(parts["sheet"], "sheet") {
                        if let problem = SheetName.problem(sheet) {
                            file.problem(parts["sheet"], "\(what): \(problem)")
                        }
                        tables[id] = Table(title: title, sheet: sheet,
                                           rowHeader: text(parts["row_header"], "row_header", periods: table.periods),
                                           measures: measures, units: units,
                                           shareOf: text(parts["share_of"], "share_of", periods: table.periods))
                    }
                }
                for table in spec.tables where !found.contains(table.id) {
                    file.problem(node, "tables: vertaling van tabel '\(table.id)' ontbreekt")
                }
            }
            let figures = read(figures: top["figures"], spec: spec)
            let footnotes = texts(top["footnotes"], what: "footnotes", ids: spec.footnotes.keys.sorted(),
                                  periods: spec.periods(ofFootnote:))
            var partNames: [String: String] = [:]
            if let node = top["source_parts"] {
                for (name, _, value) in file.entries(node, what: "source_parts") {
                    partNames[name] = file.text(value, key: name)
                }
            }
            let deliveries = top["deliveries"].map { texts($0, what: "deliveries", ids: spec.deliveries.keys.sorted(),
                                                          optional: true) } ?? [:]
            let title = text(top["title"], "title", periods: all)
            let about = text(top["about"], "about", periods: all)
            let nextUpdate = text(top["next_update"], "next_update", periods: all)
            guard file.problems.isEmpty, let title, let source = text(top["source"], "source") else {
                return nil
            }
            return ReportTexts(title: title, source: source, organisation: text(top["organisation"], "organisation"),
                               about: about, contact: text(top["contact"], "contact"),
                               licence: text(top["licence"], "licence"), nextUpdate: nextUpdate,
                               notes: notes, footnotes: footnotes, tables: tables, figures: figures,
                               partNames: partNames, document: spec.sourceDocument, deliveries: deliveries,
                               file: file.path)
        }

        /// Per figure of the spec: its title, and its series labels when the spec gives any.
        mutating func read(figures node: Node?, spec: ReportSpec) -> [String: Figure] {
            guard let node else { return [:] }
            var figures: [String: Figure] = [:]
            var found = Set<String>()
            for (id, keyNode, value) in file.entries(node, what: "figures") {
                found.insert(id)
                guard let figure = spec.figures.first(where: { $0.id == id }) else {
                    file.problem(keyNode, "figures: onbekende figuur '\(id)'")
                    continue
                }
                let what = "figuur '\(id)'"
                let parts = fields(value, what: what, expected: [("title", true), ("labels", !figure.labels.isEmpty)])
                let labels = texts(parts["labels"], what: "\(what), labels", ids: figure.labels)
                if let title = text(parts["title"], "title", periods: spec.periods(of: figure)) {
                    figures[id] = Figure(title: title, labels: labels)
                }
            }
            for figure in spec.figures where !found.contains(figure.id) {
                file.problem(node, "figures: vertaling van figuur '\(figure.id)' ontbreekt")
            }
            return figures
        }
    }
}
