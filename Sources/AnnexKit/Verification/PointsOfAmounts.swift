/// Points claimed for amounts: 'De kosten per gedetineerde stegen met 5,7 procentpunt.' under the lines '2022: 86,4'
/// and '2023: 92,1'. Two values that are no percentages have no change in points; the writer means the change in
/// percent (+6,6%), and `PointsChecker` judges the points as that. Read only when the claim's clause states the
/// change by a verb or noun of change (not a bare '(+5 procentpunt)' beside a memo's values), nothing in the sentence
/// is a share ('het aandeel', 'het percentage'), whose points would be of another quantity than the amounts, and the
/// two values stand in the claim's clause or the one it restates ('van 86,4 naar 92,1 miljoen euro, een stijging van
/// 5,7 procentpunt'), with no verb of change or conjunction between them and the claim, or the sentence gives no
/// number but the claim (the values of the lines or the sentence before).
extension ClaimParser {
    /// The start and end amount of a change in points at `index` that no percentages give (see the type).
    func pointsOfAmounts(at index: Int) -> (from: Operand, to: Operand)? {
        let clause = analysis.clause(of: index)
        guard !tokens.contains(where: { $0.kind == .word && Lexicon.shareWords.contains($0.text) }),
            clause.contains(where: { Self.isChangeVerb(tokens[$0]) || Lexicon.changeNouns.contains(tokens[$0].text) }),
            let stated = statedChange(for: index, unit: .count), let from = stated.from, let to = stated.to
        else { return nil }
        let others = analysis.numberIndices.filter { $0 != index }
        if others.isEmpty { return (from, to) }
        let own = analysis.clauseOf[index]
        let near = isApposition(own) ? [own - 1, own] : [own]
        guard others == [from.token, to.token].compactMap({ $0 }).sorted(),
            others.allSatisfy({ near.contains(analysis.clauseOf[$0]) })
        else { return nil }
        // '… van 200 naar 250 en de score steeg met 3 procentpunt': a verb or conjunction between them opens a
        // statement of its own, about another quantity.
        let between = min(index, others[1])..<max(index, others[0])
        let opensStatement = between.contains {
            Self.isChangeVerb(tokens[$0]) || tokens[$0].isWord("en")
                || Lexicon.clauseConjunctions.contains(tokens[$0].text)
        }
        return opensStatement ? nil : (from, to)
    }
}
