/// A share named by a noun of its own that says what it counts ('een naleefpercentage van 82 procent', 'de
/// bezettingsgraad lag op 85%'): a compound of a share's head word whose first part names the thing counted. It
/// may count the rest of the part the sentence gives ('Bij 612 van de 3.420 controles werd een overtreding
/// geconstateerd, een naleefpercentage van 82 procent'): when it is the rest's share, that part does not contradict it
/// (`OperandBinding.Evidence.namedShare`); any other value does. The bare head ('het percentage') names nothing.
extension ClaimParser {
    /// Whether a share claim is named by a compound before it in its clause and is the share of the rest of its part.
    func countsRestOfPart(_ claim: Claim) -> Bool {
        guard claim.kind == .share, let part = claim.part?.value, let whole = claim.whole?.value, !whole.isZero,
            namesOwnShare(before: claim.site)
        else { return false }
        return claim.claimed.plausible.contains((whole - part) * Exact(100) / whole)
    }

    /// Whether the clause of the share at `site` names it, before it, by a compound of a share's head word.
    func namesOwnShare(before site: Int) -> Bool {
        analysis.clause(of: site).prefix { $0 < site }.contains { index in
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
