/// Rules a reading of a claim's numbers must obey to be possible in kind. An `inconsistent` verdict needs
/// a possible reading: when the only one fails these rules, the claim is `unverifiable`, never wrong.
enum ReadingSanity {
    /// A sum of non-negative parts is never below its largest part.
    static func sumIsPossible(_ claimed: Claimed, parts: [Operand]) -> Bool {
        guard let largest = parts.compactMap(\.bounds.lower).max(), let total = claimed.plausible.magnitude.upper
        else { return true }
        return total >= largest
    }

    /// How a list of counts under a whole with no word of summing reads ('Van de 9.870 … 3.240 … en 1.980 …', '…,
    /// van wie …', '… (A, B)', '…: A en B', 'Daarvan …' in the next sentence).
    enum SplitReading {
        /// Far below its whole: a selection of the categories, which says nothing of their sum.
        case none
        /// Near its whole and short of it: the whole split up, and wrong, for a list after ':', in brackets, after
        /// 'van wie' or 'daarvan'; maybe a selection under 'Van de W …', which then never contradicts the whole.
        case selection
        /// Its sum is the whole or more: the whole split up, wrong when it exceeds it.
        case split
    }

    /// The reading of parts adding up to `partsSum` under a whole of `total` (see `SplitReading`).
    static func splitReading(_ total: Exact, partsSum: Exact) -> SplitReading {
        partsSum >= total ? .split : partsSum >= total * splitCoverage ? .selection : .none
    }

    /// The least part of its whole a list must reach to be read as the whole split up.
    static let splitCoverage = Exact(3) / Exact(4)

    /// A mean is taken over values of one noun: 'gemiddeld 27 (4.860 cliënten, 180 fte)' is no mean of
    /// 4.860 and 180. It lies between the least and the greatest of its values; outside them, the
    /// reading stands (and the claim is wrong) only for a series: values each with its own year, or a
    /// list of at least `seriesLength`. A list with a value written with a minus sign is not reckoned.
    static func meanIsPossible(_ claimed: Claimed, values: [Operand], in tokens: [Token]) -> Bool {
        guard countAlike(values.compactMap(\.token), in: tokens), !values.contains(where: isWrittenNegative) else {
            return false
        }
        guard let least = values.compactMap(\.bounds.lower).min(),
            let greatest = values.compactMap(\.bounds.upper).max()
        else { return true }
        let series = values.count >= seriesLength || values.allSatisfy { $0.year != nil }
        return series || claimed.plausible.magnitude.intersects(.closed(least, greatest))
    }

    /// Whether an operand is written with a minus sign ('-0,4, 0,3 en 1,6 procent'): operands are magnitudes, so a
    /// mean of them would drop its sign.
    private static func isWrittenNegative(_ operand: Operand) -> Bool {
        operand.written.map { $0.tokens[$0.index].number?.sign == -1 } ?? false
    }

    /// How many values make a list a series whose mean reading is beyond doubt.
    static let seriesLength = 3

    /// A share's part does not exceed its base.
    static func shareIsPossible(part: Operand, whole: Operand) -> Bool {
        guard let least = part.bounds.lower, let most = whole.bounds.upper else { return true }
        return least <= most
    }

    /// Whether numbers count one thing: they are of one kind (`kindAlike`), and the nouns right after them
    /// ('312 inwoners', 'acht weken') are forms of one word, where they have one.
    static func countAlike(_ indices: [Int], in tokens: [Token]) -> Bool {
        kindAlike(indices, in: tokens) && nounAlike(indices, in: tokens)
    }

    /// Whether the nouns right after numbers, where they have one, are forms of one word ('410 aanvragen, 220
    /// gesprekken' are unlike).
    static func nounAlike(_ indices: [Int], in tokens: [Token]) -> Bool {
        let nouns = Set(indices.compactMap { noun(after: $0, in: tokens) })
        return nouns.allSatisfy { noun in
            nouns.allSatisfy { ClaimParser.areForms($0, noun) }
        }
    }

    /// Whether numbers mix a count of a unit of time with counts of something else: '1.070 vrijwilligers … in 52
    /// weken … samen 233.688 uur' adds people, weeks and hours. A duration adds up only with durations in its own
    /// unit ('148 dagen … nog 96 dagen: samen 244 dagen'). Units of time are `Lexicon.durationUnits`.
    static func mixesDurations(_ indices: [Int], in tokens: [Token]) -> Bool {
        indices.contains { countsTime($0, in: tokens) } && !nounAlike(indices, in: tokens)
    }

    /// Whether the number at `index` counts a unit of time: its noun is one of `Lexicon.durationUnits` ('17 dagen',
    /// 'acht weken').
    static func countsTime(_ index: Int, in tokens: [Token]) -> Bool {
        noun(after: index, in: tokens).map(Lexicon.durationUnits.contains) ?? false
    }

    /// Whether parts mix amounts of money with plain counts: '- 3 velden € 14.500 … Totaal: € 30.000' would add
    /// fields to euros. A part in a multiplier ('1,2 miljard' after '€ 1,5 miljard') is an amount too.
    static func mixesMoney(_ indices: [Int], in tokens: [Token]) -> Bool {
        let numbers = indices.compactMap { tokens[$0].number }
        return numbers.contains { !$0.currency.isEmpty } && numbers.contains { !$0.isAmount }
    }

    /// Whether numbers are of one kind: all or none amounts of money ('€ 63 miljoen, 30 gemeenten' are unlike),
    /// and all rates per one scale or none a rate ('6,4 per 100' and '85.000 inwoners' are unlike, as are rates
    /// per 100 and per 1.000).
    static func kindAlike(_ indices: [Int], in tokens: [Token]) -> Bool {
        Set(indices.map { tokens[$0].number?.currency ?? "" }).count <= 1
            && Set(indices.map { ClaimParser.statedScale(of: $0, in: tokens) }).count <= 1
    }

    /// The noun a number counts: the content word right after it ('4.860 cliënten'), if any.
    static func noun(after index: Int, in tokens: [Token]) -> String? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        let word = tokens[index + 1].text
        return Lexicon.grammarWords.contains(word) ? nil : word
    }

    /// The noun a number counts past 'te' and an infinitive that modify it ('20 te verdelen zetels', '12 te spelen
    /// voorstellingen'): the content word after the infinitive (a word ending in 'n'), if any.
    static func noun(pastInfinitiveAfter index: Int, in tokens: [Token]) -> String? {
        guard index + 3 < tokens.count, tokens[index + 1].isWord("te"), tokens[index + 2].kind == .word,
            tokens[index + 2].text.hasSuffix("n"), !Lexicon.grammarWords.contains(tokens[index + 2].text)
        else { return nil }
        return noun(after: index + 2, in: tokens)
    }
}
