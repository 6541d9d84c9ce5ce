/// 'De doorlooptijd van A was 0,8 uur (2022: 1,0 uur), een daling van 20 procent. Voor B was dat 4,4 uur, ruim vijf
/// keer zo lang.': a factor whose own sentence states one value of the pair's unit states the level of the factor's
/// subject; a pair that leaves that value out (here 1,0 → 0,8, the change of A) is not the factor's pair.
extension ClaimParser {
    /// Whether `pair` leaves out the one value of its unit that the sentence of the factor at `index` states.
    func leavesOutOwnValue(_ pair: (from: Operand?, to: Operand?), factorAt index: Int) -> Bool {
        guard let unit = pair.from?.unit ?? pair.to?.unit else { return false }
        // The pair's own sum or difference ('…; samen 14.700') is no value of the subject (`derivesFromLastContrast`).
        let own = numbers(unit, in: tokens.indices).filter {
            $0 != index && Self.isValue($0, tokens) && !derivesFromLastContrast($0)
        }
        return leavesOut(pair, soleOf: own)
    }

    /// Whether `pair` leaves out the one value of `values`; false when `values` holds none or more than one.
    func leavesOut(_ pair: (from: Operand?, to: Operand?), soleOf values: [Int]) -> Bool {
        guard values.count == 1 else { return false }
        return pair.from?.token != values[0] && pair.to?.token != values[0]
    }
}
