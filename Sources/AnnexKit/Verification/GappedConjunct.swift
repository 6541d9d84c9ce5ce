/// A verb left out of the second of two conjuncts ('PMD nam met 41 procent toe en GFT met een kwart'): the conjunct
/// after 'en' holds only a name, 'met' and the amount, and shares the first conjunct's verb of change and its
/// direction, so each conjunct states the change of what it names (`ClaimParser.timedRowChange`).
extension ClaimParser {
    /// The two conjuncts of the stretch `stretch` (its token indices in order) when its last 'en' opens a conjunct of
    /// one to `gappedNameReach` words of no verb, then 'met' and no verb after it, and the conjunct before holds a
    /// verb of change and 'met'; nil otherwise.
    func gappedConjuncts(in stretch: [Int]) -> (first: Range<Int>, second: Range<Int>)? {
        guard let start = stretch.first, let last = stretch.last,
            let and = stretch.last(where: { tokens[$0].isWord("en") && tokens[$0].depth == 0 }),
            let with = ((and + 1)..<(last + 1)).first(where: { tokens[$0].isWord("met") }),
            (1...Self.gappedNameReach).contains(with - and - 1),
            ((and + 1)..<with).allSatisfy({ tokens[$0].kind == .word && !isVerb(at: $0) }),
            ((with + 1)..<(last + 1)).allSatisfy({ !isVerb(at: $0) }),
            (start..<and).contains(where: { Self.isChangeVerb(tokens[$0]) || isSeparableForm(at: $0) }),
            (start..<and).contains(where: { tokens[$0].isWord("met") })
        else { return nil }
        return (start..<and, (and + 1)..<(last + 1))
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
}
