import Foundation
import Yams

/// Loads report specifications and the data they name.
public enum SpecLoader {
    /// Parses a report spec YAML file; every problem names its line and column. `outlined` is told what the
    /// file's text says (`SpecOutline`: the reference folder it names, whether it draws figures) as soon as the
    /// file is read, before the spec is decoded and checked: work on these can start beside.
    public static func load(path: String, outlined: ((SpecOutline) -> Void)? = nil) throws -> ReportSpec {
        let document = try YAMLDocument(path: path, kind: LoadError.Problem.invalidSpec)
        outlined?(SpecOutline(document.root))
        var spec = try document.decode(ReportSpec.self)
        let placeholders = spec.fillPeriodPlaceholders().map { SpecProblem(reason: $0.problem.message, path: $0.path) }
        let problems = placeholders + validate(spec) + SpecTextCheck.problems(spec) + MeasureKindRules.problems(spec)
            + FigureSpecCheck.problems(spec)
        if !problems.isEmpty {
            throw LoadErrors(problems.map { document.error(at: $0.path, $0.reason) })
        }
        // The composed document, wanted for the errors' places only, is freed beside the caller's loading.
        Discard.beside(consume document)
        return spec
    }

    /// Every spec file (`*.yaml`, `*.yml`) in `folder`, sorted by name.
    public static func specFiles(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
    }

