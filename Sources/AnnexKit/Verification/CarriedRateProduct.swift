/// A rate per one unit a sentence states, for the next sentence to multiply by a count of that unit: 'De huur per
/// standplaats bedraagt € 2.940 per jaar.' is € 2.940 per 'standplaats'.
struct UnitRate: Sendable {
    /// The rate, carried over.
    let rate: Operand
    /// The noun of the unit it is per ('standplaats').
    let unit: String
    /// The unit of measure it is written in ('€', 'minuten'), if any.
    let measure: MeasureUnit?
    /// Its currency sign as written ('' for none).
    let currency: String
}

/// A product of a rate the sentence before states and a count of the rate's unit this one states: 'Per rit waren we
/// gemiddeld 47 minuten onderweg. Bij 4.812 ritten komt dat neer op bijna 3.770 uur.', 'De huur per standplaats
/// bedraagt € 2.940 per jaar. Met 60 verhuurde standplaatsen levert dat € 176.400 op.'
///
/// The rate is the sentence's one value when its opening words, before any number, name what it is per ('Per rit …',
/// 'De kosten per rit …'), or else the 'per' right after the value does ('Het lidmaatschap kost € 45 per lid per
/// jaar'): its one count outside brackets (a bracket restates it in another unit) that starts no change (after a
/// change, the level it reached). The next sentence opens with two numbers: a count of the rate's unit (its noun in
/// the words right after it) and, after a word that refers back ('dat', 'daarmee'), the product, in the rate's unit
/// of measure or one of its family ('uur' for 'minuten'), or of the rate's noun, closing the sentence or its clause
/// before a ',' or ';' (what follows is a clause of its own: '…, 30% van de inkomsten').
extension ClaimParser {
    /// The rate per one unit this sentence states (see the extension); none when it states more than one value.
    func unitRates() -> [UnitRate] {
        let starts = Set(pairs.map(\.from))
        let values = analysis.numberIndices.filter {
            tokens[$0].depth == 0 && tokens[$0].number?.unit == .count && !starts.contains($0)
                && Self.isValue($0, tokens) && tokens[$0].year == nil
        }
        guard values.count == 1, let number = tokens[values[0]].number,
            let unit = openingPerNoun() ?? meanUnit(of: values[0]) ?? ownPerNoun(of: values[0])
        else { return [] }
        return [
            UnitRate(
                rate: operand(values[0]).carriedOver, unit: unit, measure: writtenMeasure(at: values[0]),
                currency: number.currency)
        ]
    }

    /// The product of the sentence before's rate and this sentence's count of its unit (see the extension).
    func carriedRateProduct() -> Claim? {
        let numbers = Array(analysis.numberIndices.prefix(2))
        guard numbers.count == 2, numbers.allSatisfy({ tokens[$0].number?.unit == .count && Self.isValue($0, tokens) }),
            tokens.allSatisfy({ $0.kind != .year }), discourse.lastUnitRates.count == 1
        else { return nil }
        let rate = discourse.lastUnitRates[0]
        let (units, total) = (numbers[0], numbers[1])
        let refers = tokens[(units + 1)..<total].contains {
            $0.kind == .word && Self.productReferences.contains($0.text)
        }
        guard let written = tokens[total].number, tokens[units].number?.currency.isEmpty == true,
            countsUnit(at: units, rate.unit), refers, closesClause(total),
            let scale = productScale(of: rate, total: total, written)
        else { return nil }
        var claim = Claim(kind: .count, site: total, claimed: precise(written, direction: nil, derived: true))
        claim.factors = [rate.rate, operand(units)]
        claim.scale = scale
        return claim
    }

    /// The unit a mean an average word governs is of: the noun after 'per' in its phrase ('Met gemiddeld 48 bezoekers
    /// per avond …'), or the one unit its clause takes as subject ('Een rit duurde gemiddeld 47 minuten').
    private func meanUnit(of index: Int) -> String? {
        guard isAveraged(index) else { return nil }
        if let unit = perNoun(of: index), !Lexicon.grammarWords.contains(unit) { return unit }
        return perOneNoun(of: index)
    }

