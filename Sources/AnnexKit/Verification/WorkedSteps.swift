/// The steps of a worked example, each a sentence whose result is the product of a rate it states and a count a
/// sentence before it gives: 'Stel, een gemeente telt 40.000 inwoners. Bij 2 cliënten per 1.000 inwoners zijn dat 80
/// cliënten. Tegen € 3.000 per cliënt kost dat € 240.000.' The count of the rate's unit ('40.000 inwoners' for 'per
/// 1.000 inwoners', '80 cliënten' for 'per cliënt') is taken from the nearest of the `stepReach` sentences before
/// that gives one, in the paragraph; the result must refer back ('zijn dat', 'kost dat', 'is dat dus').
extension ClaimParser {
    /// The result of a step: the sentence's two counts are a rate per one unit or per a scale and, after it and
    /// past a word that refers back, its result, in the rate's currency and of what the rate counts; the units are
    /// the one count of the rate's unit in the nearest sentence before that gives any, at most `stepReach` back.
    func stepProductReading() -> Claim? {
        let counts = analysis.numberIndices.filter { tokens[$0].number?.unit == .count && Self.isValue($0, tokens) }
        guard counts.count == 2, analysis.numberIndices.count == 2, tokens.allSatisfy({ $0.kind != .year }) else {
            return nil
        }
        let (rate, total) = (counts[0], counts[1])
        guard let written = tokens[total].number, tokens[rate].number?.currency == written.currency,
            let (unit, scale) = rateUnit(of: rate),
            tokens[(rate + 1)..<total].contains(where: { $0.kind == .word && Self.stepReferences.contains($0.text) })
        else { return nil }
        let rateNoun = ReadingSanity.noun(after: rate, in: tokens).flatMap { $0 == "per" ? nil : $0 }
        if let noun = ReadingSanity.noun(after: total, in: tokens) {
            guard let rateNoun, Self.namesUnit(noun, rateNoun) || Self.isForm(rateNoun, of: noun) else { return nil }
        }
        guard let units = stepUnits(named: unit) else { return nil }
        var claim = Claim(kind: .count, site: total, claimed: precise(written, direction: nil, derived: true))
        claim.factors = [operand(rate), units]
        claim.scale = scale
        return claim
    }

    /// The unit a rate at `index` is per and its scale: 'per cliënt' (1), 'per 1.000 inwoners' (1.000), or the one
    /// unit a mean's clause takes as its subject ('Gemiddeld telde een klas 24 leerlingen', `perOneNoun`, 1).
    private func rateUnit(of index: Int) -> (unit: String, scale: Exact)? {
        if let unit = perNoun(of: index) { return (unit, Exact(1)) }
        guard let per = Self.per(after: index, in: tokens, reach: Self.ratePhraseReach), per + 2 < tokens.count,
            let scale = Self.scale(tokens[per + 1]), tokens[per + 2].kind == .word
        else { return perOneNoun(of: index).map { ($0, Exact(1)) } }
        return (tokens[per + 2].text, scale)
    }

    /// The one count of `unit` ('40.000 inwoners' for 'inwoners') in the nearest of the sentences before that gives
    /// any, at most `stepReach` back; nil when that sentence gives several.
    private func stepUnits(named unit: String) -> Operand? {
        for summary in discourse.earlier.suffix(Self.stepReach).reversed() {
            let found = summary.countedValues.filter { value in
                value.currency.isEmpty && value.noun.map { Self.namesUnit($0, unit) } == true
            }
            if found.isEmpty { continue }
            return found.count == 1 ? found[0].operand : nil
        }
        return nil
    }

    /// How many sentences back a step of a worked example may take its units: the step before and the one before it.
    static let stepReach = 2

    /// Words by which a step's result refers back to what the example stated ('zijn dat', 'kost dit', 'dan').
    private static let stepReferences: Set<String> = ["dat", "dit", "dan", "daarmee", "dus"]
}
