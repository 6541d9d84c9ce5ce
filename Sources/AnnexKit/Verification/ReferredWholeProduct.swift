/// A count that restates a share of a whole the sentence before gives: 'In 2025 verbleven 5.000 mensen in een
/// instelling. Van hen bleef 17 procent langer dan een jaar, zo'n 850 personen.' The share's clause refers to that
/// whole ('van hen', 'daarvan', 'van die groep', 'dit aantal'); a hedged count after the share restates share ×
/// whole as the sixteenth round's count after 'van de 2.100 plekken … 40 procent' does: after a comma, a word that
/// derives it or in a bracket, and no more than the whole. It is checked against the product, and the share is no
/// claim against it. An exact count ('ofwel 310 personen') stays the share's part, as data the share is taken of.
extension ClaimParser {
    /// The whole of the sentence before that the share at `share` is of, for the count at `total` that restates
    /// their product; nil unless the count is derived (`isDerived`) and hedged, the sentence names no direction, its
    /// share's clause refers back and the whole is a count no smaller than the restated one.
    func referredWhole(ofShare share: Int, total: Int, isDerived: Bool) -> Operand? {
        guard isDerived, tokens[total].number?.hedge != nil, tokens[share].number?.unit == .percent,
            directions(in: tokens.indices).isEmpty,
            refersToWhole(before: share),
            let whole = discourse.topic(needingValue: true).flatMap(operand), whole.unit == .count,
            let count = tokens[total].number, count.unit == .count, !count.isAmount, count.value <= whole.value
        else { return nil }
        return whole
    }

    /// Whether the clause of the share at `share` refers, before it or right after it, to what the sentence before
    /// counted: 'van hen', 'van wie', 'daarvan', 'van die groep', 'dit aantal'.
    private func refersToWhole(before share: Int) -> Bool {
        let clause = analysis.clause(of: share)
        let opening = clause.lowerBound..<share
        let after = share + 1 < tokens.count && Lexicon.partReferences.contains(tokens[share + 1].text)
        let ofThem = opening.contains { position in
            guard tokens[position].isWord("van"), position + 1 < share else { return false }
            let next = tokens[position + 1].text
            return Self.partPronouns.contains(next) || Lexicon.pronouns.contains(next) && position + 2 < share
                && tokens[position + 2].kind == .word
        }
        return after || ofThem || refersToValue(opening)
    }
}
