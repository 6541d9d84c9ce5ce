/// Two values set against each other by 'tegen' in a bare clause after ':' that spells out a comparison of two groups
/// ('Huurders zijn vaker verhuisd dan kopers: 14,2 tegen 9,6 procent'): the first value is the group the comparison's
/// subject names, the second the group after 'dan' or 'als'. Nothing orders them in time; a change between them in
/// the next sentence runs to the group its subject names (`SoleChange.setAgainst`).
extension ClaimParser {
    /// The stretches that name the groups of the two values at `values`: for values that open a clause after ':' with
    /// only an against word and no word of content besides them, the clause before up to its comparison's marker
    /// ('dan', 'als') and from that marker to the ':'; nil otherwise.
    func comparedSides(of values: [Int]) -> [Range<Int>]? {
        guard values.count == 2, values[0] < values[1] else { return nil }
        let own = analysis.clauseOf[values[0]]
        let clause = analysis.clauses[own]
        guard analysis.clauseOf[values[1]] == own, own > 0, clause.lowerBound == values[0],
            let colon = analysis.clauses[own - 1].last, tokens[colon].isMark(":"),
            clause.filter({ tokens[$0].isAgainstWord }).count == 1,
            clause.allSatisfy({ position in
                let token = tokens[position]
                return token.kind != .word || token.isAgainstWord || !ContrastedGroups.isContent(token.text)
            })
        else { return nil }
        let compared = analysis.clauses[own - 1]
        let markers = compared.filter {
            Self.isComparisonMarker(at: $0, analysis) || isThanAfterComparative(at: $0, in: compared)
        }
        guard markers.count == 1, let marker = markers.first, marker > compared.lowerBound, marker + 1 < colon else {
            return nil
        }
        return [compared.lowerBound..<marker, marker..<colon]
    }

    /// Whether `index` is a 'dan' after a comparative anywhere before it in `clause`, also 'vaker' and past words of
    /// their own ('vaker ontevreden over hun woning dan'), and no hedge of a number after it: the marker of the
    /// comparison a ':' after the clause spells out, where `isComparisonMarker` looks only a few words back.
    private func isThanAfterComparative(at index: Int, in clause: Range<Int>) -> Bool {
        guard tokens[index].isWord("dan"), index + 1 >= tokens.count || tokens[index + 1].number?.hedge == nil else {
            return false
        }
        return (clause.lowerBound..<index).contains {
            tokens[$0].text == Self.moreOften || Lexicon.comparatives.contains(tokens[$0].text)
        }
    }
}
