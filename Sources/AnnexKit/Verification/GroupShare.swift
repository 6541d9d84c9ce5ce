/// A share a group holds of a whole the sentence before splits among named groups, the group named by its name or by
/// an adjective of it: 'In 2024 vroegen 900.000 mensen asiel aan, van wie 270.000 in Duitsland en 36.000 in
/// Nederland. Het Duitse aandeel was 30 procent; het Nederlandse aandeel 4 procent.' The share says 'aandeel' in its
/// clause, with no noun of what it counts after it ('het aandeel vrouwen' counts a part of each group); the part is
/// the one listed count whose words the clause names before the share ('Duitse' names 'Duitsland',
/// `ContrastedGroups.related`), the whole is the count the list splits.
extension ClaimParser {
    /// The part and whole of a share at `start` that names a group of the sentence before (see the type's comment);
    /// nil when the clause says no bare 'aandeel', names a whole in words, or names no listed count, or two.
    func groupPartShare(at start: Int, end: Int) -> (Operand?, Operand?)? {
        guard wholeName(afterShareEndingAt: end) == nil, let before = scopedSentenceBefore,
            let split = before.split ?? before.relativeSplit
        else { return nil }
        let clause = analysis.clause(of: start)
        guard let share = (clause.lowerBound..<start).first(where: { tokens[$0].isWord(Self.shareNoun) }),
            share + 1 < tokens.count, !namesCountedNoun(after: share)
        else { return nil }
        let claimWords = tokens[clause.lowerBound..<start].filter {
            $0.kind == .word && ContrastedGroups.isContent($0.text) && $0.text != Self.shareNoun
        }.map(\.text)
        let named = split.parts.filter { part in
            let words = before.namedCounts.first { Self.isSame($0.operand, part) }?.words ?? []
            return words.contains { word in claimWords.contains { ContrastedGroups.related($0, word) } }
        }
        guard named.count == 1 else { return nil }
        return (named[0], split.whole)
    }

    /// Whether a noun of what the share counts follows 'aandeel' at `share` ('het aandeel vrouwen', 'het aandeel
    /// toegekende aanvragen'); a verb, a number or 'van' and a group ('het aandeel van Duitsland was') name none.
    private func namesCountedNoun(after share: Int) -> Bool {
        let next = tokens[share + 1]
        guard next.kind == .word, !Lexicon.finiteVerbs.contains(next.text) else { return false }
        return !next.isWord("van") && ContrastedGroups.isContent(next.text)
    }

    /// The one whole a relative marker splits into a list of counts after it ('900.000 mensen …, van wie 270.000 in
    /// Duitsland en 36.000 in Nederland', '… 14.870 consulten, waarvan 2.974 …'): the whole and the listed counts.
    func relativeSplit() -> SplitWhole? {
        guard let relative = relativePart() else { return nil }
        let listed = coordinated(candidates(.count, in: relative.part..<tokens.count))
        let parts = listed.first == relative.part ? listed : [relative.part]
        return SplitWhole(
            whole: operand(relative.whole).carriedOver, parts: parts.map { operand($0).carriedOver },
            noun: ReadingSanity.noun(after: relative.whole, in: tokens))
    }

    /// The noun that says a value is a group's share of a whole.
    private static let shareNoun = "aandeel"
}
