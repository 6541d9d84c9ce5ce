import Foundation
import Yams

/// `annex new-edition`: the next edition of a report, written from the current one with a year
/// added, ready for the year's deliveries.
///
/// It writes the next edition's spec beside the current one (`reports/<new-id>.yaml`), a copy of
/// each of its translations (`templates/i18n/<new-id>.<language>.yaml`) and its data folder
/// (`data/figures/<new-id>/`) with the files received. The current edition stays as it is. In the
/// new spec each table that gets the year has its periods extended (every year after its last up
/// to the new one) and a new entry under `data:` for the delivery of those years; the tables
/// computed from it (by `aggregate` or `ratio`) get the years too. Every data file that cited the
/// report's `source` now names it as a delivery, so that the old figures keep their source when
/// the new edition's `source` changes. Texts written with year placeholders follow by themselves;
/// years written out are reported, as `annex check` does.
public enum NewEdition {
    /// What to add.
    public struct Options: Sendable {
        /// The year whose figures are added.
        public var year: Int
        /// The new edition's id; by default the current id with its year one higher.
        public var id: String?
        /// Files received, per table id: copied into the new edition's data folder.
        public var added: [(table: String, file: String)] = []
        /// Tables that get the year, their files to come (named in the result).
        public var tables: [String] = []
        /// The new edition's publication date; by default the current one a year later.
        public var published: String?
        /// Who supplied the new deliveries, and when.
        public var supplier: String?
        public var date: String?
        /// The data and templates folders; by default beside the spec's folder.
        public var dataRoot: String?
        public var templates: String?

        public init(year: Int) { self.year = year }
    }

    /// What was written.
    public struct Result: Sendable {
        public let id: String
        public let spec: String
        public let translations: [String]
        /// The data folder of the new edition, relative to the data folder.
        public let folder: String
        /// Per table that got years: its new periods.
        public let extended: [(table: String, periods: [Period])]
        /// Files copied into the data folder.
        public let copied: [String]
        /// Files still to be placed in the data folder, per table.
        public let expected: [(table: String, file: String)]
        /// Years written out in the new texts that the periods do not explain.
        public let years: [YearInText]
    }

    /// Why no new edition was written.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        case noYearInID(String)
        case unknownTable(String, known: [String])
        case notYearly(String)
        case alreadyHas(String, year: Int)
        case nothingToAdd(year: Int)
        case invalidDate(String)
        case exists(String)
        case unreadable(String)

        /// The problem, to be said in the language of the run.
        public var message: MessageText {
            switch self {
            case .noYearInID(let id): MessageText(.editionNoYearInID, ["id": .plain(id)])
            case .unknownTable(let id, let known):
                MessageText(.editionUnknownTable, ["table": .plain(id), "known": .plain(known.joined(separator: ", "))])
            case .notYearly(let id): MessageText(.editionNotYearly, ["table": .plain(id)])
            case .alreadyHas(let id, let year):
                MessageText(.editionAlreadyHas, ["table": .plain(id), "year": .plain(String(year))])
            case .nothingToAdd(let year): MessageText(.editionNothingToAdd, ["year": .plain(String(year))])
            case .invalidDate(let text): MessageText(.editionInvalidDate, ["date": .plain(text)])
            case .exists(let path): MessageText(.editionExists, ["path": .plain(path)])
            case .unreadable(let path): MessageText(.editionUnreadable, ["path": .plain(path)])
            }
        }

