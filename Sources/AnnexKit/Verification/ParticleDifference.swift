/// A count that the pronoun 'er' counts, closed by the particle of a verb of coming or going: 'er kwamen er vijftien
/// bij', 'per saldo gingen er 550 af', or the count with its noun ('er kwamen 146 trajecten bij'). The particle signs
/// the difference ('bij' +1, 'af' −1), and its operands are those any difference takes: the from–to pair of its
/// sentence, or of the sentence before. A transitive verb's particle ('voerde er 4.650 af', removed from stock) makes
/// no difference, nor does a particle before a colon, which opens the count's parts ('er kwamen 214 plaatsen bij: 56
/// in 2023 en 158 in 2024'), not a pair of levels.
extension ClaimParser {
    /// The sign the particle right after the count (or right after its noun) gives, when that particle closes the
    /// clause (but for a colon) and 'er' and a form of 'komen', 'gaan' or 'vallen' stand before the count in it, and no
    /// 'per' of a counted unit (`isPerCountedUnit`); nil otherwise.
    func particleDifferenceSign(of index: Int) -> Int? {
        let next = index + 1
        let particle = next < tokens.count && Self.differenceParticles[tokens[next].text] == nil
            && ReadingSanity.noun(after: index, in: tokens) != nil ? index + 2 : next
        guard particle < tokens.count, tokens[particle].kind == .word,
            let sign = Self.differenceParticles[tokens[particle].text],
            particle + 1 == tokens.count || tokens[particle + 1].kind == .mark && !tokens[particle + 1].isMark(":")
        else { return nil }
        let before = analysis.words(analysis.clause(of: index).lowerBound..<index)
        return before.contains("er") && before.contains(where: Self.comingAndGoing.contains) && !isPerCountedUnit(index)
            ? sign : nil
    }

    /// Whether a 'per' before the count in its clause names a unit that a count of the sentence counts ('per
    /// gesloopte woning kwamen er bijna 15 nieuwe bij' after '86 gesloopte woningen'): the count is then a rate per
    /// one of them, no change's amount. 'per saldo' names none.
    private func isPerCountedUnit(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return (clause.lowerBound..<index).contains { per in
            guard tokens[per].isWord("per") else { return false }
            let phrase = tokens[(per + 1)..<index].prefix { $0.kind == .word }.prefix(Self.perPhraseReach)
            let counted = numbers(.count, in: tokens.indices).filter { $0 != index }.map { countedValue($0) }
            return phrase.contains { word in counted.contains { $0.counts(word.text) } }
        }
    }

    /// The most words of a 'per' phrase that may name its unit ('per gesloopte woning').
    private static let perPhraseReach = 3

    /// The particles of a verb of coming ('kwamen er … bij') and going ('gingen er … af'), with their signs.
    private static let differenceParticles: [String: Int] = ["bij": 1, "af": -1]

    /// The forms of the intransitive verbs of coming and going whose particle makes a count a difference.
    private static let comingAndGoing: Set<String> = [
        "komt", "komen", "kwam", "kwamen", "gekomen", "gaat", "gaan", "ging", "gingen", "gegaan", "valt", "vallen",
        "viel", "vielen", "gevallen",
    ]
}
