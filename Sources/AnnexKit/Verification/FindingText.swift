/// Findings of `annex verify` in words of one language, with its way of writing numbers.
public struct FindingText: Sendable {
    public let phrases: PhraseBook
    let numbers: NumberStyle

    public init(phrases: PhraseBook) {
        self.phrases = phrases
        numbers = NumberStyle(phrases: phrases)
    }

    public func callAsFunction(_ phrase: Phrase, _ values: [String: String] = [:]) -> String {
        phrases.text(phrase, values)
    }

    public func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .consistent: self(.verifyVerdictConsistent)
        case .inconsistent: self(.verifyVerdictInconsistent)
        case .unverifiable: self(.verifyVerdictUnverifiable)
        }
    }

    public func kind(_ kind: ClaimKind) -> String {
        switch kind {
        case .change: self(.verifyKindChange)
        case .points: self(.verifyKindPoints)
        case .difference: self(.verifyKindDifference)
        case .share: self(.verifyKindShare)
        case .sum: self(.verifyKindSum)
        case .count: self(.verifyKindCount)
        case .rank: self(.verifyKindRank)
        case .average: self(.verifyKindAverage)
        case .ratio: self(.verifyKindRatio)
        }
    }

    /// The reason of a verdict: the doubt, the recomputation and the diagnosis, as far as there are any.
    public func reason(_ finding: ClaimFinding) -> String {
        var parts: [String] = []
        if let doubt = finding.doubt { parts.append(text(doubt)) }
        if let computation = finding.computation { parts.append(text(computation)) }
        if let diagnosis = finding.diagnosis { parts.append(self(.verifyDiagnosis, ["text": text(diagnosis)])) }
        return parts.joined(separator: "; ")
    }

    // MARK: Numbers

    public func number(_ shown: Shown) -> String {
        var text: String
        switch shown.format {
        case .count: text = numbers.number(shown.value, decimals: Self.countDecimals(shown.value))
        case .percent(let decimals): text = numbers.number(shown.value, decimals: decimals) + "%"
        case .signedPercent(let decimals): text = signed(shown.value, decimals: decimals) + "%"
        case .signedCount: text = signed(shown.value, decimals: Self.countDecimals(shown.value))
        case .decimal(let decimals): text = numbers.number(shown.value, decimals: decimals)
        case .points(let decimals): text = signed(shown.value, decimals: decimals) + " " + self(.verifyUnitPoints)
        case .factor(let decimals): text = "×" + numbers.number(shown.value, decimals: decimals)
        case .rate(let decimals, let scale) where scale == Exact(1):
            text = numbers.number(shown.value, decimals: decimals)
        case .rate(let decimals, let scale):
            text =
                numbers.number(shown.value, decimals: decimals) + " "
                + self(.verifyUnitPer, ["scale": numbers.number(scale, decimals: 0)])
        }
        if let period = shown.period { text += " (\(period))" }
        return text
    }

    /// The decimals a count is shown with: all of a value written with few ('137,25', '9,25'), one of any other
    /// ('2/3' as '0,7'), none of a whole number.
    static func countDecimals(_ value: Exact) -> Int {
        guard let decimals = value.terminatingDecimals, decimals <= maxCountDecimals else { return 1 }
        return decimals
    }

    /// The most decimals a count is shown with in full, as amounts in cents are written.
    private static let maxCountDecimals = 2

    private func signed(_ value: Exact, decimals: Int) -> String {
        (value.roundedSignum(decimals: decimals) > 0 ? "+" : "") + numbers.number(value, decimals: decimals)
    }

    // MARK: Parts of a reason

    func text(_ computation: Computation) -> String {
        let calculation: String
        switch computation.form {
        case .change(let from, let to): calculation = "\(number(from)) → \(number(to))"
        case .share(let part, let whole):
            calculation = self(.verifyCalcShare, ["part": number(part), "whole": number(whole)])
        case .sum(let parts): calculation = parts.map(number).joined(separator: " + ")
        case .product(let factors): calculation = factors.map(number).joined(separator: " × ")
        case .formula(let written): calculation = written
        case .remainder(let whole, let parts): calculation = ([whole] + parts).map(number).joined(separator: " − ")
        case .between(let first, let second): calculation = "\(first) − \(second)"
        case .figure(let region, let period): calculation = "\(region) \(period)"
        case .mean(let span): calculation = self(.verifyCalcMean, ["span": span])
        case .meanOf(let values):
            calculation = self(.verifyCalcMean, ["span": values.map(number).joined(separator: ", ")])
        case .weightedMean(let values, let weights):
            calculation = self(
                .verifyCalcWeightedMean,
                [
                    "values": values.map(number).joined(separator: ", "),
                    "weights": weights.map(number).joined(separator: ", "),
                ])
        case .items(let count): calculation = self(.verifyCalcItems, ["count": String(count)])
        case .exact(let value): calculation = self(.verifyCalcExact, ["value": number(value)])
        case .converted(let value, let conversion):
            calculation = self(
                .verifyCalcConverted,
                [
                    "value": number(value), "from": text(conversion.from, rate: conversion.isRate),
                    "to": text(conversion.to, rate: conversion.isRate),
                ])
        }
        let basis: String
        switch computation.basis {
        case .text: basis = self(.verifyBasisText)
        case .data: basis = self(.verifyBasisData)
        case .mixed: basis = self(.verifyBasisMixed)
        }
        return self(
            .verifyComputed, ["basis": basis, "calculation": calculation, "result": number(computation.result)])
    }

    /// A unit of time as a duration's unit ('dagen') or a rate's ('per dag').
    private func text(_ unit: PeriodUnit, rate: Bool) -> String {
        guard rate else {
            switch unit {
            case .day: return self(.verifyPeriodDays)
            case .week: return self(.verifyPeriodWeeks)
            case .month: return self(.verifyPeriodMonths)
            case .year: return self(.verifyPeriodYears)
            }
        }
        let single: Phrase
        switch unit {
        case .day: single = .verifyPeriodDay
        case .week: single = .verifyPeriodWeek
        case .month: single = .verifyPeriodMonth
        case .year: single = .verifyPeriodYear
        }
        return self(.verifyUnitPer, ["scale": self(single)])
    }

    func text(_ doubt: Doubt) -> String {
        switch doubt {
        case .noData: self(.verifyDoubtNoData)
        case .noOperands: self(.verifyDoubtNoOperands)
        case .measureUnknown: self(.verifyDoubtMeasureUnknown)
        case .measureAmbiguous(let measures):
            self(.verifyDoubtMeasureAmbiguous, ["measures": measures.joined(separator: ", ")])
        case .periodUnknown: self(.verifyDoubtPeriodUnknown)
        case .periodNotInData(let table, let period):
            self(.verifyDoubtPeriodNotInData, ["period": period, "table": table])
        case .regionNotInData(let region, let table):
            self(.verifyDoubtRegionNotInData, ["region": region, "table": table])
        case .figureMissing(let figure, let status):
            self(.verifyDoubtFigureMissing, ["figure": figure, "status": text(status)])
        case .estimated(let figure): self(.verifyDoubtEstimated, ["figure": figure])
        case .fromPassage(let figure, let line):
            self(.verifyDoubtFromPassage, ["figure": figure, "line": String(line)])
        case .correctedOnPassage(let figure, let line):
            self(.verifyDoubtCorrectedOnPassage, ["figure": figure, "line": String(line)])
        case .scope(let dimension, let named, let table, let declared):
            self(
                .verifyDoubtScope,
                [
                    "declared": declared.joined(separator: ", "), "dimension": text(dimension),
                    "named": named.joined(separator: ", "), "table": table,
                ])
        case .contextScope(let dimension, let named, let table):
            self(
                .verifyDoubtContextScope,
                ["dimension": text(dimension), "named": named.joined(separator: ", "), "table": table])
        case .contextRegion(let region): self(.verifyDoubtContextRegion, ["region": region])
        case .noWhole: self(.verifyDoubtNoWhole)
        case .vague(let word): self(.verifyDoubtVague, ["word": word])
        case .tooFewPeriods: self(.verifyDoubtTooFewPeriods)
        case .partsOfDifferentTotals: self(.verifyDoubtPartsOfDifferentTotals)
        case .impossibleReading(.sum): self(.verifyDoubtNotASum)
        case .impossibleReading(.mean): self(.verifyDoubtNotAMean)
        case .impossibleReading(.share): self(.verifyDoubtNotAShare)
        case .weaklyBound: self(.verifyDoubtWeaklyBound)
        case .groupSizesMissing: self(.verifyDoubtGroupSizesMissing)
        case .unitsDiffer: self(.verifyDoubtUnitsDiffer)
        case .scaleUnstated(let factor):
            self(.verifyDoubtScaleUnstated, ["factor": numbers.number(factor, decimals: 0)])
        }
    }

    func text(_ diagnosis: Diagnosis) -> String {
        switch diagnosis {
        case .laterBase(let period?): self(.verifyDiagnosisLaterBase, ["period": period])
        case .laterBase(nil): self(.verifyDiagnosisLaterValue)
        case .otherGroupBase: self(.verifyDiagnosisOtherGroupBase)
        case .wrongDirection(let actual):
            self(.verifyDiagnosisDirection, ["direction": self(actual > 0 ? .verifyWordIncrease : .verifyWordDecrease)])
        case .otherYears(let earlier, let later):
            self(.verifyDiagnosisOtherYears, ["earlier": earlier, "later": later])
        case .pointsForPercent(let points):
            self(.verifyDiagnosisPointsForPercent, ["points": number(Shown(points, .points(decimals: 1)))])
        case .indexPointsForPercent(let points):
            self(.verifyDiagnosisIndexPoints, ["points": number(Shown(points, .count))])
        case .percentForPoints(let relative):
            self(.verifyDiagnosisPercentForPoints, ["relative": number(Shown(relative, .signedPercent(decimals: 1)))])
        case .otherRegion(let region): self(.verifyDiagnosisOtherRegion, ["region": region])
        case .rankOrder(let region, let rank, let position, let holder, let value):
            self(
                .verifyDiagnosisRank,
                [
                    "holder": holder, "position": String(position), "rank": String(rank), "region": region,
                    "value": number(Shown(value, .count)),
                ])
        case .roundedParts(let parts, let decimals):
            self(
                .verifyDiagnosisRoundedParts,
                ["parts": parts.map { numbers.number($0, decimals: decimals) }.joined(separator: " + ")])
        case .impossibleDecrease: self(.verifyDiagnosisImpossibleDecrease)
        }
    }

    private func text(_ dimension: ScopeDimension) -> String {
        switch dimension {
        case .source: self(.verifyDimensionSource)
        case .sector: self(.verifyDimensionSector)
        case .population: self(.verifyDimensionPopulation)
        }
    }

    private func text(_ status: Status) -> String {
        switch status {
        case .suppressed: self(.verifyStatusSuppressed)
        case .notApplicable: self(.verifyStatusNotApplicable)
        case .notComparable: self(.verifyStatusNotComparable)
        case .incomplete: self(.verifyStatusIncomplete)
        case .missing, .ok, .estimated: self(.verifyStatusMissing)
        }
    }
}
