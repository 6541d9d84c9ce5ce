/// A claim on another basis of time than the rates it is reckoned from: after 'De premie gaat van € 137,25 naar
/// € 146,50 per maand', 'Op jaarbasis betaalt een verzekerde daarmee € 111 meer' is a difference per year of values per
/// month. When the claim's sentence names one basis of its own ('per jaar', 'op jaarbasis', 'jaarlijks') and the
/// operands are rates per another unit that goes into it exactly (a month into a year, a day into a week), the
/// operands are read per the claim's basis (× 12); where it does not go in exactly (days into a year) the claim
/// cannot be checked. A basis the operands' own sentence names for them ('… per maand, een stijging van € 9,25') is
/// theirs, not the claim's.
enum TimeBasis {
    /// The claim read on its own basis of time: nil when its sentence names no other basis than its operands', or
    /// no operand is a rate per a unit of time (see the type).
    static func reading(of claim: Claim, in tokens: [Token]) -> UnitAgreement.Reading? {
        let units = Set(claim.operands.compactMap { operand -> PeriodUnit? in
            if let written = operand.written { return rateUnit(at: written.index, in: written.tokens) }
            return operand.token.flatMap { rateUnit(at: $0, in: tokens) }
        })
        let own = Set(bases(in: tokens)).subtracting(units)
        guard let rate = units.first, own.count == 1, let basis = own.first else { return nil }
        let conversion = UnitConversion(from: rate, to: basis, isRate: true)
        guard units.count == 1, conversion.isExact else { return .unitsDiffer }
        let factor = conversion.converted(Exact(1))
        return .converted(claim.mapOperands { Operand($0, scaledBy: factor) })
    }

    /// The unit of time the number at `index` is a rate per: 'per' and a unit of time right after it or its noun
    /// ('€ 146,50 per maand', '12 meldingen per week').
    static func rateUnit(at index: Int, in tokens: [Token]) -> PeriodUnit? {
        let reach = (index + 1)..<max(index + 1, min(index + UnitAgreement.rateReach, tokens.count - 1))
        return reach.lazy.filter { tokens[$0].isWord("per") }.compactMap { PeriodUnit(word: tokens[$0 + 1].text) }
            .first
    }

    /// The units of time the sentence names as a basis of its own: after 'per' ('Per jaar …'; not a number's own,
    /// '€ 385 per jaar'), before 'basis' ('op jaarbasis'), or as an adverb of recurrence ('jaarlijks').
    static func bases(in tokens: [Token]) -> [PeriodUnit] {
        tokens.indices.compactMap { index in
            let word = tokens[index].text
            guard tokens[index].kind == .word else { return nil }
            if index > 0, tokens[index - 1].isWord("per") {
                let own = max(0, index - UnitAgreement.rateReach)..<(index - 1)
                return own.contains { tokens[$0].kind == .number } ? nil : PeriodUnit(word: word)
            }
            if word.hasSuffix(basisSuffix) { return PeriodUnit(word: String(word.dropLast(basisSuffix.count))) }
            return recurrenceAdverbs[word]
        }
    }

    /// The end of a compound that names a basis ('jaarbasis', 'maandbasis').
    private static let basisSuffix = "basis"

    /// Adverbs that name a recurrence per a unit of time.
    private static let recurrenceAdverbs: [String: PeriodUnit] = [
        "dagelijks": .day, "wekelijks": .week, "maandelijks": .month, "jaarlijks": .year,
    ]
}
