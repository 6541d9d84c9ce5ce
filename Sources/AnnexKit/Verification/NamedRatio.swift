/// A ratio named by its own noun, its two amounts right after it: 'De weerstandsratio komt uit op 1,4 (beschikbaar
/// € 21,0 mln; benodigd € 15,0 mln)', 'De verhouding schuld/omzet kwam uit op 0,8 (…)', 'De student-docentratio
/// bedroeg 16,2: 3.240 studenten tegenover 200 fte'. A noun whose head says it is a quotient ('ratio', 'verhouding')
/// makes the number it names the first amount over the second, as 'per' does for a rate
/// (`ClaimParser.pairedRateReading`). The amounts must each be an amount of something (a currency or multiplier, or
/// a noun after it), not bare values of other years ('(2024: 1,5; 2023: 1,3)'). A bracket need not list them in the
/// order of the division: when the claim lies on the other side of 1 than the first over the second, the order is
/// in doubt and no ratio is read.
extension ClaimParser {
    /// Whether the clause of the number at `index` (or the memo label before it) names it, before it, by a noun whose
    /// head is a ratio's ('weerstandsratio', 'De verhouding nettoschuld/EBITDA').
    func namesRatio(before index: Int, in labelled: Range<Int>) -> Bool {
        (labelled.lowerBound..<index).contains { position in
            let word = tokens[position].text.lowercased()
            return tokens[position].kind == .word && Self.ratioHeads.contains { word.hasSuffix($0) }
        }
    }

    /// Whether the two amounts a named ratio at `index` is of can be its operands, first over second: each an amount
    /// of something, and their quotient on the same side of 1 as the claim.
    func isNamedRatioOf(_ index: Int, first: Int, second: Int) -> Bool {
        let amounts = [first, second].compactMap { tokens[$0].number }
        guard amounts.count == 2, let claimed = tokens[index].number,
            [first, second].allSatisfy({ position in
                tokens[position].number?.isAmount == true || ReadingSanity.noun(after: position, in: tokens) != nil
            })
        else { return false }
        return (amounts[0].value >= amounts[1].value) == (claimed.value >= Exact(1))
    }

    /// 'Met 8.214 studenten en 612 fte komt de student-docentratio uit op 13,4', 'Een vermogen van € 62,4 mln
    /// tegenover een behoefte van € 41,6 mln geeft een ratio van 1,5': a named ratio after the only two amounts of its
    /// sentence, at its depth, is the first over the second. Nil when the sentence gives other counts, or they are no
    /// plain amounts (start and end values, differences).
    func namedRatioBeforeReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        guard written.unit == .count, namesRatio(before: index, in: analysis.clause(of: index)) else { return nil }
        let others = numbers(.count, in: tokens.indices).filter { $0 != index }
        guard others.count == 2, candidates(.count, in: tokens.indices) == others.sorted() + [index],
            others.allSatisfy({ $0 < index && tokens[$0].depth == tokens[index].depth }),
            isNamedRatioOf(index, first: others[0], second: others[1])
        else { return nil }
        let claimed = precise(written, direction: nil, derived: true)
        let (part, whole) = (operand(others[0]), operand(others[1]))
        guard !ReadingSanity.meanIsPossible(claimed, values: [part, whole], in: tokens) else { return nil }
        var claim = Claim(kind: .ratio, site: index, claimed: claimed)
        (claim.scale, claim.part, claim.whole) = (Exact(1), part, whole)
        return claim
    }

    /// Head words of a noun that names a quotient of two amounts.
    static let ratioHeads: [String] = ["ratio", "verhouding"]
}
