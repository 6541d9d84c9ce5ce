/// A balance of income and costs: 'De baten bedroegen € 2,1 mln en de lasten € 2,5 mln, een tekort van € 0,4 mln'.
/// The income less the costs is the result a 'tekort' or 'overschot' names, with the sign the word gives.
extension ClaimParser {
    /// The costs and the income among `values`: exactly two, one named by a word of income and the other by a word of
    /// costs in the words before it in its clause (after the value before it); nil otherwise.
    func incomeAndCosts(_ values: [Int]) -> (costs: Operand, income: Operand)? {
        guard values.count == 2 else { return nil }
        func named(_ index: Int, by words: Set<String>) -> Bool {
            let before = analysis.numberIndices.last { $0 < index } ?? -1
            let start = max(analysis.clause(of: index).lowerBound, before + 1)
            return analysis.words(start..<index).contains { words.contains($0) }
        }
        let income = values.filter { named($0, by: Self.incomeWords) && !named($0, by: Self.costWords) }
        let costs = values.filter { named($0, by: Self.costWords) && !named($0, by: Self.incomeWords) }
        guard income.count == 1, costs.count == 1 else { return nil }
        return (operand(costs[0]), operand(income[0]))
    }

    /// Nouns of what comes in: 'baten', 'inkomsten', 'opbrengsten'.
    private static let incomeWords: Set<String> = ["baten", "inkomsten", "opbrengsten", "ontvangsten", "omzet"]
    /// Nouns of what goes out: 'lasten', 'kosten', 'uitgaven'.
    private static let costWords: Set<String> = ["lasten", "kosten", "uitgaven"]
}
