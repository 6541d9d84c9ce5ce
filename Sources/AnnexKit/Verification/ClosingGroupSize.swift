/// A group size that closes a share's clause counts the group the share describes: 'Van de 2.184 respondenten gaf
/// 57,3% aan vertrouwen te hebben in de rechtspraak (n = 1.251)' takes 1.251 of 2.184. A size right after a group
/// the share is of ('van de respondenten (n = 1.480)') is that whole, no part.
extension ClaimParser {
    /// How many words before a group size's parenthesis are read for a 'van' that names it as a whole.
    static let groupNameReach = 3

    /// The group size ('n = 1.251') that alone fills the parenthesis closing the clause of the share at
    /// `start..<end`, when it is the clause's only number after the share and no 'van' names it as a whole; nil
    /// otherwise.
    func closingGroupSize(ofShareAt start: Int, end: Int) -> Int? {
        let clause = analysis.clause(of: start)
        let after = analysis.numberIndices.filter { clause.contains($0) && $0 >= end }
        guard after.count == 1, let size = after.first, isSampleSize(size), tokens[size].number?.unit == .count,
            let inside = analysis.enclosingParenthesis(of: size), inside == (size - 2)..<(size + 1),
            tokens[(inside.upperBound + 1)..<max(inside.upperBound + 1, clause.upperBound)].allSatisfy({
                $0.kind == .mark
            })
        else { return nil }
        let open = inside.lowerBound - 1
        let named = tokens[max(end, open - Self.groupNameReach)..<open].contains { $0.isWord("van") }
        return named ? nil : size
    }
}