    /// The noun after the 'per' right after the amount at `index` ('€ 45 per lid per jaar': 'lid').
    private func ownPerNoun(of index: Int) -> String? {
        guard let per = perAfter(index), !Lexicon.grammarWords.contains(tokens[per + 1].text) else { return nil }
        return tokens[per + 1].text
    }

    /// The noun after 'per' in the sentence's opening words, before any number and any mark ('Per rit', 'De kosten
    /// per rit').
    private func openingPerNoun() -> String? {
        let opening = tokens.prefix { $0.kind == .word }
        guard let per = opening.indices.first(where: { tokens[$0].isWord("per") }), per + 1 < opening.endIndex,
            !Lexicon.grammarWords.contains(tokens[per + 1].text)
        else { return nil }
        return tokens[per + 1].text
    }

    /// Whether the total at `total` closes its sentence, or its clause before a ',' or ';' outside brackets, past its
    /// noun and at most a particle of its verb ('levert dat € 176.400 op.', 'levert dat € 176.400 op, ruim …'): a
    /// total compared with something after it ('… € 176.400 minder dan begroot') is no product. A unit of measure may
    /// be followed by the noun of what it measures ('ruim 500 uur sleutelwerk').
    private func closesClause(_ total: Int) -> Bool {
        var start = ReadingSanity.noun(after: total, in: tokens) != nil ? total + 2 : total + 1
        if start == total + 2, MeasureUnit(noun: tokens[total + 1].text) != nil, start < tokens.count,
            tokens[start].kind == .word, !Lexicon.grammarWords.contains(tokens[start].text)
        {
            start += 1
        }
        let rest = tokens[min(start, tokens.count)...]
        let end = rest.firstIndex { $0.depth == 0 && ($0.isMark(",") || $0.isMark(";")) } ?? rest.endIndex
        let words = rest[..<end].filter { $0.kind != .mark }
        return words.isEmpty || words.count == 1 && Self.verbParticles.contains(words[0].text)
    }

    /// Particles of a separable verb that close a clause after its object ('levert … op', 'komt … uit').
    private static let verbParticles: Set<String> = ["op", "uit"]

    /// Whether the count at `index` counts `unit`: a form of it, or a compound of it, among the two words after it
    /// ('60 verhuurde standplaatsen').
    private func countsUnit(at index: Int, _ unit: String) -> Bool {
        tokens[(index + 1)...].prefix(Self.unitNounReach).prefix { $0.kind == .word }
            .contains { Self.namesUnit($0.text, unit) }
    }

    /// What the product of the rate and the count is divided by to give the total at `total` in its own unit: 1 in the
    /// rate's unit, currency or noun; the one unit's size over the other's in one family of measure ('uur' for a rate
    /// in 'minuten': 60). Nil when the total is of another kind.
    private func productScale(of rate: UnitRate, total: Int, _ written: WrittenNumber) -> Exact? {
        let measure = writtenMeasure(at: total)
        if let measure, let own = rate.measure {
            guard let factor = own.factor(to: measure), factor != Exact(0) else { return nil }
            return Exact(1) / factor
        }
        guard measure == nil, rate.measure == nil, written.currency == rate.currency else { return nil }
        guard let noun = ReadingSanity.noun(after: total, in: tokens) else { return Exact(1) }
        let rateNoun = rate.rate.written.flatMap { ReadingSanity.noun(after: $0.index, in: $0.tokens) }
        return rateNoun.map { Self.namesUnit(noun, $0) || Self.isForm($0, of: noun) } == true ? Exact(1) : nil
    }

    /// The unit of measure the number at `index` is written in: its currency sign's, or its noun's.
    private func writtenMeasure(at index: Int) -> MeasureUnit? {
        if let currency = tokens[index].number?.currency, let unit = MeasureUnit(currency: currency) { return unit }
        return ReadingSanity.noun(after: index, in: tokens).flatMap(MeasureUnit.init(noun:))
    }

    /// How many words after a count may name its unit ('verhuurde standplaatsen').
    private static let unitNounReach = 2

    /// Words by which the product refers back to the rate before ('komt dat neer op', 'kwamen … daarmee op').
    private static let productReferences: Set<String> = ["dat", "dit", "daarmee", "hiermee", "dus"]
}
