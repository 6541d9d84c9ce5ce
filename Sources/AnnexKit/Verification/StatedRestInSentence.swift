/// A rest in a later stretch of the sentence that states its part and whole: 'In 67 van de 81 zaken bleef het
/// opgelost (83%); bij de overige 14 kwam het terug.' The stretch after ';' (or after a conjunction that opens a
/// clause) names what is left of the whole the stretches before it split, so the rest is the whole less the part.
extension ClaimParser {
    /// The count after a referring word of the rest ('de overige 14') that is the only number of its stretch, when
    /// the sentence's only other counts are a part and its whole written 'P van de W' in the stretches before it,
    /// and no direction word stands in the sentence: a sum whose `whole` is W and whose one other part is P.
    /// Percentages beside the pair (its share, '(83%)') are no parts. A rest that names a noun of its own may count
    /// something else: its whole binds weakly (`restWhole(_:at:wholeNoun:)`).
    func statedRestInSentence() -> Claim? {
        let counts = numbers(.count, in: tokens.indices)
        guard counts.count == 3, let site = counts.last, referringRest(before: site) != nil,
            pairedWhole(of: counts[0]) == counts[1], analysis.stretches[counts[1]] < analysis.stretches[site],
            analysis.numberIndices.filter({ analysis.stretches[$0] == analysis.stretches[site] }) == [site],
            directions(in: tokens.indices).isEmpty, let number = tokens[site].number
        else { return nil }
        let whole = restWhole(
            operand(counts[1]), at: site, wholeNoun: ReadingSanity.noun(after: counts[1], in: tokens))
        return remainder(site, number, whole: whole, others: [operand(counts[0])])
    }
}
