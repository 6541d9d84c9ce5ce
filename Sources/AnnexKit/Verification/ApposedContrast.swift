/// A difference, a change in points or in percent that an apposition states right after the two values its own
/// sentence sets against each other in two clauses: 'In Hoorn zijn 5 zwembaden, in Alkmaar 8: drie meer', 'Meisjes
/// sporten 6,5 uur, jongens 7,5 uur: een uur langer', 'Zeeland 31%, Drenthe 27%, dat is 4 procentpunt meer'. The two
/// values are the sentence's only other values of the claim's unit, exact, of one kind, both before the apposition,
/// and the sentence gives no start and end value. A mark of time that orders their clauses
/// (`ContrastedGroups.laterByTime`) orders the change; else the one group the apposition names is its new side ('…: in
/// Alkmaar drie meer'); else, when it names neither and nothing marks a time, the comparative right after the number
/// orders them, as `comparedSide(of:values:claim:)` does for two values of the sentence before: whichever group is
/// meant, no other order can make a right figure fit, so only the size of the difference is checked. A change in
/// percent is read only so or by time: one whose apposition names a group is `leftOutComparison`'s, which asks more of
/// the words that name it.
extension ClaimParser {
    /// The start and end value of the comparison at `index` of `unit` that an apposition states after the two values
    /// its sentence contrasts; nil when the sentence has other values of the unit or the apposition names a base
    /// ('dan', 'als') or both groups.
    func apposedContrast(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        let clause = analysis.clauseOf[index]
        let own = analysis.clauses[clause]
        guard isApposition(clause),
            let sign = comparative(afterCount: index) ?? comparative(after: index),
            analysis.numberIndices.allSatisfy({ $0 == index || !own.contains($0) }),
            !own.contains(where: { Self.isComparisonMarker(at: $0, analysis) }), pairs.isEmpty, bases.isEmpty,
            directions(in: tokens.indices).isEmpty
        else { return nil }
        let values = numbers(unit, in: tokens.indices).filter { position in
            position != index && Self.isValue(position, tokens) && !isSampleSize(position)
                && !(position > 0 && tokens[position - 1].isWord("per"))
        }
        guard values.count == 2, values.allSatisfy({ $0 < own.lowerBound && tokens[$0].number?.hedge == nil }),
            ReadingSanity.kindAlike(values, in: tokens),
            analysis.clauseOf[values[0]] != analysis.clauseOf[values[1]]
                || ContrastedGroups.gappedJoint(values, in: analysis) != nil
        else { return nil }
        let operands = values.map { operand($0) }
        guard operands[0].value != operands[1].value else { return nil }
        let groups = ContrastedGroups(values, in: analysis)
        let named = (0..<2).filter { side in
            own.contains { position in
                tokens[position].kind == .word
                    && groups.names[side].contains { ContrastedGroups.related(tokens[position].text, $0) }
            }
        }
        let side: Int
        if let later = groups.laterByTime {
            side = later
        } else if named.count == 1, tokens[index].number?.unit != .percent {
            side = named[0]
        } else if named.isEmpty, !marksAnyTime {
            side = Self.sideMadeNew(bySign: sign, operands[0], operands[1])
        } else {
            return nil
        }
        let pair = groups.pair(side == 1 ? (operands[0], operands[1]) : (operands[1], operands[0]))
        return (pair.from, pair.to)
    }
}
