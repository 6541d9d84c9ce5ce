/// A percentage or a fraction in words that compares two groups within one sentence ('Vrouwen verdienden gemiddeld
/// 21,40 euro per uur, mannen 24,80 euro; vrouwen verdienden daarmee 14 procent minder dan mannen', 'Pakket B kost 54
/// euro, 8 procent duurder dan pakket A met 50 euro', 'Leden jonger dan 30 meldden gemiddeld 2,4 ziektedagen, een
/// vijfde minder dan leden ouder dan 60 met 3,0 dagen'): a comparative right after it and 'dan' name the group it is
/// compared with, the base. The sentence gives the two groups' values, of one unit and nothing else of it: the base
/// is the one in the 'dan' phrase itself, else the one whose own words (before it in its clause) the 'dan' phrase
/// names, when the other's do not; the change runs from the base to the other value. None when the comparison names
/// no group of the two or both ('dan vorig jaar'), when the claim's clause names the base group before the claim (its
/// subject is then no other group), or when three groups give values (which is the base is then unsure). The values
/// are tied to the claim by the names the comparison gives (`OperandBinding.Evidence.reference`).
extension ClaimParser {
    /// The base and the other group's value of a relative value at `index` that compares two groups of the sentence
    /// (see the extension); none unless the values are counts or amounts, neither a start or end value.
    func groupComparison(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard unit == .count, isRelativeValue(index), pairs.isEmpty, bases.isEmpty else { return nil }
        let values = numbers(.count, in: tokens.indices).filter { Self.isValue($0, tokens) && !isSampleSize($0) }
        guard values.count == 2, ReadingSanity.kindAlike(values, in: tokens), countOneThing(values) else { return nil }
        guard let than = comparedGroupMarker(after: index) else { return leftOutComparison(for: index, of: values) }
        let phrase = (than + 1)..<analysis.clause(of: than).upperBound
        let inPhrase = values.filter(phrase.contains)
        let base: Int
        // 'dan pakket A met 50 euro' names a group before its value; 'langer dan zes jaar' is a threshold.
        if inPhrase.count == 1, !contentWords(in: (than + 1)..<inPhrase[0]).isEmpty {
            base = inPhrase[0]
        } else {
            guard inPhrase.isEmpty else { return nil }  // a threshold, or several values
            let end = analysis.numberIndices.first(where: phrase.contains) ?? phrase.upperBound
            let named = contentWords(in: phrase.lowerBound..<end)
            let matching = values.filter { names(named, ownWords(of: $0, besides: values)) }
            guard matching.count == 1 else { return nil }
            base = matching[0]
        }
        let other = values.first { $0 != base }!
        let subject = contentWords(in: analysis.clause(of: index).lowerBound..<index)
        // The first of the base's own words names its group ('jongeren'), the rest what it did ('meldden').
        guard !names(subject, Array(ownWords(of: base, besides: values).prefix(1))) else { return nil }
        // The 'dan' phrase names the base's group: a tie by name, as a word of reference ties another stretch.
        let named = OperandBinding(.reference)
        return (operand(base).bound(named), operand(other).bound(named))
    }

    /// A comparison that leaves out the group it compares with ('Mannen kregen gemiddeld 96 uur, vrouwen 72 uur;
    /// mannen kregen daarmee een derde meer uren'): a comparative right after the claim, no 'dan' or 'als' in its
    /// clause, and before it the clause's subject, without a value, whose words of content each name one of the two
    /// values by their stem (`ownWords`): that value is the subject's, the other the base. A subject with a word that
    /// names neither ('De kans ligt in de trainingsgroep …') binds none.
    private func leftOutComparison(for index: Int, of values: [Int]) -> (from: Operand?, to: Operand?)? {
        let clause = analysis.clause(of: index)
        let reach = min(clause.upperBound, index + Self.leftOutComparativeReach)
        let comparative = ((index + 1)..<max(index + 1, reach)).contains {
            Lexicon.comparatives.contains(tokens[$0].text)
        }
        guard comparative,
            !clause.contains(where: { tokens[$0].isWord("dan") || tokens[$0].isWord("als") }),
            !values.contains(where: clause.contains)
        else { return nil }
        let subject = contentWords(in: clause.lowerBound..<index).filter { Lexicon.hedges[$0] == nil }
        let own = { (value: Int) in ownWords(of: value, besides: values) }
        guard let named = ContrastedGroups.soleNamed(among: values, by: subject, words: own),
            let base = values.first(where: { $0 != named })
        else { return nil }
        let tie = OperandBinding(.reference)
        return (operand(base).bound(tie), operand(named).bound(tie))
    }

