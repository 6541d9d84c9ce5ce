/// A correction to a published value, with the evidence for it.
public struct Correction: Sendable, Hashable {
    public let dataset: String
    /// Region as printed in the data (resolved like any other name).
    public let region: String
    public let measure: String
    public let period: String
    /// The value as published; `.missing` when the cell was blank or the row absent.
    public let published: Amount
    public let corrected: Amount
    public let evidence: LocalizedText
    /// Lines of the source's extracted text the evidence rests on, for researchers (`figures.csv`);
    /// readers see the evidence, which cites sections and pages.
    public let sourceLines: [Int]
    /// Where the correction is recorded.
    public let file: String
    public let line: Int
}

/// Loads and applies the corrections file (`dataset,region,measure,period,published,corrected,evidence`,
/// optionally the evidence translated, `evidence_en`, and `lines`: the lines of the source's extracted
/// text the evidence rests on, separated by ';').
public enum CorrectionsLoader {
    public static func load(path: String, file: String) throws -> [Correction] {
        var result: [Correction] = []
        let required = ["dataset", "region", "measure", "period", "published", "corrected", "evidence"]
        try CSVReader.forEachRecord(path: path, file: file, required: required, mayBeEmpty: true) { columns, record in
            func field(_ name: String) -> String { columns.field(name, in: record) }
            var amounts: [Amount] = []
            for name in ["published", "corrected"] {
                switch CellParser.amount(field(name), notation: .plain) {
                case .success(let amount): amounts.append(amount)
                case .failure(let problem):
                    return [LoadError(file: file, line: record.line, column: columns.column(name), problem)]
                }
            }
            let lines = field("lines").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = lines.compactMap { Int($0) }.filter { $0 > 0 }
            guard numbers.count == lines.count else {
                return [LoadError(file: file, line: record.line, column: columns.column("lines"),
                                  .notANumber(cell: field("lines"), expected: MessageText(.correctionLinesExpected)))]
            }
            result.append(Correction(dataset: field("dataset"), region: field("region"), measure: field("measure"),
                                     period: field("period"), published: amounts[0], corrected: amounts[1],
                    evidence: LocalizedText(
                        field("evidence"), translations: LocalizedText.translations("evidence", field),
                                                             file: file, line: record.line),
                                     sourceLines: numbers, file: file, line: record.line))
            return []
        }
        return result
    }

    /// Applies the corrections for `dataset` and records them in `loaded.corrections`. A correction
    /// whose published value no longer matches the data is an error: the data changed and the
    /// correction must be reviewed.
    /// A figure the data lacks (an absent row) cites the delivery of its period (`delivery`).
    static func apply(_ corrections: [Correction], to loaded: inout LoadedDataset, spec: TableSpec,
                      gazetteer: Gazetteer, ownRegions: OwnRegions? = nil,
                      delivery: (Period) -> Delivery) throws {
        var errors = ErrorList()
        for correction in corrections where correction.dataset == loaded.dataset.id {
            var builder = DatasetBuilder(file: correction.file, spec: spec, gazetteer: gazetteer,
                                         ownRegions: ownRegions)
            let row = builder.row(region: correction.region, type: nil, line: correction.line, column: 2)
            let measure = builder.measure(correction.measure, line: correction.line, column: 3)
            let period = builder.period(correction.period, line: correction.line, column: 4)
            errors.add(builder.errors.errors)
            guard let row, let measure, let period else { continue }
            let region = builder.dataset.regions[row]
            let target = loaded.dataset.row(for: region)
            var cell = loaded.dataset[target, measure, period]
            let asLoaded = cell.amount == .notApplicable ? Amount.missing : cell.amount
            guard asLoaded == correction.published else {
                let mismatch = LoadError.Problem.correctionMismatch(expected: describe(correction.published),
                                                                    found: describe(cell.amount))
                errors.add(LoadError(file: correction.file, line: correction.line, column: 5, mismatch))
                continue
            }
            // A corrected count must be a count, as every figure of the data files.
            let figure = loaded.dataset.measures[measure]
            if figure.kind == .count, let value = correction.corrected.exact, !value.isInteger || value < 0 {
                let text = PlainNumber.format(value)
                let problem: LoadError.Problem = value < 0 ? .negativeCount(cell: text, measure: figure.id)
                    : .fractionalCount(cell: text, measure: figure.id)
                errors.add(LoadError(file: correction.file, line: correction.line, column: 6, problem))
                continue
            }
            cell.amount = correction.corrected
            let provenance = cell.provenance ?? {
                let source = delivery(loaded.dataset.periods[period])
                let cited = loaded.dataset.sources.first { $0.delivery == source }?.tables.first
                return Provenance(delivery: source, table: cited ?? "")
            }()
            cell.provenance = provenance.corrected(Provenance.Correction(evidence: correction.evidence.text,
                                                                         lines: correction.sourceLines))
            loaded.dataset[target, measure, period] = cell
            loaded.corrections.append(AppliedCorrection(
                region: region, measure: loaded.dataset.measures[measure], period: loaded.dataset.periods[period],
                published: correction.published, corrected: correction.corrected, evidence: correction.evidence))
        }
        try errors.check()
    }

    /// A value as the corrections file writes it: the number, `x`, or empty for a blank.
    private static func describe(_ amount: Amount) -> String {
        if let value = amount.exact { return PlainNumber.format(value) }
        return amount == .suppressed ? "x" : ""
    }
}
