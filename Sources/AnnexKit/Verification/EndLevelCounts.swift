/// The level a change ends at is a count of now: 'We hielden 486 cursussen (2022: 402) … Dat is gemiddeld 24
/// deelnemers per cursus', 'In 2023 vielen 41 verkeersdoden, 7 meer dan in 2022 (34). Met 1.322.000 inwoners komt dat
/// neer op 3,1 per 100.000 inwoners.'. `paragraphCounts` leaves both levels of a change out (a sum after them must not
/// add the start to the end), so a mean or rate later in the paragraph found no total or units there; the end value
/// is what the thing counts in the sentence's own time, and it may be the one its mean or rate divides.
extension ClaimParser {
    /// The end values of the sentence's changes between two counts of one thing (`levelValues`), with what they count,
    /// as counts for a mean or rate after them: each a plain value, no rate per a scale. One with no noun after it
    /// counts what 'het aantal' in its clause before it names ('Het aantal vrijwilligers nam toe tot 146 (2022: 117)').
    func endLevelCounts() -> [ParagraphCount] {
        let regions = Set(analysis.regions.map(\.code))
        let ends = Set(pairs.filter { countsAlike($0.from, $0.to) }.map(\.to)).subtracting(pairs.map(\.from))
        return ends.sorted().filter { index in
            tokens[index].number?.unit == .count && Self.isValue(index, tokens)
                && Self.statedScale(of: index, in: tokens) == nil
        }.map { index in
            ParagraphCount(
                counted: countedValueNamedByAantal(index),
                period: analysis.frame(for: index, discourse: discourse).later,
                isPart: isMarkedPart(index), endsList: endsBareList(index), isMean: averageGoverns(index),
                regions: regions, site: index)
        }
    }

    /// The count at `index` with what it counts (`carried` as in `countedValue`); one with no noun after it counts
    /// what 'het aantal' before it in its clause (with `inSentence`, its sentence) names ('Het aantal vrijwilligers
    /// nam toe tot 146', 'Het aantal pashouders bedroeg 12.910'). The particle of a verb of arriving at a level right
    /// after it is no noun of it ('komt het ledental van 15.236 neer op …').
    func countedValueNamedByAantal(_ index: Int, inSentence: Bool = false, carried: Bool = true) -> CountedValue {
        let counted = countedValue(index, carried: carried)
        let particle = index + 2 < tokens.count && Lexicon.levelParticles.contains(tokens[index + 1].text)
            && tokens[index + 2].isWord("op")
        guard counted.noun == nil || particle, let words = wordsAfterAantal(before: index, inSentence: inSentence),
            let first = words.first
        else {
            return counted
        }
        return CountedValue(
            operand: counted.operand, noun: first, currency: counted.currency, head: words.dropFirst().first)
    }
}
