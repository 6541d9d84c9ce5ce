import Foundation

/// What `annex check` found for one report spec.
public struct CheckReport: Sendable {
    public let specPath: String
    /// Input errors: the data cannot be used as it is (the first `Limits.listedErrors`).
    public let errors: [LoadError]
    /// Input errors found beyond those listed.
    public let omittedErrors: Int
    /// Problems in the published figures that the data faithfully reproduces.
    public let findings: [TableFinding]
    /// Names resolved through the alias list.
    public let aliasUses: [AliasUse]
    /// What the loaders recognised in the files and did not read as figures (titles, notes), and
    /// choices they made reading them (sheet, number notation, CBS markers).
    public let notices: [InputNotice]
    /// Per municipality dataset and year: which municipalities have a figure.
    public let coverage: [Coverage]
    /// Years in the report's texts, in every language it has, that its periods do not explain.
    public let years: [YearInText]
    /// The wording the findings are in; nil when the report could not be loaded.
    public let wording: Wording?
}

/// Loads and validates every report spec's data, collecting all problems.
public enum Check {
    /// `templates` is the folder with the wording (by default `templates/` beside the spec's folder).
    public static func run(specPath: String, dataRoot: String? = nil, templates: String? = nil,
                           language: Language? = nil) -> CheckReport {
        do {
            let (spec, early) = try ReportLoader.spec(at: specPath, dataRoot: dataRoot)
            let folder = templates ?? ReportLoader.sibling("templates", ofSpec: specPath)
            // The wording and the years in the texts need the spec only: they are worked out beside the reading
            // of the data and the computation. Their errors come after the data's and before the computation's,
            // as when they were worked out between the two; the work is waited for on every way out.
            let textual = SideWork { () throws -> (Wording, [YearInText]) in
                let wording = try Wording.load(templates: folder, spec: spec, language: language ?? spec.language)
                let years = try texts(of: spec, specPath: specPath, templates: folder).flatMap { file, texts in
                    YearsInTexts.find(in: texts, spec: spec, file: file)
                }
                return (wording, years)
            }
            defer { _ = try? textual.result() }
            let inputs = try ReportLoader.load(specPath: specPath, loaded: spec, early: early, dataRoot: dataRoot)
            let loaded = inputs.spec.tables.compactMap { inputs.datasets[$0.id] }
            let covered = SideWork { loaded.flatMap { Coverage.of($0.dataset, gazetteer: inputs.gazetteer) } }
            let computed = Result { try ReportComputer.compute(inputs, drawn: false) }
            let (wording, years) = try textual.result()
            let coverage = try covered.result()
            let report = try computed.get()
            let findings = TableFinding.all(in: report, wording)
            let checked = CheckReport(specPath: specPath, errors: [], omittedErrors: 0, findings: findings,
                                      aliasUses: loaded.flatMap(\.aliasUses), notices: loaded.flatMap(\.notices),
                                      coverage: coverage, years: years, wording: wording)
            // The data and the computed tables are freed beside the caller's saying what was found.
            Discard.beside((consume inputs, consume loaded, consume computed, consume report))
            return checked
        } catch let failure as LoadErrors {
            return CheckReport(specPath: specPath, errors: failure.errors, omittedErrors: failure.omitted, findings: [],
                               aliasUses: [], notices: [], coverage: [], years: [], wording: nil)
        } catch {
            let problem = LoadError(file: specPath, .unreadable(reason: FileProblem.describe(error)))
            return CheckReport(specPath: specPath, errors: [problem], omittedErrors: 0, findings: [], aliasUses: [],
                               notices: [], coverage: [], years: [], wording: nil)
        }
    }
}

extension Check {
    /// The report's texts in every language it has: the spec's, and each translation file in
    /// `templates/i18n/`, with the file each is in. A translation that does not load is an error.
    static func texts(of spec: ReportSpec, specPath: String, templates: String) throws -> [(String, ReportTexts)] {
        var result = [(specPath, ReportTexts(spec: spec))]
        for language in Language.allCases where language != spec.language {
            let path = ReportTexts.path(templates: templates, report: spec.id, language: language)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            result.append((path, try ReportTexts.load(path: path, spec: spec)))
        }
        return result
    }
}

extension Wording {
    /// Which municipalities of a dataset have a figure in a year, for `annex check`.
    public func coverage(_ item: Coverage) -> String {
        var parts = [self(.coverage, ["table": item.table, "period": item.period.label, "covered": String(item.covered),
                                      "existing": String(item.existing)])]
        if !item.withoutFigure.isEmpty {
            parts.append(self(.coverageWithout, ["names": list(item.withoutFigure, limit: 12)]))
        }
        if !item.nonexistent.isEmpty {
            parts.append(
                self(.coverageNonexistent, ["period": item.period.label, "names": list(item.nonexistent, limit: 12)]))
        }
        return parts.joined(separator: "; ") + "."
    }
}
