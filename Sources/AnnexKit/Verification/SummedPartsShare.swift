/// 'Van de € 151,3 miljoen gaat € 72,6 miljoen naar … (48%) en € 48,4 miljoen naar … (32%). Samen is dat 80% van de
/// lasten.': a sentence whose one number is a percentage after a word of joining ('samen', 'bij elkaar'), with only
/// words before it, gives the share of the parts the sentence before split its whole into: their sum over that
/// whole (121,0 of 151,3 is 80,0%), not the sum of the rounded shares written beside them.
extension ClaimParser {
    /// The share of the summed parts of the sentence before in their whole, claimed by the sentence's percentage.
    func summedPartsShareReading() -> Claim? {
        guard analysis.numberIndices.count == 1, let site = analysis.numberIndices.first,
            let number = tokens[site].number, number.unit == .percent,
            tokens[..<site].allSatisfy({ $0.kind == .word }),
            (0..<site).contains(where: { analysis.firstPhrase(Lexicon.joiningCues, at: $0) != nil }),
            directions(in: tokens.indices).isEmpty, let split = discourse.lastSplit
        else { return nil }
        var claim = Claim(kind: .share, site: site, claimed: precise(number, direction: nil))
        claim.part = Operand(summing: split.parts)
        claim.whole = split.whole
        return claim
    }
}
