/// Two more ways prose names a row of the table of two times above it (`TimedTable`, `ClaimParser.timedRowChange`),
/// besides the words of the change's stretch: by stating the row's later value beside the change ('Met 98 toernooien
/// lag het aanbod 11,4% hoger dan in 2022' under 'Totaal | 88 | 98'), and by the noun right before the brackets the
/// change stands in alone ('Dankzij de recreatievaart (+14,9%) bleef het totaal op peil').
extension ClaimParser {
    /// The row of `table` whose later value the one number of the change's stretch `numbers` besides the claim at
    /// `index` states: a number of no sign nor hedge, of the rows' unit, that is the later value of exactly one row and
    /// the earlier value of none. nil when the stretch holds no such number or more numbers.
    func statedEndRow(of index: Int, among numbers: [Int], _ table: TimedTable) -> Int? {
        let others = numbers.filter { $0 != index }
        guard others.count == 1, let stated = tokens[others[0]].number, stated.sign == nil, stated.hedge == nil
        else { return nil }
        let ending = table.rows.indices.filter {
            table.rows[$0].to.unit == stated.unit && table.rows[$0].to.value == stated.value
        }
        guard ending.count == 1, !table.rows.contains(where: { $0.from.value == stated.value }) else { return nil }
        return ending[0]
    }

    /// The word right before the brackets the claim at `index` stands in alone ('de recreatievaart (+14,9%)'), the
    /// noun the change is of, whatever else its stretch names; nil when the brackets hold another word or number, or
    /// follow no word.
    func bracketHost(ofClaim index: Int) -> String? {
        guard let inside = analysis.enclosingParenthesis(of: index), inside.lowerBound >= 2,
            inside.allSatisfy({ $0 == index || tokens[$0].kind == .mark }), tokens[inside.lowerBound - 2].kind == .word
        else { return nil }
        return tokens[inside.lowerBound - 2].text
    }
}
