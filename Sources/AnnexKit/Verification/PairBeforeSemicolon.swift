/// A change in a clause after ';' that holds no other number ('Het aantal inbraken ging van 1.010 naar 765; de politie
/// spreekt van een daling van bijna een kwart'): the clause is read as a sentence after the one pair before the ';', as
/// `untiedNeighbourPair` reads a sentence after a sentence with one pair. Taken by position only, the pair may confirm
/// the change, never contradict it. None with a report's data, when the sentence holds another value of the unit than
/// the pair's, or when the clause names a count of its own ('…; het aantal diefstallen daalde met een kwart').
extension ClaimParser {
    /// The pair before the ';' that opens the clause of the change at `index`, of the sentence's `pairs` of its unit.
    func pairBeforeSemicolon(
        for index: Int, among pairs: [FromTo], frame: PeriodFrame
    ) -> (from: Operand?, to: Operand?)? {
        let stretches = analysis.stretches
        guard !withData, pairs.count == 1, let pair = pairs.first, let unit = tokens[pair.from].number?.unit,
            let first = stretches.firstIndex(of: stretches[index]), first > 0, tokens[first - 1].isMark(";"),
            tokens[first - 1].depth == 0,
            analysis.numberIndices.allSatisfy({ $0 < first - 1 || $0 == index }),
            Set(numbers(unit, in: 0..<(first - 1))) == [pair.from, pair.to],
            !tokens[first...].contains(where: { $0.isWord("aantal") })
        else { return nil }
        let (from, to) = stated(pair, frame: frame)
        return (from?.carriedOverByPosition, to?.carriedOverByPosition)
    }
}
