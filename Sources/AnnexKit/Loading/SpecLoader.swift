import Foundation
import Yams

/// Loads report specifications and the data they name.
public enum SpecLoader {
    /// Parses a report spec YAML file; every problem names its line and column.
    public static func load(path: String) throws -> ReportSpec {
        let document = try YAMLDocument(path: path, kind: LoadError.Problem.invalidSpec)
        var spec = try document.decode(ReportSpec.self)
        let placeholders = spec.fillPeriodPlaceholders().map { SpecProblem(reason: $0.problem.message, path: $0.path) }
        let problems = placeholders + validate(spec) + MeasureKindRules.problems(spec) + FigureSpecCheck.problems(spec)
        if !problems.isEmpty {
            throw LoadErrors(problems.map { document.error(at: $0.path, $0.reason) })
        }
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
                let reason = "tabel '\(table.id)': noot '\(id)' is niet gedefinieerd onder footnotes"
                let path: [SpecLines.Step] = ["tables", .index(index), "footnotes", .index(position)]
                problems.append(SpecProblem(reason: reason, path: path))
            }
        }
        for id in spec.footnotes.keys.sorted() where !referenced.contains(id) {
            problems.append(SpecProblem(reason: "noot '\(id)' is gedefinieerd maar door geen tabel gebruikt",
                                        path: ["footnotes", .key(id)]))
        }
        var seen = Set<String>()
        var sheets = Set<String>()
        for (index, table) in spec.tables.enumerated() {
            func problem(_ field: String?, _ reason: String) {
                let path: [SpecLines.Step] = ["tables", .index(index)] + (field.map { [.key($0)] } ?? [])
                problems.append(SpecProblem(reason: reason, path: path))
            }
            if !seen.insert(table.id).inserted { problem("id", "tabel-id '\(table.id)' komt twee keer voor") }
            let sources = [!table.data.isEmpty || table.shares != nil, table.aggregate != nil, table.ratio != nil]
            if sources.filter({ $0 }).count != 1 {
                problem(nil, "tabel '\(table.id)': geef precies een van 'data' (eventueel met 'shares'), "
                        + "'aggregate' en 'ratio'")
            }
            if table.shares != nil, table.nationalFrom.map({ id in !spec.tables.contains { $0.id == id } }) ?? true {
                problem("shares", "tabel '\(table.id)': 'shares' vraagt 'national_from' met een bestaande tabel")
            }
            for operand in [table.ratio?.numerator, table.ratio?.denominator].compactMap({ $0 }) {
                guard let other = spec.tables.firstIndex(where: { $0.id == operand.table }),
                      other < spec.tables.firstIndex(where: { $0.id == table.id })! else {
                    problem("ratio",
                            "tabel '\(table.id)': ratio gebruikt '\(operand.table)', dat geen eerdere tabel is")
                    continue
                }
                if !spec.tables[other].measures.contains(where: { $0.id == operand.measure }) {
                    problem("ratio",
                            "tabel '\(table.id)': tabel '\(operand.table)' heeft geen maat '\(operand.measure)'")
                }
            }
            if let base = table.basePeriod, !table.periods.contains(base) {
                problem("base_period", "tabel '\(table.id)': base_period \(base) staat niet in periods")
            }
            let ids = Set(table.measures.map(\.id))
            for data in table.data {
                for (heading, id) in data.columns.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
                    problem("data", "tabel '\(table.id)': columns wijst kolom '\(heading)' toe aan "
                            + "onbekende maat '\(id)'")
                }
                if data.sheet != nil && InputFormat(path: data.file) != .workbook {
                    problem("data", "tabel '\(table.id)': 'sheet' hoort bij een Excel-werkmap (.xlsx), "
                            + "niet bij '\(data.file)'")
                }
            }
            problems += dataProblems(table, index: index, deliveries: spec.deliveries)
            for measure in table.measures {
                if let total = measure.partOf, !ids.contains(total) {
                    problem("measures",
                            "tabel '\(table.id)': maat '\(measure.id)' is part_of onbekende maat '\(total)'")
                }
            }
            if let from = table.aggregate?.from, !spec.tables.contains(where: { $0.id == from && !$0.data.isEmpty }) {
                problem("aggregate", "tabel '\(table.id)': aggregate.from '\(from)' is geen tabel met data")
            }
            if let level = table.aggregate?.to, !Aggregation.levels.contains(level) {
                problem("aggregate",
                        "tabel '\(table.id)': aggregate.to '\(level.rawValue)': kies arrondissement of provincie")
            }
            let sheet = table.sheet ?? table.id
            if let reason = SheetName.problem(sheet) {
                problem(table.sheet == nil ? "id" : "sheet",
                        "tabel '\(table.id)': \(reason); geef een geldige 'sheet' op")
            }
            if !sheets.insert(sheet.lowercased()).inserted {
                problem("sheet", "tabel '\(table.id)': werkbladnaam '\(sheet)' komt twee keer voor")
            }
            if table.periods.isEmpty { problem("periods", "tabel '\(table.id)': geen periods") }
            if table.measures.isEmpty { problem("measures", "tabel '\(table.id)': geen measures") }
        }
        return problems + keyFigureProblems(spec)
    }

    /// A key figure names a table of the spec; in a table per region also one of its measures, in a
    /// table per measure a row that is one of its measures. Each problem points at its field.
    static func keyFigureProblems(_ spec: ReportSpec) -> [SpecProblem] {
        spec.keyFigures.enumerated().compactMap { index, figure in
            let place = "key_figures: tabel '\(figure.table)'"
            func problem(_ field: String, _ reason: String) -> SpecProblem {
                SpecProblem(reason: place + reason, path: ["key_figures", .index(index), .key(field)])
            }
            guard let table = spec.tables.first(where: { $0.id == figure.table }) else {
                return problem("table", " bestaat niet")
            }
            let measures = table.measures.map(\.id), names = measures.joined(separator: ", ")
            switch table.layout {
            case .regions where !measures.contains(figure.measure ?? ""):
                return problem(figure.measure == nil ? "table" : "measure",
                               " heeft een rij per regio: geef 'measure', een van \(names)")
            case .measures where figure.measure != nil || !measures.contains(figure.row):
                return problem(figure.measure == nil ? "row" : "measure",
                               " heeft een rij per maat: geef als 'row' een van \(names), zonder 'measure'")
            default:
                return nil
            }
        }
    }

    /// Problems of a table's data files as a set: deliveries that are not declared, and periods
    /// that are not the table's or that two files both provide.
    static func dataProblems(_ table: TableSpec, index: Int, deliveries: [String: Delivery]) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        func problem(_ field: String, _ reason: String) {
            problems.append(SpecProblem(reason: "tabel '\(table.id)': " + reason, path: ["tables", .index(index), .key(field)]))
        }
        for (field, data) in table.data.map({ ("data", $0) }) + [table.shares].compactMap({ $0.map { ("shares", $0) } }) {
            if let id = data.delivery, deliveries[id] == nil {
                let known = deliveries.keys.sorted()
                problem(field, "levering '\(id)' van '\(data.file)' staat niet onder deliveries"
                        + (known.isEmpty ? "" : " (bekend: \(known.joined(separator: ", ")))"))
            }
            for period in data.periods ?? [] where !table.periods.contains(period) {
                problem(field, "'\(data.file)' levert periode \(period), die niet in periods staat")
            }
        }
        if table.data.filter({ $0.periods == nil }).count > 1 {
            problem("data", "geef bij elk bestand onder data behalve één de periods die het levert")
        }
        var provider: [Period: String] = [:]
        for (data, periods) in zip(table.data, table.dataPeriods) {
            for period in periods {
                if let other = provider.updateValue(data.file, forKey: period) {
                    problem("data", "periode \(period) komt uit twee bestanden, '\(other)' en '\(data.file)'")
                }
            }
        }
        return problems
    }
}
