/// Two groups set against each other with 'tegen', each as a part of its own whole ('132 van de 880 mannen tegen 12
/// van de 120 vrouwen'): a factor between them compares their shares, not their counts, and runs from the group the
/// comparison names after 'als' or 'dan' to the other.
extension ClaimParser {
    /// The shares of the two parts the sentence's one 'tegen' joins, as the base and the other side of a factor; nil
    /// unless the words after 'als' or 'dan' name the group of exactly one of the two wholes.
    func comparedShares() -> (from: Operand, to: Operand)? {
        let joins = tokens.indices.filter { tokens[$0].isWord("tegen") || tokens[$0].isWord("tegenover") }
        guard joins.count == 1, let join = joins.first, let second = number(after: join),
            let secondWhole = Self.ownWhole(of: second, analysis),
            let first = analysis.numberIndices.last(where: { $0 < join && Self.ownWhole(of: $0, analysis) != nil }),
            let firstWhole = Self.ownWhole(of: first, analysis), firstWhole < join
        else { return nil }
        let groups = [firstWhole, secondWhole].map { whole in
            whole + 1 < tokens.count && tokens[whole + 1].kind == .word ? tokens[whole + 1].text : nil
        }
        let named = tokens.indices.filter { marker in
            marker + 1 < tokens.count && tokens[marker + 1].kind == .word
                && Self.isComparisonMarker(at: marker, analysis)
        }.map { tokens[$0 + 1].text }
        let bases = (0..<2).filter { side in
            groups[side].map { group in named.contains { ContrastedGroups.related($0, group) } } ?? false
        }
        guard bases.count == 1, let base = bases.first else { return nil }
        let shares = [share(of: first, in: firstWhole), share(of: second, in: secondWhole)]
        return (shares[base], shares[1 - base])
    }

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
