/// The set a mean is over, as its own clause names it before the mean: 'Over de drie opvangsoorten samen is dat
/// gemiddeld 55 uur', 'Over alle klassen samen komt dat neer op een gemiddelde van 6,2'.
struct MeanSet: Sendable {
    /// The noun of the units ('opvangsoorten', 'klassen').
    let noun: String
    /// The token of the number that states how many units there are ('drie'), if the clause states it.
    let size: Int?
}

extension ClaimParser {
    /// The set a mean at `index` is over: 'over' with 'alle', or with 'de', 'deze' or 'die' and a number, then a noun,
    /// all before the mean in its clause. None when the words after the noun hold another 'over' or a number.
    func meanSet(of index: Int) -> MeanSet? {
        let clause = analysis.clause(of: index)
        guard let over = (clause.lowerBound..<index).first(where: { tokens[$0].isWord("over") }),
            over + 2 < index, ["de", "deze", "die", "alle"].contains(tokens[over + 1].text)
        else { return nil }
        var noun = over + 2
        let size = tokens[noun].number == nil ? nil : noun
        if size != nil { noun += 1 }
        // 'over de hele periode' names a span, no set: without its size the set must be named whole ('alle').
        guard size != nil || tokens[over + 1].isWord("alle"), noun < index, tokens[noun].kind == .word,
            tokens[(noun + 1)..<index].allSatisfy({ $0.number == nil && !$0.isWord("over") })
        else { return nil }
        return MeanSet(noun: tokens[noun].text, size: size)
    }
}