        public var description: String { message.description }
    }

    public static func run(specPath: String, options: Options) throws -> Result {
        let spec = try SpecLoader.load(path: specPath)
        let plan = try Plan(spec: spec, options: options)
        let dataRoot = options.dataRoot ?? ReportLoader.defaultDataRoot(specPath: specPath)
        let templates = options.templates ?? ReportLoader.sibling("templates", ofSpec: specPath)
        let target = (specPath as NSString).deletingLastPathComponent.appendingPath(plan.id + ".yaml")
        var writes = [(target, try plan.spec(try read(specPath)))]
        for language in Language.allCases where language != spec.language {
            let old = ReportTexts.path(templates: templates, report: spec.id, language: language)
            guard FileManager.default.fileExists(atPath: old) else { continue }
            let translated = try ReportTexts.load(path: old, spec: spec).source
            writes.append((ReportTexts.path(templates: templates, report: plan.id, language: language),
                           try plan.translation(try read(old), source: translated)))
        }
        let copies = options.added.map { ($0.file, dataRoot + "/" + plan.folder + "/" + $0.file.lastPathComponent) }
        for path in writes.map(\.0) + copies.map(\.1) where FileManager.default.fileExists(atPath: path) {
            throw Problem.exists(path)
        }
        try FileManager.default.createDirectory(atPath: dataRoot + "/" + plan.folder, withIntermediateDirectories: true)
        for (from, to) in copies {
            guard FileManager.default.fileExists(atPath: from) else { throw Problem.unreadable(from) }
            try FileManager.default.copyItem(atPath: from, toPath: to)
        }
        for (path, text) in writes { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
        let written = try SpecLoader.load(path: target)
        var years = YearsInTexts.find(in: ReportTexts(spec: written), spec: written, file: target)
        for (path, _) in writes.dropFirst() {
            years += YearsInTexts.find(in: try ReportTexts.load(path: path, spec: written), spec: written, file: path)
        }
        return Result(id: plan.id, spec: target, translations: writes.dropFirst().map(\.0), folder: plan.folder,
                      extended: plan.extended.map { ($0.table.id, $0.periods) }, copied: copies.map(\.1),
                      expected: plan.expected, years: years)
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw Problem.unreadable(path)
        }
        return text
    }

    /// What the new edition changes, worked out before anything is written.
    struct Plan {
        let spec: ReportSpec
        let id: String
        let year: Int
        let published: String
        /// The data folder of the new edition, relative to the data folder.
        let folder: String
        /// Each table that gets years, with its new periods and, for a table with data, its new file.
        let extended: [(table: TableSpec, periods: [Period], file: String?)]
        let expected: [(table: String, file: String)]
        /// The deliveries to declare: the report's source, for the files that cited it, and the new ones.
        let deliveries: [(id: String, delivery: Node)]
        /// The id of the report's source as a delivery, for the files that name none.
        let sourceID: String
        /// The new delivery of each table with data that gets years.
        let newDelivery: [String: String]

        init(spec: ReportSpec, options: Options) throws {
            self.spec = spec
            year = options.year
            id = try options.id ?? Self.nextID(spec.id)
            published = try options.published.map(Self.checked) ?? Self.yearLater(spec.published)
            if let date = options.date { _ = try Self.checked(date) }
            folder = "figures/" + id
            let withData = spec.tables.filter { !$0.data.isEmpty }
            let named = options.added.map(\.table) + options.tables
            for table in named where !withData.contains(where: { $0.id == table }) {
                throw Problem.unknownTable(table, known: withData.map(\.id))
            }
            let chosen = named.isEmpty
                ? withData.filter { table in
                    table.periods.last.flatMap { Int($0.label) }.map { $0 < options.year } ?? false
                }
                : withData.filter { named.contains($0.id) }
            if chosen.isEmpty { throw Problem.nothingToAdd(year: options.year) }
            var extended: [(table: TableSpec, periods: [Period], file: String?)] = []
            var expected: [(table: String, file: String)] = []
            var deliveries: [(id: String, delivery: Node)] = []
            var newDelivery: [String: String] = [:]
            var taken = Set(spec.deliveries.keys)
            sourceID = Self.unique(spec.id, in: &taken)
            if (spec.tables.flatMap(\.data) + spec.tables.compactMap(\.shares)).contains(where: { $0.delivery == nil })
            {
                deliveries.append((sourceID, Self.node(["document": spec.source])))
            }
            for table in spec.tables {
                let grows = chosen.contains { $0.id == table.id }
                    || table.aggregate.map { from in extended.contains { $0.table.id == from.from } } ?? false
                    || table.ratio.map { ratio in
                        [ratio.numerator.table, ratio.denominator.table].allSatisfy { id in
                            extended.contains { $0.table.id == id }
                        }
                    } ?? false
                guard grows else { continue }
                let periods = try Self.periods(of: table, through: options.year)
                guard !table.data.isEmpty else {
                    extended.append((table, periods, nil))
                    continue
                }
                let received = options.added.first { $0.table == table.id }?.file.lastPathComponent
                let file = received ?? "\(table.id)-\(options.year).csv"
                if received == nil { expected.append((table.id, folder + "/" + file)) }
                let delivery = Self.unique(Self.identifier(file), in: &taken)
                newDelivery[table.id] = delivery
                deliveries.append((delivery, Self.node(["supplier": options.supplier, "document": file,
                                                        "date": options.date])))
                extended.append((table, periods, folder + "/" + file))
            }
            self.extended = extended
            self.expected = expected
            self.deliveries = deliveries
            self.newDelivery = newDelivery
        }

        /// The new spec, edited from the text of the current one.
        func spec(_ yaml: String) throws -> String {
            var editor = try YAMLEditor(yaml: yaml)
            try editor.replace([.key("id")], with: Node(id))
            try editor.replace([.key("published")], with: Node(published, .implicit, .doubleQuoted))
            try declare(deliveries, in: &editor)
            for (index, table) in spec.tables.enumerated() {
                let path: [SpecLines.Step] = ["tables", .index(index)]
                let growth = extended.first { $0.table.id == table.id }
                if let growth {
                    try editor.replace(
                        path + ["periods"], with: .sequence(.init(growth.periods.map { Node($0.label) })))
                }
                if let node = editor.node(path + ["data"]) {
                    var entries = (node.sequence.map(Array.init) ?? [node]).map(pinned)
                    if let file = growth?.file, let delivery = newDelivery[table.id] {
                        let years = growth!.periods.filter { !table.periods.contains($0) }.map { Node($0.label) }
                        entries.append(
                            Self.node(["file": file, "delivery": delivery]) + ("periods", .sequence(.init(years))))
                    }
                    try editor.replace(
                        path + ["data"], with: entries.count == 1 ? entries[0] : .sequence(.init(entries)))
                }
                if let node = editor.node(path + ["shares"]) {
                    try editor.replace(path + ["shares"], with: pinned(node))
                }
            }
            return editor.result
        }

        /// A translation for the new edition: the report's source declared as a delivery, as it
        /// was translated.
        func translation(_ yaml: String, source: String) throws -> String {
            var editor = try YAMLEditor(yaml: yaml)
            let translated = deliveries.filter { $0.id == sourceID }.map { (id: $0.id, delivery: Node(source)) }
            try declare(translated, in: &editor)
            return editor.result
        }

        private func declare(_ entries: [(id: String, delivery: Node)], in editor: inout YAMLEditor) throws {
            guard !entries.isEmpty else { return }
            let pairs = entries.map { (Node($0.id), $0.delivery) }
            if let existing = editor.node(["deliveries"])?.mapping {
                try editor.replace(["deliveries"], with: .mapping(.init(Array(existing) + pairs)))
            } else {
                try editor.insert(key: "deliveries", value: .mapping(.init(pairs)), before: "tables")
            }
        }

        /// A data file's entry naming its delivery: the report's source when it named none.
        private func pinned(_ entry: Node) -> Node {
            if let file = entry.string { return Self.node(["file": file, "delivery": sourceID]) }
            guard entry.mapping?["delivery"] == nil else { return entry }
            return entry + ("delivery", Node(sourceID))
        }

        // MARK: Names, dates and years

        /// `samenwerking-2024` → `samenwerking-2025`.
        static func nextID(_ id: String) throws -> String {
            guard let range = id.range(of: #"(19|20)\d\d$"#, options: .regularExpression), let year = Int(id[range])
            else {
                throw Problem.noYearInID(id)
            }
            return id.replacingCharacters(in: range, with: String(year + 1))
        }

        static func checked(_ date: String) throws -> String {
            guard CalendarDate(iso: date) != nil else { throw Problem.invalidDate(date) }
            return date
        }

        /// The same day a year later (28 February for 29 February).
        static func yearLater(_ date: String) throws -> String {
            guard let day = CalendarDate(iso: date),
                  let next = CalendarDate(iso: String(format: "%04d-%02d-%02d", day.year + 1, day.month, day.day))
                    ?? CalendarDate(iso: String(format: "%04d-%02d-28", day.year + 1, day.month))
            else { throw Problem.invalidDate(date) }
            return next.description
        }

        /// The table's periods with every year after its last up to `year`.
        static func periods(of table: TableSpec, through year: Int) throws -> [Period] {
            guard let last = table.periods.last.flatMap({ Int($0.label) }) else { throw Problem.notYearly(table.id) }
            guard last < year else { throw Problem.alreadyHas(table.id, year: year) }
            return table.periods + (last + 1...year).map { Period(String($0)) }
        }

        /// An id from a file name: `Injus 2024.xlsx` → `injus-2024`.
        static func identifier(_ file: String) -> String {
            let stem = (file as NSString).deletingPathExtension.lowercased().folding(
                options: .diacriticInsensitive, locale: nil)
            let words = stem.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            return words.isEmpty ? "levering" : words.joined(separator: "-")
        }

        /// `id`, or with `-2`, `-3` added when it is taken.
        static func unique(_ id: String, in taken: inout Set<String>) -> String {
            var candidate = id, number = 1
            while taken.contains(candidate) {
                number += 1
                candidate = "\(id)-\(number)"
            }
            taken.insert(candidate)
            return candidate
        }

        /// A mapping of the given fields, in order, leaving out those without a value.
        static func node(_ fields: KeyValuePairs<String, String?>) -> Node {
            .mapping(.init(fields.compactMap { key, value in value.map { (Node(key), Node($0)) } }))
        }
    }
}

private extension Node {
    /// The mapping with one more pair.
    static func + (node: Node, pair: (String, Node)) -> Node {
        .mapping(.init(Array(node.mapping ?? [:]) + [(Node(pair.0), pair.1)]))
    }
}

private extension String {
    var lastPathComponent: String { (self as NSString).lastPathComponent }

    func appendingPath(_ name: String) -> String { isEmpty ? name : self + "/" + name }
}