    /// Whether two values count one thing: their nouns, where both have one, are forms of one word or one names the
    /// other as the head of its compound (`namesUnit`: 'ziektedagen', 'dagen'), or they name the same
    /// (`ContrastedGroups.related`); '640 leerlingen' and '12,5 uur' are no two groups' values of one measure.
    private func countOneThing(_ values: [Int]) -> Bool {
        let nouns = values.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        guard nouns.count == values.count else { return true }
        let (one, other) = (nouns[0], nouns[1])
        return Self.namesUnit(one, other) || Self.namesUnit(other, one) || ContrastedGroups.related(one, other)
    }

    /// Whether the claim at `index` is a relative value: a percentage, or a fraction in words ('een vijfde',
    /// 'driekwart').
    private func isRelativeValue(_ index: Int) -> Bool {
        if tokens[index].number?.unit == .percent { return true }
        guard tokens[index].kind == .word else { return false }
        return Lexicon.fractions[tokens[index].text] != nil
            || index + 1 < tokens.count && Lexicon.fractions[tokens[index + 1].text] != nil
    }

    /// The 'dan' that follows the comparative right after the percentage at `index`, in its clause ('14 procent
    /// minder dan', '16,7 procent langere straffen dan'), with only words between them.
    private func comparedGroupMarker(after index: Int) -> Int? {
        let clause = analysis.clause(of: index)
        let reach = min(clause.upperBound, index + 1 + Self.groupComparisonReach)
        guard index + 1 < reach, tokens[index + 1].kind == .word, Lexicon.comparatives.contains(tokens[index + 1].text)
            || index + 2 < reach && Lexicon.comparatives.contains(tokens[index + 2].text)
        else { return nil }
        return ((index + 1)..<reach).first { position in
            tokens[position].isWord("dan") && Self.isComparisonMarker(at: position, analysis)
        }.flatMap { position in tokens[(index + 1)..<position].allSatisfy { $0.kind == .word } ? position : nil }
    }

    /// The words of content that name the group of the value at `value`: those before it in its clause, after the
    /// number before it ('mannen' of '…, mannen 24,80 euro'; 'vrouwen', 'verdienden' of 'Vrouwen verdienden 21,40').
    private func groupWords(of value: Int) -> [String] {
        let start = max(analysis.clause(of: value).lowerBound, (analysis.numberIndices.last { $0 < value } ?? -1) + 1)
        return contentWords(in: start..<value)
    }

    /// The words of `value`'s group that the other of `values` does not share ('jongeren' of 'Jongeren meldden 420
    /// …, ouderen meldden 350', not 'meldden').
    private func ownWords(of value: Int, besides values: [Int]) -> [String] {
        let others = values.filter { $0 != value }.flatMap(groupWords(of:))
        return groupWords(of: value).filter { word in !others.contains { ContrastedGroups.related(word, $0) } }
    }

    /// The words of content in a range of tokens.
    private func contentWords(in range: Range<Int>) -> [String] {
        range.filter { tokens[$0].kind == .word && ContrastedGroups.isContent(tokens[$0].text) }.map { tokens[$0].text }
    }

    /// Whether one of `words` names what one of `group` names (`ContrastedGroups.related`).
    private func names(_ words: [String], _ group: [String]) -> Bool {
        words.contains { word in group.contains { ContrastedGroups.related(word, $0) } }
    }

    /// The most tokens from a percentage to the 'dan' of its comparison ('procent langere straffen dan').
    static let groupComparisonReach = 4
    /// The tokens from a claim's site within which the comparative of a comparison that leaves out its compared group
    /// stands: the rest of the claim's words and the comparative ('een derde meer uren').
    static let leftOutComparativeReach = 3
}
