/// 'Het aantal biologische bakkers steeg van 40 naar 48. Zij vormen nu 6 procent van alle 800 bakkers.', '…
/// Daarmee was deze groep goed voor 6 procent van alle 800 bakkers.': a share whose sentence gives no count but the
/// whole it marks right after it ('van alle 800'), and whose subject refers back to the group of the sentence before
/// (a personal pronoun opening it, or 'daarmee'/'hiermee'), takes as its part the later value of the change that
/// sentence states: what the group now is. Only for a share that is the subject's predicate: no preposition before it
/// in its clause (but the one it follows, 'goed voor'), nothing after its whole's noun there ('… van alle 800
/// meldingen kwam uit Zuid' names another part). Nil with 'Dat is …' (the quantity restated, read before), a year or
/// a word of an earlier time in the sentence (the share may be the start's), or a later value of another kind than
/// the whole (money beside a count).
///
/// A share may also name its part by words that repeat the group the change is of ('Het aantal chats nam toe van
/// 41.800 naar 57.300. Van alle 205.500 contacten liep daarmee 38,7 procent via de chat.', '… Daarmee kwam 38
/// procent van de 48.600 bezoekers van buiten.' after 'Het aantal bezoekers van buiten de gemeente …', '… Van de 119
/// instructeurs is nu 18,5 procent vrouw.' after 'Het aantal vrouwelijke instructeurs …'): with the whole marked
/// right after it or opening its clause ('Van alle 205.500 contacten'), a word that refers back or says it is of now
/// ('nu'), and the words after the share (or after its whole's noun) naming that group by the words the sentence
/// before names it by before its start value (`namesChangedGroup`), the share is of the change's later value; not when
/// the share turns polarity against that sentence ('… 60 procent niet via de website': `turnsPolarity(inClauseOf:)`).
extension ClaimParser {
    /// The later value of the change before that the share at `start..<end` takes as its part (see the extension).
    func referredLaterLevel(ofShareAt start: Int, end: Int, whole: Int, counts: [Int]) -> Operand? {
        let clause = analysis.clause(of: start)
        guard counts == [whole], !opensWithRestatement,
            !tokens.contains(where: { $0.year != nil }), !analysis.hasEarlierMarker(tokens.indices),
            let later = laterLevel(within: whole), let pair = discourse.lastPair
        else { return nil }
        let after = end < whole && tokens[end].isWord("van")
            && tokens[(end + 1)..<whole].allSatisfy({ Lexicon.wholeDeterminers.contains($0.text) })
        if after, opensWithPersonalPronoun || refersByAdverb(clause), namesOnlyItsNoun(afterWhole: whole, in: clause),
            isPredicate(start, in: clause)
        {
            return later
        }
        // The words that name the part: after the whole's noun when the whole follows the share, else after the share
        // when the whole opens the clause ('Van alle 205.500 contacten …').
        let opens = whole < start && opensWithWhole(clause, whole: whole)
        guard after || opens, refersByAdverb(clause) || analysis.hasPresentMarker(clause),
            isPredicate(start, in: (opens ? whole + 1 : clause.lowerBound)..<clause.upperBound),
            !turnsPolarity(inClauseOf: start), numbers(.percent, in: clause).allSatisfy({ $0 == start }),
            let from = pair.from.written
        else { return nil }
        let naming = after ? whole + 2 : end
        let phrase = Array(tokens[min(naming, clause.upperBound)..<clause.upperBound])
        return namesChangedGroup(phrase, subject: Array(from.tokens[..<from.index])) ? later : nil
    }

    /// 'Het aantal gasten uit de regio steeg van 52 naar 71. Hun aandeel in het totaal van 160 gasten kwam daarmee op
    /// 44 procent.': a share whose sentence opens with 'Hun aandeel in' (the possessive refers back to the group of the
    /// sentence before) and marks its whole in that phrase after 'van' ('in de totale markt van 1,9 miljoen auto's'),
    /// its one count, takes as its part the later value of the change the sentence before states, as above. The share
    /// stands after the whole in the whole's clause, with nothing after it there; nil with a year or a word of an
    /// earlier time in the sentence, or with any other count.
    func possessedLaterLevel(ofShareAt start: Int, end: Int, counts: [Int]) -> (part: Operand, whole: Operand)? {
        guard counts.count == 1, let whole = counts.first, whole < start, tokens.count > 3,
            tokens[0].isWord(Self.possessivePlural), tokens[1].isWord(Lexicon.shareNoun), tokens[2].isWord("in"),
            tokens[whole - 1].isWord("van"), tokens[3..<(whole - 1)].allSatisfy({ $0.kind == .word }),
            analysis.clause(of: whole) == analysis.clause(of: start),
            tokens[end..<analysis.clause(of: start).upperBound].allSatisfy({ $0.kind == .mark }),
            !opensWithRestatement, !tokens.contains(where: { $0.year != nil }),
            !analysis.hasEarlierMarker(tokens.indices), let later = laterLevel(within: whole)
        else { return nil }
        return (later, operand(whole))
    }

