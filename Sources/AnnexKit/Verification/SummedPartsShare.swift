/// 'Van de € 151,3 miljoen gaat € 72,6 miljoen naar … (48%) en € 48,4 miljoen naar … (32%). Samen is dat 80% van de
/// lasten.': a percentage after a word of joining ('samen', 'bij elkaar') that follows the parts a whole is split
/// into gives the share of their sum in that whole (121,0 of 151,3 is 80,0%), not the sum of the rounded shares
/// written beside them. The parts stand in the sentence before (whose split it takes, the percentage its only number
/// with only words before it; the parts the words before the joining word name, when they name some:
/// `joinedPartsBefore`) or in its own sentence ('…, samen goed voor 80% van de lasten', no number after it).
extension ClaimParser {
    /// The share of the summed parts of the sentence before in their whole, claimed by the sentence's percentage.
    func summedPartsShareReading() -> Claim? {
        guard analysis.numberIndices.count == 1, let site = analysis.numberIndices.first,
            let split = joinedPartsBefore(ofShareAt: site, end: site + 1)
        else { return nil }
        return share(of: split, at: site, joinedAfter: 0)
    }

    /// The share of the summed parts of the sentence's own split (from its sum claims) in their whole, claimed by
    /// its last percentage, after its last part and a word of joining, with no number between them or after it.
    func summedPartsShareReading(in claims: [Claim]) -> Claim? {
        guard let split = splitWhole(of: claims),
            let lastPart = claims.first(where: { $0.kind == .sum && $0.whole == nil })?.parts.compactMap(\.token).max(),
            let site = analysis.numberIndices.last, site > lastPart,
            !analysis.numberIndices.contains(where: { $0 > lastPart && $0 < site })
        else { return nil }
        return share(of: split, at: site, joinedAfter: lastPart + 1)
    }

    /// The share claim at the percentage at `site` of `split`'s parts summed in its whole, when a word of joining
    /// stands between `start` and it and the sentence states no direction.
    private func share(of split: SplitWhole, at site: Int, joinedAfter start: Int) -> Claim? {
        guard let number = tokens[site].number, number.unit == .percent,
            (start..<site).contains(where: { analysis.firstPhrase(Lexicon.joiningCues, at: $0) != nil }),
            directions(in: tokens.indices).isEmpty
        else { return nil }
        var claim = Claim(kind: .share, site: site, claimed: precise(number, direction: nil))
        claim.part = Operand(summing: split.parts)
        claim.whole = split.whole
        return claim
    }
}
