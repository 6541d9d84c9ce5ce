/// A share a group holds of a whole the sentence before splits among named groups, the group named by an adjective of
/// it or after 'van': 'In 2024 vroegen 900.000 mensen asiel aan, van wie 270.000 in Duitsland en 36.000 in
/// Nederland. Het Duitse aandeel was 30 procent; het aandeel van Nederland 4 procent.' The group's words are those
/// right before 'aandeel' ('het Duitse aandeel') or right after 'aandeel van'; 'aandeel' with a noun of what it
/// counts ('het aandeel vrouwen was …') is a share within a group, not of it. The part is the one listed count
/// whose words those name ('Duitse' names 'Duitsland', `ContrastedGroups.related`), the whole the count the list
/// splits.
extension ClaimParser {
    /// The part and whole of a share at `start` that names a group of the sentence before (see the type's comment);
    /// nil when the clause says no 'aandeel' of a group, names a whole in words, or names no listed count, or two.
    func groupPartShare(at start: Int, end: Int) -> (Operand?, Operand?)? {
        guard wholeName(afterShareEndingAt: end) == nil, let before = scopedSentenceBefore,
            let split = before.split ?? before.relativeSplit
        else { return nil }
        let clause = analysis.clause(of: start)
        guard let share = (clause.lowerBound..<start).first(where: { tokens[$0].isWord(Lexicon.shareNoun) }),
            !namesCountedNoun(after: share)
        else { return nil }
        let groupWords = groupWords(of: share, before: start).map(\.text)
        let named = split.parts.filter { part in
            let words = before.namedCounts.first { Self.isSame($0.operand, part) }?.words ?? []
            return words.contains { word in groupWords.contains { ContrastedGroups.related($0, word) } }
        }
        guard named.count == 1 else { return nil }
        return (named[0], split.whole)
    }

    /// The words that name the group of the 'aandeel' at `share`: the words of content right before it ('het Duitse
    /// aandeel'), or after 'van' and its articles right after it ('het aandeel van Duitsland was'), up to `limit`.
    private func groupWords(of share: Int, before limit: Int) -> ArraySlice<Token> {
        let adjectives = tokens[..<share].reversed().prefix(while: Self.isGroupWord)
        guard adjectives.isEmpty, share + 1 < limit, tokens[share + 1].isWord("van") else {
            return tokens[(share - adjectives.count)..<share]
        }
        let opening = tokens[(share + 2)..<limit].drop { Self.namingArticles.contains($0.text) }
        return opening.prefix(while: Self.isGroupWord)
    }

    /// Whether a token is a word of content that is no auxiliary verb.
    private static func isGroupWord(_ token: Token) -> Bool {
        token.kind == .word && ContrastedGroups.isContent(token.text) && !Lexicon.finiteVerbs.contains(token.text)
    }

    /// Whether a noun of what the share counts follows 'aandeel' at `share`: a word of content that a verb or another
    /// such word follows ('het aandeel vrouwen was', 'het aandeel toegekende aanvragen'); a verb before the number
    /// ('bedroeg 25 procent', 'lag op 25 procent') or 'van' is none.
    private func namesCountedNoun(after share: Int) -> Bool {
        guard share + 2 < tokens.count, Self.isGroupWord(tokens[share + 1]), !tokens[share + 1].isWord("van")
        else { return false }
        let after = tokens[share + 2]
        return after.kind == .word
            && (ContrastedGroups.isContent(after.text) || Lexicon.finiteVerbs.contains(after.text))
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
}