    /// The later value of the change the sentence before states, when it is a count of the currency of `whole` (none
    /// or the same) and less than it.
    private func laterLevel(within whole: Int) -> Operand? {
        guard let later = discourse.lastPair?.to, later.unit == .count,
            later.written.map({ $0.tokens[$0.index].number?.currency ?? "" }) == (tokens[whole].number?.currency ?? ""),
            later.value < operand(whole).value
        else { return nil }
        return later
    }

    /// Whether `clause` opens with 'Van' and the whole at `whole` after determiners and adjectives that take the -e
    /// ('Van alle 205.500 contacten', 'Van de totale 447 leden'), or after those, a noun that names it and 'van' ('Van
    /// het totale ledenbestand van 447').
    private func opensWithWhole(_ clause: Range<Int>, whole: Int) -> Bool {
        guard clause.lowerBound < whole, tokens[clause.lowerBound].isWord("van") else { return false }
        var between = tokens[(clause.lowerBound + 1)..<whole]
        if between.count >= 2, between.last?.isWord("van") == true, let noun = between.dropLast().last,
            noun.kind == .word, ContrastedGroups.isContent(noun.text)
        {
            between = between.dropLast(2)
        }
        return between.allSatisfy { token in
            Lexicon.wholeDeterminers.contains(token.text)
                || token.kind == .word && token.text.hasSuffix("e") && !Lexicon.grammarWords.contains(token.text)
        }
    }

    /// Whether the words after the whole at `whole` in `clause` are at most its noun, after adjectives that take the
    /// -e before a noun ('van alle 389 verhuurde plaatsen'): words after the noun name another part ('… van alle 800
    /// meldingen kwam uit Zuid').
    private func namesOnlyItsNoun(afterWhole whole: Int, in clause: Range<Int>) -> Bool {
        let words = tokens[(whole + 1)..<max(whole + 1, clause.upperBound)].filter { $0.kind == .word }
        return words.dropLast().allSatisfy { $0.text.hasSuffix("e") && !Lexicon.grammarWords.contains($0.text) }
    }

    /// Whether `phrase`, the words of the share's clause that name its part ('via de chat', 'van buiten', 'vrouw'),
    /// name the group of `subject`, the words of the sentence before up to its start value ('Het aantal chats nam toe
    /// van'): each of its words of content, no preposition ('via'), is related to one of those
    /// (`ContrastedGroups.related`: 'vrouw' to 'vrouwelijke'), or, when it has none, each of its words stands there
    /// ('van buiten'). No words, a number, or more than `namingReach` words name no group of it.
    private func namesChangedGroup(_ phrase: [Token], subject: [Token]) -> Bool {
        let words = phrase.filter { $0.kind != .mark }
        let named = subject.filter { $0.kind == .word }.map(\.text)
        guard !words.isEmpty, words.count <= Self.namingReach, words.allSatisfy({ $0.kind == .word }) else {
            return false
        }
        let content = words.map(\.text).filter { ContrastedGroups.isContent($0) && !Lexicon.prepositions.contains($0) }
        if content.isEmpty { return words.allSatisfy { named.contains($0.text) } }
        return content.allSatisfy { word in
            named.contains { ContrastedGroups.isContent($0) && ContrastedGroups.related($0, word) }
        }
    }

    /// The most words a phrase after a share may have to name the group of a change before ('via de chat').
    private static let namingReach = 4

    /// Whether the sentence opens with a personal pronoun of the third person plural ('Zij vormen …').
    private var opensWithPersonalPronoun: Bool {
        tokens.first.map { $0.kind == .word && Self.pluralPronouns.contains($0.text) } ?? false
    }

    /// Whether `clause` holds an adverb that refers back by a pronoun ('daarmee', 'hiermee').
    func refersByAdverb(_ clause: Range<Int>) -> Bool {
        clause.contains { tokens[$0].kind == .word && Self.referringAdverbs.contains(tokens[$0].text) }
    }

    /// Whether the share at `start` has no preposition before it in `clause` but one it follows with at most hedges
    /// between ('goed voor bijna 6 procent'): a phrase of a preposition names another group or place ('in Zuid').
    private func isPredicate(_ start: Int, in clause: Range<Int>) -> Bool {
        let leading = (clause.lowerBound..<start).filter {
            tokens[$0].kind == .word && Lexicon.prepositions.contains(tokens[$0].text)
        }
        return leading.allSatisfy { preposition in
            ((preposition + 1)..<start).allSatisfy { Lexicon.hedges[tokens[$0].text] != nil }
        }
    }

    /// The possessive of the third person plural that opens 'Hun aandeel in …'.
    private static let possessivePlural = "hun"
    /// Personal pronouns of the third person plural that open a sentence as its subject.
    private static let pluralPronouns: Set<String> = ["zij", "ze"]
    /// Adverbs that refer back to what the sentence before said ('daarmee', 'hiermee'); a sentence that opens with one
    /// before a form of 'zijn' restates (`opensWithRestatement`).
    static let referringAdverbs: Set<String> = ["daarmee", "hiermee"]
}
