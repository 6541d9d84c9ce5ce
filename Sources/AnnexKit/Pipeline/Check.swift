import Foundation

/// What `annex check` found for one report spec.
public struct CheckReport: Sendable {
    public let specPath: String
    /// Input errors: the data cannot be used as it is.
    public let errors: [LoadError]
    /// Problems in the published figures that the data faithfully reproduces.
    public let findings: [String]
    /// Names resolved through the alias list.
    public let aliasUses: [AliasUse]
    /// Per municipality dataset and year: which municipalities have a figure.
    public let coverage: [Coverage]
}

/// Loads and validates every report spec's data, collecting all problems.
public enum Check {
    public static func run(specPath: String, dataRoot: String? = nil) -> CheckReport {
        do {
            let inputs = try ReportLoader.load(specPath: specPath, dataRoot: dataRoot)
            let report = try ReportComputer.compute(inputs)
            var findings: [String] = []
            for table in report.tables {
                findings += table.discrepancies.map { "\(table.id): " + NoteText.discrepancy($0) }
                findings += table.incomplete.map { "\(table.id): " + NoteText.incomplete($0) }
                findings += table.corrections.map { "\(table.id): " + NoteText.correction($0) }
                findings += table.shareChecks.filter { !$0.isConsistent }.map { "\(table.id): " + NoteText.shareCheck($0) }
                findings += table.shareMismatches.map { "\(table.id): " + NoteText.shareMismatch($0) }
                findings += table.suspicions.map { "\(table.id): " + NoteText.suspicion($0) }
            }
            let loaded = inputs.spec.tables.compactMap { inputs.datasets[$0.id] }
            let coverage = loaded.flatMap { Coverage.of($0.dataset, gazetteer: inputs.gazetteer) }
            return CheckReport(specPath: specPath, errors: [], findings: findings, aliasUses: loaded.flatMap(\.aliasUses),
                               coverage: coverage)
        } catch let failure as LoadErrors {
            return CheckReport(specPath: specPath, errors: failure.errors, findings: [], aliasUses: [], coverage: [])
        } catch {
            let problem = LoadError(file: specPath, .invalidSpec(reason: "\(error)"))
            return CheckReport(specPath: specPath, errors: [problem], findings: [], aliasUses: [], coverage: [])
        }
    }
}
