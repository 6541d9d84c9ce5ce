/// 'Van de 240 klachten gingen er 61 over … (25%), 85 over … (35%) en 37 over … (15%); samen 75% van alle klachten':
/// a total of rounded shares, each the share (as it rounds) of the count right before it, all of one whole the text
/// gives (the one the sentence marks, or the count 'Daarvan' refers to), is the share of the counts' sum in that
/// whole (183 of 240 is 76,25%, so 76%), not the sum of the rounded shares. With only the shares given ('26% …, 25% …
/// en 26% …; samen 77%'), or shares of several wholes, the shares' sum stands.
extension ClaimParser {
    /// The share reading of a sum of percentages whose parts each restate the share of the count before them, of one
    /// whole; nil otherwise.
    func countedShareSum(_ sum: Claim) -> Claim? {
        guard sum.kind == .sum, sum.whole == nil, let number = tokens[sum.site].number, number.unit == .percent,
            sum.parts.count >= 2
        else { return nil }
        let numbers = analysis.numberIndices
        var counts: [Int] = []
        var wholes: [Operand] = []
        for part in sum.parts {
            // '61 over communicatie (25%)': the share is the next number after its count, and its part.
            guard let share = part.token, let place = numbers.firstIndex(of: share), place > 0,
                let shareNumber = tokens[share].number, shareNumber.unit == .percent
            else { return nil }
            let count = numbers[place - 1]
            let reading = shareReading(share, shareNumber)
            guard tokens[count].number?.unit == .count, reading.part?.token == count, let whole = reading.whole,
                let part = tokens[count].number?.value, !whole.value.isZero,
                precise(shareNumber, direction: nil).accepted.contains(part / whole.value * Exact(100))
            else { return nil }
            counts.append(count)
            wholes.append(whole)
        }
        // One whole: each share's, and no other the sentence marks ('… en van de 300 meldingen …').
        let marked = numbers.filter { tokens[$0].number?.unit == .count && isWholeMarked($0) }
        guard wholes.allSatisfy({ $0.value == wholes[0].value && $0.token == wholes[0].token }),
            marked.allSatisfy({ $0 == wholes[0].token })
        else { return nil }
        var claim = Claim(kind: .share, site: sum.site, claimed: precise(number, direction: nil))
        (claim.parts, claim.whole) = (counts.map { operand($0) }, wholes[0])
        return claim
    }
}
