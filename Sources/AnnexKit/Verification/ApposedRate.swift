/// A rate in an apposition that closes its sentence: after a comma or a colon, nothing but the amount (with its hedge
/// and currency sign), at most its noun, 'per' and the unit ('In 132 wedstrijden vielen 497 doelpunten, ruim 3,7 per
/// wedstrijd', '… 14.420 dossiers met 35 fte: ruim 410 per fte'). With no verb of its own it says nothing new: it
/// restates the clause before it per one of a unit that clause counts, as 'ofwel' or 'gemiddeld' would; its noun,
/// when left out, is the one of the total before it (`ClaimParser.meanPerUnitReading`).
extension ClaimParser {
    /// Whether the amount at `index`, which opens its phrase at `start` (past its currency sign and hedge), is such an
    /// apposition: a comma or colon outside brackets right before `start`, and after the unit of its 'per' only the
    /// sentence's closing mark.
    func opensRateApposition(at start: Int, amount index: Int) -> Bool {
        guard start > 0, tokens[start - 1].depth == 0, tokens[start - 1].isMark(",") || tokens[start - 1].isMark(":"),
            let per = Self.per(after: index, in: tokens, reach: Self.nounReach), tokens[per + 1].kind == .word
        else { return false }
        return tokens[(per + 2)...].allSatisfy { $0.kind == .mark && Self.sentenceEnds.contains($0.text) }
    }

    /// The marks that end a sentence.
    private static let sentenceEnds: Set<String> = [".", "!", "?"]
}
