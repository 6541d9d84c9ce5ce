/// A pair 'M van (de) W' after a preposition names where or for whom a clause holds ('Bij 12 van de 40 scholen lag
/// het aandeel op 30 procent'; a bound 'onder de 1 procent' in such a clause is the line the pair counts by, a
/// label: `Tokenizer.isCountingBound`): when a subject of its own, a definite article and its noun, stands between
/// the pair and a percentage later in the clause, and a verb of being or staying links that subject to the
/// percentage, the percentage is a value of that subject, neither the share M of W nor a share of anything else the
/// sentence counts. A percentage that restates the pair stands right by it ('In 12 van de 40 scholen (30 procent)
/// …'), and one an action's object ('Met 11.240 van de 28.100 zaken deden de rechters een kwart van hun werk') may be
/// the pair's share. A pair that so scopes its clause scopes no share in the clause after its ';' either, when that
/// clause is not tied to it (`isTied(_:toShareAt:)`: a clause with a subject and verb of its own, 'In 12 van de 40
/// scholen lag het aandeel boven de 30 procent; alleen in Assen bleef het op 24 procent'); a clause that opens by
/// referring back ('…; dat is 30 procent') restates the pair.
extension ClaimParser {
    /// Whether a pair 'M van (de) W' after a preposition scopes the clause of the share at `start`, whose subject is
    /// another noun (see `ScopingPair`).
    func isScopedByPair(shareAt start: Int) -> Bool {
        let own = analysis.clauseOf[start]
        let first = max(analysis.clauses[own].lowerBound, 1)
        if first < start, (first..<start).contains(where: { scopes($0, before: start) }) { return true }
        guard own > 0, let mark = analysis.clauses[own - 1].last, tokens[mark].isMark(";") else { return false }
        let earlier = max(analysis.clauses[own - 1].lowerBound, 1)
        return earlier < mark
            && (earlier..<mark).contains { scopes($0, before: mark) && !isTied($0, toShareAt: start) }
    }

    /// Whether the count at `part` is M of a pair 'M van (de) W' after a preposition, with a subject a verb of being
    /// or staying links to the value at `end` (a share, or the ';' that closes the pair's clause) between W and it.
    private func scopes(_ part: Int, before end: Int) -> Bool {
        guard tokens[part].number?.unit == .count, tokens[part - 1].kind == .word,
            Lexicon.prepositions.contains(tokens[part - 1].text), let whole = pairedWhole(of: part), whole + 2 < end
        else { return false }
        return ((whole + 1)..<(end - 1)).contains { isLinkedSubject(at: $0, shareAt: end) }
    }

    /// Whether a definite article at `article` and its noun are the subject a verb of being or staying links to the
    /// share at `start`: the verb stands right before the article ('blijft de stijging …') or between the noun and
    /// the share ('de stijging bleef …').
    private func isLinkedSubject(at article: Int, shareAt start: Int) -> Bool {
        let isVerb = { (index: Int) in tokens[index].kind == .word && Self.linkingVerbs.contains(tokens[index].text) }
        guard tokens[article].kind == .word, Self.subjectArticles.contains(tokens[article].text),
            tokens[article].depth == tokens[start].depth, tokens[article + 1].kind == .word,
            !Lexicon.grammarWords.contains(tokens[article + 1].text)
        else { return false }
        return isVerb(article - 1) || ((article + 2)..<start).contains(where: isVerb)
    }

    /// Verbs that link a subject to its value: of being or having (`levelVerbs`) and of staying.
    static let linkingVerbs = levelVerbs.union(["blijft", "bleef", "blijven", "bleven"])
}