    static func validate(_ spec: ReportSpec) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        let referenced = Set(spec.tables.flatMap(\.footnotes))
        for (index, table) in spec.tables.enumerated() {
            for (position, id) in table.footnotes.enumerated() where spec.footnotes[id] == nil {
                let path: [SpecLines.Step] = ["tables", .index(index), "footnotes", .index(position)]
                problems.append(
                    SpecProblem(
                        reason: .inTable(table.id, MessageText(.specUndefinedNote, ["note": "\(id)"])),
                                            path: path))
            }
        }
        for id in spec.footnotes.keys.sorted() where !referenced.contains(id) {
            problems.append(
                SpecProblem(reason: MessageText(.specUnusedNote, ["note": "\(id)"]), path: ["footnotes", .key(id)]))
        }
        var seen = Set<String>()
        var sheets = Set<String>()
        for (index, table) in spec.tables.enumerated() {
            func problem(_ field: String?, _ message: Message, _ values: [String: MessageText.Value] = [:]) {
                let path: [SpecLines.Step] = ["tables", .index(index)] + (field.map { [.key($0)] } ?? [])
                problems.append(SpecProblem(reason: .inTable(table.id, MessageText(message, values)), path: path))
            }
            if !seen.insert(table.id).inserted { problem("id", .specDuplicateTable) }
            let sources = [!table.data.isEmpty || table.shares != nil, table.aggregate != nil, table.ratio != nil]
            if sources.filter({ $0 }).count != 1 { problem(nil, .specOneSource) }
            if table.shares != nil, table.nationalFrom.map({ id in !spec.tables.contains { $0.id == id } }) ?? true {
                problem("shares", .specSharesNeedNational)
            }
            for operand in [table.ratio?.numerator, table.ratio?.denominator].compactMap({ $0 }) {
                guard let other = spec.tables.firstIndex(where: { $0.id == operand.table }),
                      other < spec.tables.firstIndex(where: { $0.id == table.id })! else {
                    problem("ratio", .specRatioTable, ["other": "\(operand.table)"])
                    continue
                }
                if !spec.tables[other].measures.contains(where: { $0.id == operand.measure }) {
                    problem("ratio", .specRatioMeasure, ["other": "\(operand.table)", "measure": "\(operand.measure)"])
                }
            }
            if let base = table.basePeriod, !table.periods.contains(base) {
                problem("base_period", .specBasePeriod, ["period": "\(base)"])
            }
            let ids = Set(table.measures.map(\.id))
            for data in table.data {
                for (heading, id) in data.columns.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
                    problem("data", .specColumnsMeasure, ["heading": "\(heading)", "measure": "\(id)"])
                }
                if data.sheet != nil && InputFormat(path: data.file) != .workbook {
                    problem("data", .specSheetNotWorkbook, ["file": "\(data.file)"])
                }
            }
            problems += dataProblems(table, index: index, deliveries: spec.deliveries)
            var labels = Set<String>()
            for (position, measure) in table.measures.enumerated()
            where !labels.insert(measure.label.lowercased()).inserted {
                let reason = MessageText(.specDuplicateLabel, ["label": "\(measure.label)"])
                problems.append(SpecProblem(reason: .inTable(table.id, reason),
                                            path: ["tables", .index(index), "measures", .index(position), "label"]))
            }
            for measure in table.measures {
                if let total = measure.partOf, !ids.contains(total) {
                    problem("measures", .specPartOfUnknown, ["measure": "\(measure.id)", "total": "\(total)"])
                }
            }
            if let from = table.aggregate?.from, !spec.tables.contains(where: { $0.id == from && !$0.data.isEmpty }) {
                problem("aggregate", .specAggregateFrom, ["from": "\(from)"])
            }
            if let level = table.aggregate?.to, !Aggregation.levels.contains(level) {
                problem("aggregate", .specAggregateTo, ["level": "\(level.rawValue)"])
            }
            let sheet = table.sheet ?? table.id
            if let reason = SheetName.problem(sheet) {
                problem(table.sheet == nil ? "id" : "sheet", .specInvalidSheet, ["problem": .message(reason)])
            }
            if !sheets.insert(sheet.lowercased()).inserted {
                problem("sheet", .specDuplicateSheet, ["sheet": "\(sheet)"])
            }
            if table.regions != nil {
                let others: [(String, Bool)] = [("aggregate", table.aggregate != nil), ("shares", table.shares != nil),
                                                ("boundary_year", table.boundaryYear != nil),
                                                ("region_type", table.regionType != nil),
                                                ("layout", table.layout != .regions)]
                for (field, given) in others where given {
                    problem(field, .specOwnRegionsField, ["field": "\(field)"])
                }
            } else if spec.reference == nil && (table.layout == .regions || table.aggregate != nil) {
                problems.append(SpecProblem(reason: MessageText(.specNeedsReference, ["table": "\(table.id)"]),
                                            path: ["tables", .index(index)]))
            }
            if table.periods.isEmpty { problem("periods", .specNoPeriods) }
            if table.measures.isEmpty { problem("measures", .specNoMeasures) }
        }
        for (field, path) in [("population", spec.population), ("split_keys", spec.splitKeys)]
        where path != nil && spec.reference == nil {
            problems.append(SpecProblem(reason: MessageText(.specNeedsMunicipalities, ["field": "\(field)"]),
                                        path: [.key(field)]))
        }
        return problems + keyFigureProblems(spec)
    }

    /// A key figure names a table of the spec; in a table per region also one of its measures, in a
    /// table per measure a row that is one of its measures. Each problem points at its field.
    static func keyFigureProblems(_ spec: ReportSpec) -> [SpecProblem] {
        spec.keyFigures.enumerated().compactMap { index, figure in
            let table = spec.tables.first { $0.id == figure.table }
            let measures = table?.measures.map(\.id) ?? []
            func problem(_ field: String, _ message: Message) -> SpecProblem {
                SpecProblem(reason: MessageText(message, ["table": "\(figure.table)",
                                                          "measures": "\(measures.joined(separator: ", "))"]),
                            path: ["key_figures", .index(index), .key(field)])
            }
            guard let table else { return problem("table", .specKeyFigureTable) }
            switch table.layout {
            case .regions where !measures.contains(figure.measure ?? ""):
                return problem(figure.measure == nil ? "table" : "measure", .specKeyFigureRegions)
            case .measures where figure.measure != nil || !measures.contains(figure.row):
                return problem(figure.measure == nil ? "row" : "measure", .specKeyFigureMeasures)
            default:
                return nil
            }
        }
    }

    /// Problems of a table's data files as a set: deliveries that are not declared, and periods
    /// that are not the table's or that two files both provide.
    static func dataProblems(_ table: TableSpec, index: Int, deliveries: [String: Delivery]) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        func problem(_ field: String, _ message: Message, _ values: [String: MessageText.Value] = [:]) {
            problems.append(SpecProblem(reason: .inTable(table.id, MessageText(message, values)),
                                        path: ["tables", .index(index), .key(field)]))
        }
        for (field, data) in table.data.map({ ("data", $0) }) + [table.shares].compactMap({ $0.map { ("shares", $0) } })
        {
            if let id = data.delivery, deliveries[id] == nil {
                problem(field, .specUnknownDelivery, ["delivery": "\(id)", "file": "\(data.file)",
                                                      "known": "\(deliveries.keys.sorted().joined(separator: ", "))"])
            }
            for period in data.periods ?? [] where !table.periods.contains(period) {
                problem(field, .specFilePeriod, ["file": "\(data.file)", "period": "\(period)"])
            }
        }
        if table.data.filter({ $0.periods == nil }).count > 1 { problem("data", .specFilesWithoutPeriods) }
        var provider: [Period: String] = [:]
        for (data, periods) in zip(table.data, table.dataPeriods) {
            for period in periods {
                if let other = provider.updateValue(data.file, forKey: period) {
                    problem(
                        "data", .specPeriodTwice,
                        ["period": "\(period)", "first": "\(other)", "second": "\(data.file)"])
                }
            }
        }
        return problems
    }
}
