/// A share that names no whole, with its part the one count of its own sentence, after a sentence that splits a whole
/// it marks ('Van de 86.400 bezoekers kwamen er 28.900 met de fiets. Met de pendelbus reisden er 21.600, een kwart.'),
/// may go on with that split: its whole is the whole the sentence before marks. It may as well be of the part that
/// sentence gave, a link of a chain ('Van de 500 leden kwamen er 200. Er stemden er 50 voor, een kwart': of those who
/// came), so the whole is tied by position only: it may confirm the share, never contradict it. A share that names its
/// whole ('van …') or refers to a part ('daarvan', 'van hen') is read by the readers of those words; a part that
/// counts another noun than the whole is of another set ('gevallen' counts instances of anything: `instanceNouns`).
///
/// A sentence before that marks no whole but gives one count ('Er werden 96 nalatenschappen afgewikkeld. In 31
/// gevallen was er geen testament, bijna een derde.') gives the quantity the text is about: such a share may be of it,
/// tied by position only as well (`soleCountWhole`), read after every reader that ties a whole by words.
extension ClaimParser {
    /// The whole the sentence before marks and splits, for a share ending at `end` whose part is the count at
    /// `part` (see the type's comment): nil when the share's clause goes on with 'van' or a word that takes up a part,
    /// when its sentence holds another count, when the sentence before marks no whole or two, gives no part of it, or
    /// when that whole is of another unit of measure or no larger than the part.
    func continuedSplitWhole(ofShareEndingAt end: Int, part: Int) -> Operand? {
        guard let before = sentenceBefore(unnamedShareEndingAt: end, part: part),
            before.split != nil || before.partAndWhole != nil
        else { return nil }
        let marked = [before.split?.whole, before.relativeSplit?.whole, before.partAndWhole?.whole, before.openingWhole]
            .compactMap { $0 }
        return positionalWhole(among: marked, part: part, before: before)
    }

    /// The one count of the sentence before, for a share ending at `end` whose part is the count at `part`, when that
    /// sentence marks no whole (see the type's comment); nil as for `continuedSplitWhole`.
    func soleCountWhole(ofShareEndingAt end: Int, part: Int) -> Operand? {
        guard let before = sentenceBefore(unnamedShareEndingAt: end, part: part), before.split == nil,
            before.relativeSplit == nil, before.partAndWhole == nil, before.openingWhole == nil,
            before.namedCounts.count == 1
        else { return nil }
        return positionalWhole(among: before.namedCounts.map(\.operand), part: part, before: before)
    }

    /// The sentence before, for a share ending at `end` that names no whole and whose part is its sentence's one count
    /// at `part`; nil when the share's clause goes on with 'van' or a word that takes up a part, when the part has
    /// 'van' after it, or when its sentence holds another count.
    private func sentenceBefore(unnamedShareEndingAt end: Int, part: Int) -> Discourse.Summary? {
        // 'Bij 93 van die ransomware-aanvallen …, 15%': a part with 'van' after it names what it is a part of.
        let named = [end, part + 1].contains { index in
            index < tokens.count && (tokens[index].isWord("van") || Lexicon.partReferences.contains(tokens[index].text))
        }
        guard !named, nameableCounts == [part], !tokens.contains(where: { Lexicon.partReferences.contains($0.text) })
        else { return nil }
        return scopedSentenceBefore
    }

    /// The one whole of `wholes` (all the same), tied by position only, when it is of the part's unit of measure,
    /// larger than the part at `part`, and of no other noun in the sentence `before`.
    private func positionalWhole(among wholes: [Operand], part: Int, before: Discourse.Summary) -> Operand? {
        let measure = UnitAgreement.measure(at: part, in: tokens)
        guard let whole = wholes.first, wholes.allSatisfy({ Self.isSame($0, whole) }), whole.measure == measure,
            whole.value > operand(part).value, !countsOtherNoun(part, than: whole, in: before)
        else { return nil }
        return whole.carriedOverByPosition
    }

    /// Whether the count at `part` names a noun after it that none of the words naming `whole` in the sentence
    /// `before` is a form of ('… 2.400 meldingen … De wijk Oost telde 600 bewoners (25%)'): then it counts another set.
    private func countsOtherNoun(_ part: Int, than whole: Operand, in before: Discourse.Summary) -> Bool {
        guard let noun = ReadingSanity.noun(after: part, in: tokens), ContrastedGroups.isContent(noun),
            !Self.instanceNouns.contains(noun),
            let words = before.namedCounts.first(where: { Self.isSame($0.operand, whole) })?.words, !words.isEmpty
        else { return false }
        return !words.contains { Self.areForms($0, noun) || Self.namesUnit(noun, $0) }
    }

    /// Nouns that count instances of whatever the text counts ('In 31 gevallen …'): no set of their own.
    private static let instanceNouns: Set<String> = ["geval", "gevallen"]
}
