/// Two groups set against each other with 'tegen', each as a part of its own whole ('132 van de 880 mannen tegen 12 van
/// de 120 vrouwen', '36 van 400 tegenover 25 van 500'): a factor between them compares their shares, not their counts,
/// and runs from the group the comparison names after 'als' or 'dan' to the other. With no 'als' or 'dan' ('een 1,8
/// keer zo grote kans (36 van 400 tegenover 25 van 500 in de controlegroep)'), no other part of a whole in the
/// sentence and not both groups named right after their wholes, a factor above 1 runs from the smaller share to the
/// larger (below 1 the reverse): whichever group is meant, no other order can match it.
extension ClaimParser {
    /// The shares of the two parts the sentence's one 'tegen' joins, as the base and the other side of a factor; nil
    /// unless the words after 'als' or 'dan' name the group of exactly one of the two wholes, or, with no such words,
    /// the sentence has no other part of a whole, at most one group is named, and `factor` orders the two by size.
    func comparedShares(factor: Exact) -> (from: Operand, to: Operand)? {
        let joins = tokens.indices.filter { tokens[$0].isAgainstWord }
        guard joins.count == 1, let join = joins.first, let second = number(after: join),
            let secondWhole = Self.statedWhole(of: second, analysis),
            let first = analysis.numberIndices.last(where: { $0 < join && Self.statedWhole(of: $0, analysis) != nil }),
            let firstWhole = Self.statedWhole(of: first, analysis), firstWhole < join
        else { return nil }
        let groups = [firstWhole, secondWhole].map { whole in
            whole + 1 < tokens.count && tokens[whole + 1].kind == .word ? tokens[whole + 1].text : nil
        }
        let named = tokens.indices.filter { marker in
            marker + 1 < tokens.count && tokens[marker + 1].kind == .word
                && Self.isComparisonMarker(at: marker, analysis)
        }.map { tokens[$0 + 1].text }
        let shares = [share(of: first, in: firstWhole), share(of: second, in: secondWhole)]
        if named.isEmpty {
            let parts = analysis.numberIndices.filter { Self.statedWhole(of: $0, analysis) != nil }
            // 'Zij kwamen anderhalf keer zo vaak terug: 60 van de 400 jongens tegen 20 van de 200 meisjes': two named
            // groups, and the factor's subject not told.
            let bothNamed = groups.allSatisfy { group in
                group.map { ContrastedGroups.isContent($0) && !Self.joiners.contains($0) } ?? false
            }
            guard parts == [first, second], factor != Exact(1), !bothNamed else { return nil }
            let ordered = shares.sorted { $0.value < $1.value }
            return factor > Exact(1) ? (ordered[0], ordered[1]) : (ordered[1], ordered[0])
        }
        let bases = (0..<2).filter { side in
            groups[side].map { group in named.contains { ContrastedGroups.related($0, group) } } ?? false
        }
        guard bases.count == 1, let base = bases.first else { return nil }
        return (shares[base], shares[1 - base])
    }

    /// Words that set the two parts against each other, naming neither group.
    static let joiners: Set<String> = ["tegen", "tegenover", "versus", "vs"]

    /// The share a part is of its whole, in percent, as an operand of the claim's construction.
    private func share(of part: Int, in whole: Int) -> Operand {
        let value = tokens[part].number!.value * Exact(100) / tokens[whole].number!.value
        let number = WrittenNumber(
            value: value, unit: .percent, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
            text: analysis.text(part..<(whole + 1)), hedge: nil)
        return Operand(number, year: nil, token: nil, line: analysis.line(of: part),
                       binding: OperandBinding(.construction))
    }
}
