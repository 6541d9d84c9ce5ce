/// A share named by a noun of its own that says what it counts ('een naleefpercentage van 82 procent', 'de
/// bezettingsgraad lag op 85%'): a compound of a share's head word whose first part names the thing counted. It
/// may count the rest of the part the sentence gives ('Bij 612 van de 3.420 controles werd een overtreding
/// geconstateerd, een naleefpercentage van 82 procent'): when it is the rest's share, that part does not contradict it
/// (`OperandBinding.Evidence.namedShare`); any other value does. The bare head ('het percentage') names nothing. So
/// does a share after 'een' and a noun of what it measures ('wat neerkomt op een naleving van 70%').
extension ClaimParser {
    /// Whether a share claim is named by a compound before it in its clause and is the share of the rest of its part.
    func countsRestOfPart(_ claim: Claim) -> Bool {
        guard claim.kind == .share, let part = claim.part?.value, let whole = claim.whole?.value, !whole.isZero,
            namesOwnShare(before: claim.site)
        else { return false }
        return claim.claimed.plausible.contains((whole - part) * Exact(100) / whole)
    }

    /// Whether the clause of the share at `site` names it, before it, by a compound of a share's head word, or by the
    /// noun of 'een … van' right before it ('een naleving van 70%'): a noun of what the share measures, neither a
    /// share's own word ('een aandeel van') nor a change's ('een stijging van').
    func namesOwnShare(before site: Int) -> Bool {
        if site >= 3, tokens[site - 1].isWord("van"), tokens[site - 3].isWord("een"), tokens[site - 2].kind == .word,
            case let noun = tokens[site - 2].text, !Lexicon.grammarWords.contains(noun),
            !Lexicon.shareWords.contains(noun), !noun.hasSuffix(Lexicon.shareNoun), !Lexicon.changeNouns.contains(noun),
            noun != "deel"
        {
            return true
        }
        return analysis.clause(of: site).prefix { $0 < site }.contains { index in
            let word = tokens[index]
            return word.kind == .word && Self.namedShareHeads.contains { head in
                word.text.count >= head.count + Self.minimumStem && word.text.hasSuffix(head)
            }
        }
    }

    /// Head words of a share's compound ('naleefpercentage', 'opkomstpercentage', 'bezettingsgraad').
    static let namedShareHeads: [String] = ["percentage", "graad"]

    /// The fewest letters before the head that name what a compound counts ('slagings-').
    static let minimumStem = 3
}
