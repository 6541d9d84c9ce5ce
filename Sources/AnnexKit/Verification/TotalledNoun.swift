/// What a total and its parts are of, as the grammar finds it: a total may name what it totals ('het totaal
/// aan baten', 'een totaal budget van', 'de totale kosten bedroegen', 'het totaal aantal meldingen'), and the
/// counts of a clause are of the noun that opens it after its article ('De lasten bestonden uit …'). A total of
/// another noun than its parts' is evidence against the sum reading (`OperandBinding.Evidence.otherTotal`).
extension ClaimParser {
    /// Whether the total at `total` names a noun that is not the one the parts' clause is about.
    func totalsAnotherNoun(_ total: Int, parts: [Int]) -> Bool {
        guard let first = parts.min() else { return false }
        return totalsAnotherNoun(total, than: governingNoun(of: analysis.clause(of: first)))
    }

    /// Whether the words between the last of `parts` and the total at `total` say that it includes something
    /// they put no number on ('…; het totale budget, inclusief de gemeentelijke bijdragen, bedraagt € 6,5
    /// miljoen'): it totals more than the parts listed.
    func includesUnlisted(_ total: Int, parts: [Int]) -> Bool {
        guard let last = parts.max(), last < total else { return false }
        let between = (last + 1)..<total
        return between.contains { index in
            guard let (_, end) = analysis.firstPhrase(Self.inclusionWords, at: index) else { return false }
            let phrase = end..<(between[end...].first { tokens[$0].kind == .mark } ?? total)
            return !phrase.contains { tokens[$0].kind == .number }
        }
    }

    /// Words that say a total includes a component ('inclusief', 'met inbegrip van').
    static let inclusionWords = ["inclusief", "met inbegrip van", "incl"]

    /// Whether the total at `total` names a noun that is not `governing` nor a form of it.
    func totalsAnotherNoun(_ total: Int, than governing: String?) -> Bool {
        guard let governing, let totalled = totalledNoun(of: total) else { return false }
        return !Self.areForms(totalled, governing)
    }

    /// The noun a total names as what it totals: after 'totaal' or 'totale' in its clause ('totaal aan baten',
    /// 'totaal budget', 'totaal aantal meldingen'), else the noun opening a clause that totals with 'in totaal'
    /// ('De kosten bedroegen in totaal …'); nil when it names none ('in totaal 3.223', 'een totaal van 96').
    func totalledNoun(of total: Int) -> String? {
        let clause = analysis.clause(of: total)
        guard let word = (clause.lowerBound..<total).last(where: { Self.totallingWords.contains(tokens[$0].text) })
        else { return nil }
        // 'in totaal volgen …': the adverb names nothing after it; the clause's noun is what it totals.
        if word > clause.lowerBound && tokens[word - 1].isWord("in") { return governingNoun(of: clause) }
        var position = word + 1
        while position < total, Self.totalledIntroducers.contains(tokens[position].text) { position += 1 }
        if position < total, tokens[position].kind == .word, !Lexicon.grammarWords.contains(tokens[position].text),
            !Self.totalVerbs.contains(tokens[position].text)
        {
            return tokens[position].text
        }
        return nil
    }

    /// The noun that opens a clause after its article: what the clause's counts are of ('De uitgaven aan
    /// jeugdhulp (18,4 miljoen), …'); nil for a clause that opens otherwise ('In 2023 ontving …').
    func governingNoun(of clause: Range<Int>) -> String? {
        let start = clause.lowerBound
        guard start + 1 < clause.upperBound, Self.determiners.contains(tokens[start].text),
            tokens[start + 1].kind == .word, !Lexicon.grammarWords.contains(tokens[start + 1].text),
            !Self.totallingWords.contains(tokens[start + 1].text)
        else { return nil }
        return tokens[start + 1].text
    }

    /// The noun the sentence's counts are of, for a total in the next sentence ('Het totaal aan baten …').
    var countsNoun: String? { plainCounts().first?.token.flatMap { governingNoun(of: analysis.clause(of: $0)) } }

    /// Verbs that may follow 'totaal' as its predicate ('Het totaal bedraagt …', 'Het totaal kwam uit op …').
    static let totalVerbs = Set(Lexicon.sumCues.compactMap { $0.split(separator: " ").first.map(String.init) })
        .union(Lexicon.finiteVerbs)

    /// Words between 'totaal' and the noun it totals ('totaal aan baten', 'totaal aantal meldingen').
    static let totalledIntroducers: Set<String> = ["aan", "aantal"]
}
