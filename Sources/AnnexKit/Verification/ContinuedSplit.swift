/// A share that names no whole, with its part the one count of its own sentence, after a sentence that splits a whole
/// it marks ('Van de 86.400 bezoekers kwamen er 28.900 met de fiets. Met de pendelbus reisden er 21.600, een kwart.'),
/// may go on with that split: its whole is the whole the sentence before marks. It may as well be of the part that
/// sentence gave, a link of a chain ('Van de 500 leden kwamen er 200. Er stemden er 50 voor, een kwart': of those who
/// came), so the whole is tied by position only: it may confirm the share, never contradict it. A share that names its
/// whole ('van …') or refers to a part ('daarvan', 'van hen') is read by the readers of those words; a part that
/// counts another noun than the whole is of another set.
extension ClaimParser {
    /// The whole the sentence before marks and splits, for a share ending at `end` whose part is the count at
    /// `part` (see the type's comment): nil when the share's clause goes on with 'van' or a word that takes up a part,
    /// when its sentence holds another count, when the sentence before marks no whole or two, gives no part of it, or
    /// when that whole is of another unit of measure or no larger than the part.
    func continuedSplitWhole(ofShareEndingAt end: Int, part: Int) -> Operand? {
        // 'Bij 93 van die ransomware-aanvallen …, 15%': a part with 'van' after it names what it is a part of.
        let named = [end, part + 1].contains { index in
            index < tokens.count && (tokens[index].isWord("van") || Lexicon.partReferences.contains(tokens[index].text))
        }
        guard !named, nameableCounts == [part], !tokens.contains(where: { Lexicon.partReferences.contains($0.text) }),
            let before = scopedSentenceBefore, before.split != nil || before.partAndWhole != nil
        else { return nil }
        let marked = [before.split?.whole, before.relativeSplit?.whole, before.partAndWhole?.whole, before.openingWhole]
            .compactMap { $0 }
        let measure = UnitAgreement.measure(at: part, in: tokens)
        guard let whole = marked.first, marked.allSatisfy({ Self.isSame($0, whole) }), whole.measure == measure,
            whole.value > operand(part).value, !countsOtherNoun(part, than: whole, in: before)
        else { return nil }
        return whole.carriedOverByPosition
    }

    /// Whether the count at `part` names a noun after it that none of the words naming `whole` in the sentence
    /// `before` is a form of ('… 2.400 meldingen … De wijk Oost telde 600 bewoners (25%)'): then it counts another set.
    private func countsOtherNoun(_ part: Int, than whole: Operand, in before: Discourse.Summary) -> Bool {
        guard let noun = ReadingSanity.noun(after: part, in: tokens), ContrastedGroups.isContent(noun),
            let words = before.namedCounts.first(where: { Self.isSame($0.operand, whole) })?.words, !words.isEmpty
        else { return false }
        return !words.contains { Self.areForms($0, noun) || Self.namesUnit(noun, $0) }
    }
}
