/// A count that closes a lead on ':' over a list of the parts of one whole on the lines right under it, read as a
/// sentence of its own ('Wedstrijdresultaten 2023, in totaal 58 prijzen:' over '- dressuur: 31', '- springen: 21',
/// '- eventing: 4'): a list after ':' is all of the count before it, as it is within one sentence ('… 58 prijzen:
/// dressuur 31, springen 21 en eventing 4'). Read when only words and years stand between the count and the colon,
/// the lead names no selection ('waaronder', 'de grootste'), the list under it has no title of its own and is one of
/// parts (`itemList()`: counts, each item a part, no moment in its labels), its items are of the count's currency
/// and they reach at least `ReadingSanity.splitCoverage` of it.
extension ClaimParser {
    /// The count that closes the lead and the values of the list under it, each bound by its line.
    func totalOverListBelow() -> (total: Int, parts: [Operand])? {
        guard let colon = tokens.indices.last, tokens[colon].isMark(":"), tokens[colon].depth == 0,
            // A dash item under a line that is no title opens a paragraph of its own: the list is tied to the lead
            // by standing on the line right under it.
            let next, let first = next.tokens.indices.first, next.line(of: first) == analysis.line(of: colon) + 1,
            let list = ClaimParser(analysis: next, discourse: discourse, withData: withData).itemList(),
            list.lead.isEmpty, !analysis.namesSelection(0..<colon),
            let total = numbers(.count, in: analysis.clause(of: colon).lowerBound..<colon).last,
            ((total + 1)..<colon).allSatisfy({ [.word, .year].contains(tokens[$0].kind) }),
            !isAveraged(total), let number = tokens[total].number, !number.isWord,
            list.values.allSatisfy({ item in
                item.written.flatMap { $0.tokens[$0.index].number?.currency } == number.currency
            })
        else { return nil }
        let sum = list.values.map(\.value).reduce(0, +)
        guard ReadingSanity.splitReading(number.value, partsSum: sum) != .none else { return nil }
        return (total, list.values)
    }
}
