/// A duration written in two units, the larger first: '19 min 10 s', '8 minuten 40 seconden', '2 uur en 40
/// minuten', '1 jaar en 8 maanden'. Read as one number in the smaller unit (1.150 seconds, 520 seconds, 160 minutes,
/// 20 months), written from its first digit to its second number, so that the smaller unit's noun after it names
/// its unit. Each number alone would be compared with the other durations of the sentence as if it were all of one.
enum CompoundDuration {
    /// The tokens with each duration in two units made one number. The larger unit's count is whole; the smaller
    /// one's is below one larger unit (40 minutes, not 75, after hours), as a remainder is.
    static func merged(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [Token] {
        var merged: [Token] = []
        var index = 0
        while index < tokens.count {
            if let (token, next) = duration(at: index, tokens, scalars) {
                merged.append(token)
                index = next
            } else {
                merged.append(tokens[index])
                index += 1
            }
        }
        return merged
    }

    /// The joiner a writer may put between the two parts ('2 uur en 40 minuten').
    private static let joiner = "en"

    /// The duration in two units starting at `index`, and the index of its smaller unit's noun.
    private static func duration(
        at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]
    ) -> (Token, next: Int)? {
        guard let larger = plainCount(at: index, tokens), larger.decimals == 0,
            let largerUnit = durationUnit(at: index + 1, tokens)
        else { return nil }
        let second = index + 2 < tokens.count && tokens[index + 2].isWord(joiner) ? index + 3 : index + 2
        guard let smaller = plainCount(at: second, tokens), let smallerUnit = durationUnit(at: second + 1, tokens),
            let factor = largerUnit.factor(to: smallerUnit), let perLarger = factor.wholeNumber64, perLarger > 1,
            smaller.value < Exact(Int(perLarger))
        else { return nil }
        let start = tokens[index].start
        let end = tokens[second].end
        let text = String(scalars: scalars[start..<end])
        let number = WrittenNumber(
            value: larger.value * factor + smaller.value, unit: .count, decimals: smaller.decimals,
            step: smaller.step, isRounded: smaller.isRounded, sign: nil, text: text, hedge: nil,
            isWord: larger.isWord && smaller.isWord)
        return (Token(kind: .number, text: text, start: start, end: end, number: number), second + 1)
    }

    /// The number at `index` when it is a plain count: no sign, currency, multiplier word or percent.
    private static func plainCount(at index: Int, _ tokens: [Token]) -> WrittenNumber? {
        guard index < tokens.count, tokens[index].kind == .number, let number = tokens[index].number,
            number.unit == .count, number.sign == nil, number.currency.isEmpty, number.multiplier == 1,
            number.value >= Exact(0)
        else { return nil }
        return number
    }

    /// The unit of time the word at `index` names, if it does.
    private static func durationUnit(at index: Int, _ tokens: [Token]) -> MeasureUnit? {
        guard index < tokens.count, tokens[index].kind == .word, let unit = MeasureUnit(noun: tokens[index].text),
            unit.isTime
        else { return nil }
        return unit
    }
}
