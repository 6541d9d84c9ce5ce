import Foundation
import Yams

/// Loads report specifications and the data they name.
public enum SpecLoader {
    /// Parses a report spec YAML file.
    public static func load(path: String) throws -> ReportSpec {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadErrors([LoadError(file: path, .unreadable(reason: "bestaat niet of geen UTF-8"))])
        }
        let spec: ReportSpec
        let lines = SpecLines(yaml: text)
        do {
            spec = try YAMLDecoder().decode(ReportSpec.self, from: text)
        } catch let error as DecodingError {
            let location = lines.location(codingPath(error).map(SpecLines.Step.init))
            throw LoadErrors([LoadError(file: path, line: location?.line, column: location?.column,
                                        .invalidSpec(reason: describe(error)))])
        } catch {
            throw LoadErrors([LoadError(file: path, .invalidSpec(reason: "\(error)"))])
        }
        let problems = validate(spec).map { LoadError(file: path, .invalidSpec(reason: $0)) }
            + (MeasureKindRules.problems(spec) + FigureSpecCheck.problems(spec)).map { problem in
                let location = lines.location(problem.path)
                return LoadError(file: path, line: location?.line, column: location?.column,
                                 .invalidSpec(reason: problem.reason))
            }
        if !problems.isEmpty { throw LoadErrors(problems) }
        return spec
    }

    /// Every spec file (`*.yaml`, `*.yml`) in `folder`, sorted by name.
    public static func specFiles(in folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
    }

    static func validate(_ spec: ReportSpec) -> [String] {
        var problems: [String] = []
        let referenced = Set(spec.tables.flatMap(\.footnotes))
        for table in spec.tables {
            for id in table.footnotes where spec.footnotes[id] == nil {
                problems.append("tabel '\(table.id)': noot '\(id)' is niet gedefinieerd onder footnotes")
            }
        }
        for id in spec.footnotes.keys.sorted() where !referenced.contains(id) {
            problems.append("noot '\(id)' is gedefinieerd maar door geen tabel gebruikt")
        }
        var seen = Set<String>()
        var sheets = Set<String>()
        for table in spec.tables {
            if !seen.insert(table.id).inserted { problems.append("tabel-id '\(table.id)' komt twee keer voor") }
            let sources = [table.data != nil || table.shares != nil, table.aggregate != nil, table.ratio != nil]
            if sources.filter({ $0 }).count != 1 {
                problems.append("tabel '\(table.id)': geef precies een van 'data' (eventueel met 'shares'), 'aggregate' en 'ratio'")
            }
            if table.shares != nil, table.nationalFrom.map({ id in !spec.tables.contains { $0.id == id } }) ?? true {
                problems.append("tabel '\(table.id)': 'shares' vraagt 'national_from' met een bestaande tabel")
            }
            for operand in [table.ratio?.numerator, table.ratio?.denominator].compactMap({ $0 }) {
                guard let other = spec.tables.firstIndex(where: { $0.id == operand.table }),
                      other < spec.tables.firstIndex(where: { $0.id == table.id })! else {
                    problems.append("tabel '\(table.id)': ratio gebruikt '\(operand.table)', dat geen eerdere tabel is")
                    continue
                }
                if !spec.tables[other].measures.contains(where: { $0.id == operand.measure }) {
                    problems.append("tabel '\(table.id)': tabel '\(operand.table)' heeft geen maat '\(operand.measure)'")
                }
            }
            if let base = table.basePeriod, !table.periods.contains(base) {
                problems.append("tabel '\(table.id)': base_period \(base) staat niet in periods")
            }
            let ids = Set(table.measures.map(\.id))
            if let data = table.data {
                for (heading, id) in data.columns.sorted(by: { $0.key < $1.key }) where !ids.contains(id) {
                    problems.append("tabel '\(table.id)': columns wijst kolom '\(heading)' toe aan "
                                    + "onbekende maat '\(id)'")
                }
                if data.sheet != nil && InputFormat(path: data.file) != .workbook {
                    problems.append("tabel '\(table.id)': 'sheet' hoort bij een Excel-werkmap (.xlsx), "
                                    + "niet bij '\(data.file)'")
                }
            }
            for measure in table.measures {
                if let total = measure.partOf, !ids.contains(total) {
                    problems.append("tabel '\(table.id)': maat '\(measure.id)' is part_of onbekende maat '\(total)'")
                }
            }
            if let from = table.aggregate?.from, !spec.tables.contains(where: { $0.id == from && $0.data != nil }) {
                problems.append("tabel '\(table.id)': aggregate.from '\(from)' is geen tabel met data")
            }
            if let level = table.aggregate?.to, !Aggregation.levels.contains(level) {
                problems.append("tabel '\(table.id)': aggregate.to '\(level.rawValue)': kies arrondissement of provincie")
            }
            let sheet = table.sheet ?? table.id
            if sheet.count > 31 || sheet.contains(where: { "[]:*?/\\".contains($0) }) {
                problems.append("tabel '\(table.id)': werkbladnaam '\(sheet)' is langer dan 31 tekens of bevat []:*?/\\; geef 'sheet' op")
            }
            if !sheets.insert(sheet.lowercased()).inserted {
                problems.append("tabel '\(table.id)': werkbladnaam '\(sheet)' komt twee keer voor")
            }
            if table.periods.isEmpty { problems.append("tabel '\(table.id)': geen periods") }
            if table.measures.isEmpty { problems.append("tabel '\(table.id)': geen measures") }
        }
        return problems
    }

    /// Where in the spec a decoding error is (for a missing field: the mapping that lacks it).
    private static func codingPath(_ error: DecodingError) -> [CodingKey] {
        switch error {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
             .dataCorrupted(let context):
            context.codingPath
        @unknown default:
            []
        }
    }

    /// A decoding error in Dutch, with the path to the field it concerns.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "verplicht veld '\(key.stringValue)' ontbreekt" + (context.codingPath.isEmpty ? "" : " in \(path(context))")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
