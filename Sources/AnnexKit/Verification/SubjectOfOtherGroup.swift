/// A share whose sentence opens with its subject, a group other than the part the sentence before stated: 'Er
/// werden 38.450 rondes gespeeld, waarvan 9.230 door gasten. Leden namen dus ruim driekwart van de rondes …' is the
/// share of the members, not of the guests' 9.230. The part's clause names its group ('door gasten'); a subject
/// that names none of that clause's words is another group, so the share takes no part from it.
extension ClaimParser {
    /// Whether the sentence opens with a word of content and then another word ('Leden namen …') that names none of
    /// the words of content of the clause of the part the sentence before stated.
    var opensWithOtherSubject: Bool {
        guard tokens.count > 1, tokens[0].kind == .word, tokens[1].kind == .word,
            ContrastedGroups.isContent(tokens[0].text), Lexicon.hedges[tokens[0].text] == nil,
            let words = discourse.earlier.last?.partClauseWords, !words.isEmpty
        else { return false }
        return !words.contains { ContrastedGroups.related($0, tokens[0].text) }
    }

    /// The words of content of the clause of the number at `index`, before and after it.
    func contentWords(ofClauseAt index: Int) -> [String] {
        analysis.clause(of: index).filter { $0 != index && tokens[$0].kind == .word }.map { tokens[$0].text }
            .filter(ContrastedGroups.isContent)
    }
}
