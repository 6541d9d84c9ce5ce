/// A rate in an apposition that closes its sentence: after a comma or a colon, nothing but the amount (with its hedge
/// and currency sign), at most its noun, 'per' and the unit ('In 132 wedstrijden vielen 497 doelpunten, ruim 3,7 per
/// wedstrijd', '… 14.420 dossiers met 35 fte: ruim 410 per fte'). With no verb of its own it says nothing new: it
/// restates the clause before it per one of a unit that clause counts, as 'ofwel' or 'gemiddeld' would; its noun,
/// when left out, is the one of the total before it (`ClaimParser.meanPerUnitReading`). A bracket may close it
/// ('…, zo'n 3.700 m³ per hectare (38 ha).').
extension ClaimParser {
    /// Whether the amount at `index`, which opens its phrase at `start` (past its currency sign and hedge), is such an
    /// apposition: a comma or colon outside brackets right before `start`, and after the unit of its 'per' (and a
    /// bracket right after it) only the sentence's closing mark.
    func opensRateApposition(at start: Int, amount index: Int) -> Bool {
        guard start > 0, tokens[start - 1].depth == 0, tokens[start - 1].isMark(",") || tokens[start - 1].isMark(":"),
            let per = perAfter(index)
        else { return false }
        // An aside in brackets after the unit ('…, ongeveer € 750 per lid (1.146 leden).') adds nothing to the
        // apposition: it names what the rate is of.
        let rest = analysis.parenthesis(after: per + 1).map { $0.upperBound + 1 } ?? per + 2
        return tokens[rest...].allSatisfy { $0.kind == .mark && Self.sentenceEnds.contains($0.text) }
    }

    /// The marks that end a sentence.
    private static let sentenceEnds: Set<String> = [".", "!", "?"]
}
