/// A count after a demonstrative that opens its sentence ('Die 10 dagen waren …', 'Deze 58 meldingen …') takes up
/// the set the sentence before counted: when that sentence gives two or more counts, each of the noun or a compound
/// of it ('6 sneeuwdagen en 4 dagen met ijzel' for 'dagen'), the count is their sum. Tied by where they stand only:
/// the set taken up may be some of them, so the parts may confirm the count, never contradict it; a count equal to
/// one of them takes up that one and is no sum.
extension ClaimParser {
    /// The count at the sentence's second token and the counts of the sentence before it sums (see the extension).
    func demonstrativeTotal() -> (total: Int, parts: [Operand])? {
        let total = 1
        guard tokens.count > total + 1, tokens[0].kind == .word, Self.demonstratives.contains(tokens[0].text),
            let number = tokens[total].number, number.unit == .count, !number.isAmount, number.sign == nil,
            let noun = ReadingSanity.noun(after: total, in: tokens)
        else { return nil }
        let counted = discourse.lastCountedValues
        guard counted.count >= 2, counted.allSatisfy({ $0.currency.isEmpty && $0.counts(noun) }),
            !counted.contains(where: { $0.operand.value == number.value })
        else { return nil }
        return (total, counted.map { $0.operand.bound(OperandBinding(.positionOnly)) })
    }
}
