/// A count that the pronoun 'er' counts, closed by the particle of a verb of coming or going: 'er kwamen er vijftien
/// bij', 'per saldo gingen er 550 af'. The particle signs the difference ('bij' +1, 'af' −1), and its operands are
/// those any difference takes: the from–to pair of its sentence, or of the sentence before. A transitive verb's
/// particle ('voerde er 4.650 af', removed from stock) makes no difference.
extension ClaimParser {
    /// The sign the particle right after the count gives, when that particle closes the clause and 'er' and a form
    /// of 'komen', 'gaan' or 'vallen' stand before the count in it; nil otherwise.
    func particleDifferenceSign(of index: Int) -> Int? {
        let particle = index + 1
        guard particle < tokens.count, tokens[particle].kind == .word,
            let sign = Self.differenceParticles[tokens[particle].text],
            particle + 1 == tokens.count || tokens[particle + 1].kind == .mark
        else { return nil }
        let before = analysis.words(analysis.clause(of: index).lowerBound..<index)
        return before.contains("er") && before.contains(where: Self.comingAndGoing.contains) ? sign : nil
    }

    /// The particles of a verb of coming ('kwamen er … bij') and going ('gingen er … af'), with their signs.
    private static let differenceParticles: [String: Int] = ["bij": 1, "af": -1]

    /// The forms of the intransitive verbs of coming and going whose particle makes a count a difference.
    private static let comingAndGoing: Set<String> = [
        "komt", "komen", "kwam", "kwamen", "gekomen", "gaat", "gaan", "ging", "gingen", "gegaan", "valt", "vallen",
        "viel", "vielen", "gevallen",
    ]
}
