/// 'De omzet kwam uit op € 1,86 mln', 'De totale kosten bedroegen € 1,62 mln': a number right after a verb that states
/// the level its subject came to (`levelPhrases`) is named by the subject's noun, when the clause opens with that
/// subject: an article, words that are no verb, and the noun last before the verb or before a phrase after it that
/// opens with 'van' ('De kosten van het seizoen bedroegen …': 'kosten'). A later share's 'van de omzet' then names it.
extension ClaimParser {
    /// The noun of the subject whose level the number at `index` states (see the extension); nil otherwise.
    func levelSubject(of index: Int) -> String? {
        let start = analysis.amountStart(of: index)
        let clause = analysis.clause(of: index)
        guard let verb = Self.levelPhrases.compactMap({ analysis.phraseStart($0, endingBefore: start) }).min(),
            verb > clause.lowerBound + 1, tokens[clause.lowerBound].kind == .word,
            Lexicon.articles.contains(tokens[clause.lowerBound].text)
        else { return nil }
        let subject = tokens[(clause.lowerBound + 1)..<verb]
        guard subject.allSatisfy({ $0.kind == .word && !Lexicon.finiteVerbs.contains($0.text) }) else { return nil }
        let head = subject.firstIndex(where: { $0.isWord("van") }) ?? verb
        guard head > clause.lowerBound + 1, ContrastedGroups.isContent(tokens[head - 1].text) else { return nil }
        return tokens[head - 1].text
    }

    /// The verbs that state the level their subject came to, before its number.
    private static let levelPhrases = [
        "bedroeg", "bedraagt", "bedroegen", "bedragen", "kwam uit op", "komt uit op", "kwamen uit op", "komen uit op",
    ]
}
