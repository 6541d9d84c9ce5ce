/// Two changes in one stretch, each of what its own conjunct names. A verb left out of the second of two conjuncts
/// ('PMD nam met 41 procent toe en GFT met een kwart', '…, GFT met een kwart'): the conjunct after 'en' or ',' holds
/// only a name, 'met' and the amount, and shares the first conjunct's verb of change and its direction. Or a second
/// clause after the ',' that closes the first change's amount, with a subject and a verb of change of its own ('De
/// zorg groeide met 29,5%, kantoor kromp met een kwart'). Each conjunct states the change of what it names
/// (`ClaimParser.timedRowChange`).
extension ClaimParser {
    /// The two conjuncts of the stretch `stretch` (its token indices in order), and whether the second shares the
    /// first's verb: when its last 'en' or ',' opens a conjunct of one to `gappedNameReach` words of no verb, then
    /// 'met' and no verb after it, and the conjunct before holds a verb of change and 'met' (gapped); or when a ','
    /// right after a number or a fraction in words opens one to `subjectReach` words of no verb or number and then a
    /// verb of change, and the conjunct before holds a verb of change (a clause of its own). Nil otherwise.
    func changeConjuncts(in stretch: [Int]) -> (first: Range<Int>, second: Range<Int>, sharesVerb: Bool)? {
        guard let start = stretch.first, let last = stretch.last else { return nil }
        let joiners = stretch.filter { tokens[$0].depth == 0 && (tokens[$0].isWord("en") || tokens[$0].isMark(",")) }
        let verbBefore = { (joiner: Int) in
            (start..<joiner).contains(where: { Self.isChangeVerb(self.tokens[$0]) || self.isSeparableForm(at: $0) })
        }
        for joiner in joiners.reversed() where verbBefore(joiner) {
            if isGapped(after: joiner, to: last), (start..<joiner).contains(where: { tokens[$0].isWord("met") }) {
                return (start..<joiner, (joiner + 1)..<(last + 1), true)
            }
            if opensOwnClause(after: joiner, to: last) { return (start..<joiner, (joiner + 1)..<(last + 1), false) }
        }
        return nil
    }

    /// Whether the tokens after the joiner at `joiner` up to `last` are a conjunct of a left-out verb: one to
    /// `gappedNameReach` words of no verb, 'met', and no verb after it ('GFT met een kwart').
    private func isGapped(after joiner: Int, to last: Int) -> Bool {
        guard let with = ((joiner + 1)..<(last + 1)).first(where: { tokens[$0].isWord("met") }) else { return false }
        return (1...Self.gappedNameReach).contains(with - joiner - 1)
            && ((joiner + 1)..<with).allSatisfy({ tokens[$0].kind == .word && !isVerb(at: $0) })
            && ((with + 1)..<(last + 1)).allSatisfy({ !isVerb(at: $0) })
    }

    /// Whether the ',' at `joiner` closes a change's amount (a number, 'procent' or a fraction in words before it) and
    /// opens a clause of its own up to `last`: one to `subjectReach` words of no verb, then a verb of change
    /// ('kantoor kromp', 'die uit folders en flyers daalde').
    private func opensOwnClause(after joiner: Int, to last: Int) -> Bool {
        guard tokens[joiner].isMark(","), joiner > 0,
            tokens[joiner - 1].kind == .number || tokens[joiner - 1].isWord("procent")
                || Lexicon.fractions[tokens[joiner - 1].text] != nil,
            let verb = ((joiner + 1)..<(last + 1)).first(where: { isVerb(at: $0) })
        else { return false }
        return (1...Self.subjectReach).contains(verb - joiner - 1)
            && ((joiner + 1)..<verb).allSatisfy({ tokens[$0].kind == .word })
            && (Self.isChangeVerb(tokens[verb]) || isSeparableForm(at: verb))
    }

    /// Whether the word at `position` is a verb of change, a form of a separable one, or an auxiliary.
    private func isVerb(at position: Int) -> Bool {
        Self.isChangeVerb(tokens[position]) || isSeparableForm(at: position)
            || Lexicon.finiteVerbs.contains(tokens[position].text)
    }

    /// Whether the word at `position` is a form of a separable verb of change ('nam' of 'nam … toe').
    private func isSeparableForm(at position: Int) -> Bool {
        tokens[position].kind == .word && Lexicon.separableVerbs.contains { $0.forms.contains(tokens[position].text) }
    }

    /// The most words that may name what a gapped conjunct is of ('GFT', 'het restafval').
    private static let gappedNameReach = 3
    /// The most words of the subject of a clause of its own after ',' ('die uit folders en flyers').
    private static let subjectReach = 5
}
