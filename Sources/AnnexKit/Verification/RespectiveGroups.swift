/// Two groups joined by 'en' and their values joined by 'en' in the same order ('Mannen en vrouwen waren met 1.900
/// en 400 verdachten ongelijk vertegenwoordigd: mannen kwamen bijna vijf keer zo vaak voor'): the first value is
/// the first group's, the second the second's. A comparison between them runs from the group it compares with ('als
/// vrouwen') to the group its clause names as its subject.
extension ClaimParser {
    /// The values a factor at `index` compares, from the base group's to the subject's; nil unless the sentence
    /// joins exactly two groups and exactly two values by 'en' and the factor's clause names one group as its
    /// subject or as what it compares with (not both, not the same one twice).
    func respectiveValues(for index: Int) -> (from: Operand, to: Operand)? {
        let valuePairs = joined(before: tokens.count) { token in token.number.map { $0.unit != .points } ?? false }
        guard valuePairs.count == 1, let values = valuePairs.first,
            tokens[values.first].number?.unit == tokens[values.second].number?.unit
        else { return nil }
        let groupPairs = joined(before: values.first) { token in
            token.kind == .word && ContrastedGroups.isContent(token.text) && Lexicon.hedges[token.text] == nil
        }
        guard groupPairs.count == 1, let groups = groupPairs.first else { return nil }
        let names = [tokens[groups.first].text, tokens[groups.second].text]
        let clause = analysis.clause(of: index)
        guard !clause.contains(groups.first), !clause.contains(values.second) else { return nil }
        let compared = clause.first { Self.isComparisonMarker(at: $0, analysis) } ?? clause.upperBound
        func sides(_ range: Range<Int>) -> Set<Int> {
            Set(range.filter { tokens[$0].kind == .word }.flatMap { position in
                (0..<2).filter { ContrastedGroups.related(tokens[position].text, names[$0]) }
            })
        }
        let (subjects, bases) = (sides(clause.lowerBound..<min(index, compared)), sides(compared..<clause.upperBound))
        let subject: Int
        if subjects.count == 1, let only = subjects.first, !bases.contains(only), bases.count <= 1 {
            subject = only
        } else if subjects.isEmpty, bases.count == 1, let base = bases.first {
            subject = 1 - base
        } else {
            return nil
        }
        let operands = [operand(values.first), operand(values.second)]
        return (operands[1 - subject], operands[subject])
    }

    /// The pairs of tokens before `end` that `isMember` accepts and that 'en' joins with nothing else between.
    private func joined(before end: Int, _ isMember: (Token) -> Bool) -> [(first: Int, second: Int)] {
        (1..<max(1, min(end, tokens.count) - 1)).filter { join in
            tokens[join].isWord("en") && isMember(tokens[join - 1]) && isMember(tokens[join + 1])
        }.map { ($0 - 1, $0 + 1) }
    }
}
