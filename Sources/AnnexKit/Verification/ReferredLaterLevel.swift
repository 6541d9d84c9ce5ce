/// 'Het aantal biologische bakkers steeg van 40 naar 48. Zij vormen nu 6 procent van alle 800 bakkers.', '…
/// Daarmee was deze groep goed voor 6 procent van alle 800 bakkers.': a share whose sentence gives no count but the
/// whole it marks right after it ('van alle 800'), and whose subject refers back to the group of the sentence before
/// (a personal pronoun opening it, or 'daarmee'/'hiermee'), takes as its part the later value of the change that
/// sentence states: what the group now is. Only for a share that is the subject's predicate: no preposition before it
/// in its clause (but the one it follows, 'goed voor'), nothing after its whole's noun there ('… van alle 800
/// meldingen kwam uit Zuid' names another part). Nil with 'Dat is …' (the quantity restated, read before), a year or
/// a word of an earlier time in the sentence (the share may be the start's), or a later value of another kind than
/// the whole (money beside a count).
extension ClaimParser {
    /// The later value of the change before that the share at `start..<end` takes as its part (see the extension).
    func referredLaterLevel(ofShareAt start: Int, end: Int, whole: Int, counts: [Int]) -> Operand? {
        let clause = analysis.clause(of: start)
        guard counts == [whole], !opensWithRestatement, opensWithPersonalPronoun || refersByAdverb(clause),
            !tokens.contains(where: { $0.year != nil }), !analysis.hasEarlierMarker(tokens.indices),
            end < whole, tokens[end].isWord("van"),
            tokens[(end + 1)..<whole].allSatisfy({ Lexicon.wholeDeterminers.contains($0.text) }),
            tokens[(whole + 1)..<max(whole + 1, clause.upperBound)].filter({ $0.kind == .word }).count <= 1,
            isPredicate(start, in: clause),
            let later = discourse.lastPair?.to, later.unit == .count,
            later.written.map({ $0.tokens[$0.index].number?.currency ?? "" }) == (tokens[whole].number?.currency ?? ""),
            later.value < operand(whole).value
        else { return nil }
        return later
    }

    /// Whether the sentence opens with a personal pronoun of the third person plural ('Zij vormen …').
    private var opensWithPersonalPronoun: Bool {
        tokens.first.map { $0.kind == .word && Self.pluralPronouns.contains($0.text) } ?? false
    }

    /// Whether `clause` holds an adverb that refers back by a pronoun ('daarmee', 'hiermee').
    private func refersByAdverb(_ clause: Range<Int>) -> Bool {
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

    /// Personal pronouns of the third person plural that open a sentence as its subject.
    private static let pluralPronouns: Set<String> = ["zij", "ze"]
    /// Adverbs that refer back to what the sentence before said ('daarmee', 'hiermee'); a sentence that opens with one
    /// before a form of 'zijn' restates (`opensWithRestatement`).
    static let referringAdverbs: Set<String> = ["daarmee", "hiermee"]
}
