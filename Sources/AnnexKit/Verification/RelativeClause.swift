/// A relative clause after the noun phrase that opens a sentence ('Het aandeel klachten dat binnen de norm werd
/// afgehandeld, …', 'Het aantal toezichten dat werd teruggemeld …', 'De cliënten die …'): an article, at most
/// `nounReach` words of content, none a finite verb, then 'dat' or 'die'. Such a clause restricts its noun to a group
/// of its own, and its pronoun stands for that noun: it refers to nothing said before, as 'Dat aantal steeg', 'Bij
/// 48.000 inwoners komt dat neer op …' or 'Deel dat door 640' do.
extension ClaimParser {
    /// Whether the word at `index` opens a relative clause of the noun phrase that opens the sentence.
    func opensRelativeClause(at index: Int) -> Bool {
        guard index >= 2, index - 1 <= Self.nounReach, Self.relativePronouns.contains(tokens[index].text),
            Lexicon.articles.contains(tokens[0].text)
        else { return false }
        return tokens[1..<index].allSatisfy { word in
            word.kind == .word && !Lexicon.grammarWords.contains(word.text) && !Lexicon.finiteVerbs.contains(word.text)
        }
    }

    /// The relative pronouns that open a clause after its noun ('toezichten dat', 'cliënten die').
    static let relativePronouns: Set<String> = ["dat", "die"]
}
