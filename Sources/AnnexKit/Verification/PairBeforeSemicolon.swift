/// A change in a clause after ';' that holds no other number ('Het aantal inbraken ging van 1.010 naar 765; de politie
/// spreekt van een daling van bijna een kwart'): the clause is read as a sentence after the one pair before the ';', as
/// `untiedNeighbourPair` reads a sentence after a sentence with one pair. Taken by position only, the pair may confirm
/// the change, never contradict it. None with a report's data, when the sentence holds another value of the unit than
/// the pair's, or when the clause names a count of its own ('…; het aantal diefstallen daalde met een kwart').
/// A clause that a conjunction opens after ',' is read so too ('Het depot telde 840 kratten (2023: 1.120), maar het
/// aantal daalde met een kwart'; the concessive 'al' before its finite verb: '…, al nam het aantal met een kwart af'),
/// and 'het aantal' there names no count of its own when the verb or the change's 'met' follows it.
extension ClaimParser {
    /// The pair before the ';' or the ', CONJUNCTION' that opens the clause of the change at `index`, of the
    /// sentence's `pairs` of its unit.
    func pairBeforeSemicolon(
        for index: Int, among pairs: [FromTo], frame: PeriodFrame
    ) -> (from: Operand?, to: Operand?)? {
        guard !withData, pairs.count == 1, let pair = pairs.first, let unit = tokens[pair.from].number?.unit,
            let first = conjoinedClauseStart(of: index),
            analysis.numberIndices.allSatisfy({ $0 < first - 1 || $0 == index }),
            Set(numbers(unit, in: 0..<(first - 1))) == [pair.from, pair.to],
            !tokens.indices.contains(where: { $0 >= first && namesOwnCount(at: $0) })
        else { return nil }
        let (from, to) = stated(pair, frame: frame)
        return (from?.carriedOverByPosition, to?.carriedOverByPosition)
    }

    /// The first token of the clause of `index` when ';' opens it, or ',' and a conjunction that opens a clause of its
    /// own ('maar', 'terwijl'; 'al' right before a verb of change or an auxiliary): nil for any other clause.
    private func conjoinedClauseStart(of index: Int) -> Int? {
        let stretches = analysis.stretches
        if let first = stretches.firstIndex(of: stretches[index]), first > 0, tokens[first - 1].isMark(";"),
            tokens[first - 1].depth == 0
        {
            return first
        }
        let comma = (0..<index).last { tokens[$0].isMark(",") && tokens[$0].depth == 0 }
        guard let comma, comma + 2 < index, tokens[comma + 1].kind == .word else { return nil }
        let opener = tokens[comma + 1].text
        let concessive =
            opener == Self.concessiveAl
            && (Self.isChangeVerb(tokens[comma + 2]) || Lexicon.finiteVerbs.contains(tokens[comma + 2].text)
                || Lexicon.separableVerbs.contains { $0.forms.contains(tokens[comma + 2].text) })
        guard concessive || Lexicon.clauseConjunctions.contains(opener) && !Self.referringConjunctions.contains(opener)
        else { return nil }
        return comma + 1
    }

    /// Whether 'aantal' at `position` names a count of its own ('het aantal diefstallen'): not when a verb of change,
    /// an auxiliary, the change's 'met' or the clause's end follows it ('al nam het aantal met een kwart af').
    private func namesOwnCount(at position: Int) -> Bool {
        guard tokens[position].isWord("aantal") else { return false }
        guard position + 1 < tokens.count, tokens[position + 1].kind == .word else { return false }
        let next = tokens[position + 1]
        return !(next.isWord("met") || Self.isChangeVerb(next) || Lexicon.finiteVerbs.contains(next.text))
    }

    /// 'al' before its finite verb: a conjunction that concedes ('…, al nam het aantal af').
    private static let concessiveAl = "al"
}
