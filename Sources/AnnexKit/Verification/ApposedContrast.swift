/// A difference, a change in points or in percent that an apposition states right after the two values its own
/// sentence sets against each other in two clauses: 'In Hoorn zijn 5 zwembaden, in Alkmaar 8: drie meer', 'Meisjes
/// sporten 6,5 uur, jongens 7,5 uur: een uur langer', 'Zeeland 31%, Drenthe 27%, dat is 4 procentpunt meer', and a
/// fraction in words before a comparative, a change in percent ('Meisjes sporten 6 uur, jongens 8 uur: een derde
/// meer'). The two values are the sentence's only other values of the claim's unit, exact, of one kind, both before
/// the apposition, and the sentence gives no start and end value. A mark of time that orders their clauses
/// (`ContrastedGroups.laterByTime`) orders the change; else the one group the apposition names is its new side ('…: in
/// Alkmaar drie meer'); else, when it names neither and nothing marks a time, the comparative right after the number
/// orders them, as `comparedSide(of:values:claim:)` does for two values of the sentence before: whichever group is
/// meant, no other order can make a right figure fit, so only the size of the difference is checked. A change in
/// percent is read only so or by time: one whose apposition names a group is `leftOutComparison`'s, which asks more of
/// the words that name it.
///
/// The apposition may also follow a clause that restates the quantity of the sentence before by a pronoun for a group
/// it names ('Een school in de stad telde 240 leerlingen. Op het platteland was dat 150, 90 minder'): that
/// clause's value is compared with the one value of the unit the sentence before gives, its base
/// (`restatedSide(_:before:)`).
extension ClaimParser {
    /// Whether the number at `position` is a rate in a clause of its own that is nothing but a preposition and the rate
    /// ('In juni, bij 1,979 euro per liter, was dat 98,95 euro: …'): the circumstance of the other value, no side set
    /// against it.
    private func isCircumstantialRate(_ position: Int) -> Bool {
        let clause = analysis.clause(of: position)
        guard position == clause.lowerBound + 1, Lexicon.prepositions.contains(tokens[clause.lowerBound].text),
            let per = tokens[position...].firstIndex(where: { $0.isWord("per") }), per < clause.upperBound,
            UnitAgreement.isRate(position, in: tokens)
        else { return false }
        return tokens[(per + 1)..<clause.upperBound].filter { $0.kind != .mark }.count == 1
    }

    /// The start and end value of the comparison at `index` of `unit` that an apposition states after the two values
    /// its sentence contrasts; nil when the sentence has other values of the unit or the apposition names a base
    /// ('dan', 'als') or both groups.
    func apposedContrast(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        let clause = analysis.clauseOf[index]
        let own = analysis.clauses[clause]
        // 'een derde langer': a fraction in words before a comparative, a change in percent.
        let fractionSign = comparative(afterFraction: index)
        guard isApposition(clause),
            let sign = comparative(afterCount: index) ?? comparative(after: index) ?? fractionSign,
            analysis.numberIndices.allSatisfy({ $0 == index || !own.contains($0) }),
            !own.contains(where: { Self.isComparisonMarker(at: $0, analysis) }), pairs.isEmpty, bases.isEmpty,
            directions(in: tokens.indices).isEmpty
        else { return nil }
        let values = numbers(unit, in: tokens.indices).filter { position in
            position != index && Self.isValue(position, tokens) && !isSampleSize(position)
                && !(position > 0 && tokens[position - 1].isWord("per")) && !isCircumstantialRate(position)
        }
        if values.count == 1, let restated = restatedSide(values[0], before: own) { return restated }
        guard values.count == 2, values.allSatisfy({ $0 < own.lowerBound && tokens[$0].number?.hedge == nil }),
            ReadingSanity.kindAlike(values, in: tokens),
            analysis.clauseOf[values[0]] != analysis.clauseOf[values[1]]
                || ContrastedGroups.gappedJoint(values, in: analysis) != nil
        else { return nil }
        let operands = values.map { operand($0) }
        guard operands[0].value != operands[1].value else { return nil }
        let groups = ContrastedGroups(values, in: analysis)
        let named = (0..<2).filter { side in
            own.contains { position in
                tokens[position].kind == .word
                    && groups.names[side].contains { ContrastedGroups.related(tokens[position].text, $0) }
            }
        }
        let side: Int
        if let later = groups.laterByTime {
            side = later
        } else if named.count == 1, tokens[index].number?.unit != .percent, fractionSign == nil {
            side = named[0]
        } else if named.isEmpty, !marksAnyTime {
            side = Self.sideMadeNew(bySign: sign, operands[0], operands[1])
        } else {
            return nil
        }
        let pair = groups.pair(side == 1 ? (operands[0], operands[1]) : (operands[1], operands[0]))
        return (pair.from, pair.to)
    }

    /// The sign of the comparative right after a fraction in words that starts at `index` ('een derde langer', 'de
    /// helft minder'): such a fraction states a change in percent, as '33 procent langer' does. None for a share of a
    /// group ('een op de vier').
    private func comparative(afterFraction index: Int) -> Int? {
        guard tokens[index].kind == .word, let (_, end, rounding) = fraction(at: index), rounding == nil else {
            return nil
        }
        return comparative(after: end - 1)
    }

    /// The base and restated value of an apposition after the only other value of its unit, at `value`: that value
    /// exact, in a clause before the apposition `apposition` that restates the quantity by a pronoun beside a verb of
    /// level ('was dat', 'waren dat er') and names a group with a word of content the sentence before does not give a
    /// value with ('Bij statushouders'); the base the one value of the unit the sentence before gives
    /// (`datedValue(of:)`), of one currency and, where both have one, of one noun. Nil when the sentence marks a time
    /// ('Vorig jaar waren dat er 198, dus 66 meer' compares times, which may be ordered the other way) or a past.
    private func restatedSide(_ value: Int, before apposition: Range<Int>) -> (from: Operand?, to: Operand?)? {
        let clause = analysis.clause(of: value)
        let lead = clause.lowerBound..<value
        let restates = lead.contains { position in
            tokens[position].kind == .word && ["dat", "dit"].contains(tokens[position].text)
                && [position - 1, position + 1].contains {
                    tokens.indices.contains($0) && Self.levelVerbs.contains(tokens[$0].text)
                }
        }
        let given = discourse.earlier.last?.valueWords ?? []
        let namesGroup = lead.contains { position in
            let word = tokens[position].text
            return tokens[position].kind == .word && ContrastedGroups.isContent(word) && !Self.levelVerbs.contains(word)
                && Lexicon.hedges[word] == nil && !given.contains { ContrastedGroups.related($0, word) }
        }
        guard value < apposition.lowerBound, tokens[value].number?.hedge == nil, restates, namesGroup, !marksAnyTime,
            !analysis.hasEarlierMarker(tokens.indices), let unit = tokens[value].number?.unit,
            let base = discourse.lastDatedValue(of: unit), base.currency == (tokens[value].number?.currency ?? "")
        else { return nil }
        if let noun = ReadingSanity.noun(after: value, in: tokens), let other = base.noun, !Self.areForms(noun, other) {
            return nil
        }
        return (base.value.carriedOver, operand(value))
    }
}
