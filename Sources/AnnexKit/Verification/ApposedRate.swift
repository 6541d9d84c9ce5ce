/// A rate in an apposition that closes its sentence: after a comma or a colon, nothing but the amount (with its hedge
/// and currency sign), at most its noun, 'per' and the unit ('In 132 wedstrijden vielen 497 doelpunten, ruim 3,7 per
/// wedstrijd', '… 14.420 dossiers met 35 fte: ruim 410 per fte'). With no verb of its own it says nothing new: it
/// restates the clause before it per one of a unit that clause counts, as 'ofwel' or 'gemiddeld' would; its noun,
/// when left out, is the one of the total before it (`ClaimParser.meanPerUnitReading`). A bracket may close it
/// ('…, zo'n 3.700 m³ per hectare (38 ha).'); a bracket may hold it ('… 10.120 met 8,8 fte (1.150 per fte).').
extension ClaimParser {
    /// Whether the amount at `index`, which opens its phrase at `start` (past its currency sign and hedge), is such an
    /// apposition: a comma or colon outside brackets right before `start`, and after the unit of its 'per' (and a
    /// bracket right after it) only the sentence's closing mark; or a bracket opened right before `start` and closed
    /// right after the unit, then that mark.
    func opensRateApposition(at start: Int, amount index: Int) -> Bool {
        guard start > 0, tokens[start - 1].depth == 0, let per = perAfter(index) else { return false }
        // A bracket that holds the rate alone and closes the sentence ('… waren dat er 10.120 met 8,8 fte (1.150
        // per fte).') is such an apposition too.
        if tokens[start - 1].isMark("(") {
            return per + 2 < tokens.count && tokens[per + 2].isMark(")") && endsSentence(from: per + 3)
        }
        guard tokens[start - 1].isMark(",") || tokens[start - 1].isMark(":") else { return false }
        // An aside in brackets after the unit ('…, ongeveer € 750 per lid (1.146 leden).') adds nothing to the
        // apposition: it names what the rate is of.
        return endsSentence(from: analysis.parenthesis(after: per + 1).map { $0.upperBound + 1 } ?? per + 2)
    }

    /// Whether only the sentence's closing marks stand from `start` on.
    private func endsSentence(from start: Int) -> Bool {
        tokens[min(start, tokens.count)...].allSatisfy { $0.kind == .mark && Self.sentenceEnds.contains($0.text) }
    }

    /// The marks that end a sentence.
    private static let sentenceEnds: Set<String> = [".", "!", "?"]
}
