import Yams

extension ReportTexts {
    /// Reads a translation of the spec's texts; every problem names the file and line.
    public static func load(path: String, spec: ReportSpec) throws -> ReportTexts {
        var reader = Reader(file: try TranslationFile(path: path))
        let texts = reader.read(spec: spec)
        try reader.file.finish()
        guard let texts else {
            throw LoadErrors([LoadError(file: path, .invalidTranslation(reason: MessageText(.translationNoTitle)))])
        }
        return texts
    }

    /// Reads a translation file against the spec, collecting every problem in `file`.
    struct Reader {
        var file: TranslationFile

        /// The value of each key in `expected` (key → whether the spec has it, so it must be translated)
        /// and in `optional`, at `place`, reporting missing and unknown keys.
        mutating func fields(_ node: Node, at place: String, expected: [(String, Bool)],
                             optional: [String] = []) -> [String: Node] {
            var found: [String: Node] = [:]
            let known = Dictionary(uniqueKeysWithValues: expected + optional.map { ($0, true) })
            for (key, keyNode, value) in file.entries(node, at: place) {
                switch known[key] {
                case nil: file.problem(keyNode, at: place, .translationUnknownKey, ["key": "\(key)"])
                case false?: file.problem(keyNode, at: place, .translationNotInSpec, ["key": "\(key)"])
                case true?: found[key] = value
                }
            }
            for (key, required) in expected where required && found[key] == nil {
                file.problem(node, at: place, .translationMissing, ["key": "\(key)"])
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
                file.problem(node, at: key, error.message.message, error.message.values)
                return nil
            }
        }

        /// A mapping from the ids in `ids` to texts: every one of them, or (`optional`) any; with
        /// `periods`, each text's year placeholders filled from the periods of its id.
        mutating func texts(_ node: Node?, at place: String, ids: [String], optional: Bool = false,
                            periods: ((String) -> [Period])? = nil) -> [String: String] {
            guard let node else { return [:] }
            var result: [String: String] = [:]
            var present = Set<String>()
            for (key, keyNode, value) in file.entries(node, at: place) {
                if !ids.contains(key) { file.problem(keyNode, at: place, .translationUnknownID, ["id": "\(key)"]) }
                present.insert(key)
                result[key] = periods.map { text(value, key, periods: $0(key)) } ?? file.text(value, key: key)
            }
            for id in ids where !optional && !present.contains(id) {
                file.problem(node, at: place, .translationMissing, ["key": "\(id)"])
            }
            return result
        }

        mutating func read(spec: ReportSpec) -> ReportTexts? {
            let top = fields(file.root, at: "", expected: [
                    ("title", true), ("source", true), ("organisation", spec.organisation != nil),
                    ("about", spec.about != nil),
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
                        file.problem(node, at: "notes", .translationNoteCount,
                                     ["count": .number(items.count), "spec": .number(spec.notes.count)])
                    }
                } else {
                    file.problem(node, at: "notes", .translationExpectedList)
                }
            }
            var tables: [String: Table] = [:]
            if let node = top["tables"] {
                var found = Set<String>()
                for (id, keyNode, value) in file.entries(node, at: "tables") {
                    guard let table = spec.tables.first(where: { $0.id == id }) else {
                        file.problem(keyNode, at: "tables", .translationUnknownTable, ["table": "\(id)"])
                        continue
                    }
                    found.insert(id)
                    let place = "tables.\(id)"
                    let withUnit = table.measures.filter { $0.unit != nil }.map(\.id)
                    // A sheet the spec names is translated; one named by the table's id may be.
                    let parts = fields(value, at: place, expected: [
                        ("title", true), ("row_header", table.rowHeader != nil), ("measures", true),
                        ("units", !withUnit.isEmpty), ("share_of", table.shareOf != nil),
                    ] + (table.sheet == nil ? [] : [("sheet", true)]), optional: table.sheet == nil ? ["sheet"] : [])
                    let measures = texts(parts["measures"], at: place + ".measures", ids: table.measures.map(\.id),
                                         periods: { _ in table.periods })
                    let units = texts(parts["units"], at: place + ".units", ids: withUnit)
                    if let title = text(parts["title"], "title", periods: table.periods) {
                        let sheet = text(parts["sheet"], "sheet") ?? table.id
                        if let problem = SheetName.problem(sheet) {
                            file.problem(parts["sheet"], at: place + ".sheet", problem.message, problem.values)
                        }
                        tables[id] = Table(title: title, sheet: sheet,
                                           rowHeader: text(parts["row_header"], "row_header", periods: table.periods),
                                           measures: measures, units: units,
                                           shareOf: text(parts["share_of"], "share_of", periods: table.periods))
                    }
                }
                for table in spec.tables where !found.contains(table.id) {
                    file.problem(node, at: "tables", .translationMissingTable, ["table": "\(table.id)"])
                }
            }
            let figures = read(figures: top["figures"], spec: spec)
            let footnotes = texts(top["footnotes"], at: "footnotes", ids: spec.footnotes.keys.sorted(),
                                  periods: spec.periods(ofFootnote:))
            var partNames: [String: String] = [:]
            if let node = top["source_parts"] {
                for (name, _, value) in file.entries(node, at: "source_parts") {
                    partNames[name] = file.text(value, key: name)
                }
            }
            let deliveries = top["deliveries"].map { texts($0, at: "deliveries", ids: spec.deliveries.keys.sorted(),
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
            for (id, keyNode, value) in file.entries(node, at: "figures") {
                found.insert(id)
                guard let figure = spec.figures.first(where: { $0.id == id }) else {
                    file.problem(keyNode, at: "figures", .translationUnknownFigure, ["figure": "\(id)"])
                    continue
                }
                let place = "figures.\(id)"
                let parts = fields(value, at: place, expected: [("title", true), ("labels", !figure.labels.isEmpty)])
                let labels = texts(parts["labels"], at: place + ".labels", ids: figure.labels)
                if let title = text(parts["title"], "title", periods: spec.periods(of: figure)) {
                    figures[id] = Figure(title: title, labels: labels)
                }
            }
            for figure in spec.figures where !found.contains(figure.id) {
                file.problem(node, at: "figures", .translationMissingFigure, ["figure": "\(figure.id)"])
            }
            return figures
        }
    }
}
