/// 'De omzet kwam uit op respectievelijk € 6,8 mln en € 2,0 mln, tegen € 7,4 mln en € 1,6 mln in 2022': a list of
/// values after 'tegen' set against a list as long right before it gives a change for each item, in order (7,4 → 6,8
/// and 1,6 → 2,0); a list of as many changes after a colon then takes them in that order ('…: een daling van 8% en
/// een stijging van 25%').
extension ClaimParser {
    /// The pairs of the lists around the word 'tegen' at `against`: nil unless each side lists at least two values
    /// of one unit, joined by 'en' or ',', as many on either side.
    static func againstLists(at against: Int, in analysis: SentenceAnalysis) -> [FromTo]? {
        let tokens = analysis.tokens
        guard let first = number(after: against, in: tokens), let unit = tokens[first].number?.unit else { return nil }
        var last = against - 1
        if last >= 0, tokens[last].isMark(",") { last -= 1 }
        guard last >= 0, tokens[last].number?.unit == unit else { return nil }
        let bases = joinedValues(from: first, step: 1, unit: unit, tokens)
        let laters = Array(joinedValues(from: last, step: -1, unit: unit, tokens).reversed())
        guard bases.count >= 2, bases.count == laters.count else { return nil }
        return zip(bases, laters).map { FromTo(from: $0, to: $1) }
    }

    /// The values of `unit` that one 'en' or ',' (and a currency sign) join into one list with the one at `index`,
    /// walking by `step`.
    private static func joinedValues(from index: Int, step: Int, unit: NumberUnit, _ tokens: [Token]) -> [Int] {
        var values = [index]
        while true {
            var next = values[values.count - 1] + step
            var joiners = 0
            while tokens.indices.contains(next), tokens[next].number == nil {
                if tokens[next].isMark(",") || tokens[next].isWord("en") {
                    joiners += 1
                } else if !tokens[next].isMark("€") {
                    return values
                }
                next += step
            }
            guard joiners == 1, tokens.indices.contains(next), tokens[next].number?.unit == unit else { return values }
            values.append(next)
        }
    }

    /// The n-th of `pairs` (in order of their start) before the last colon ahead of the change at `index`, when
    /// after that colon the sentence states as many changes of the claim's unit and this is the n-th: nil otherwise.
    func pairInOrderAfterColon(for index: Int, among pairs: [FromTo]) -> FromTo? {
        guard let colon = tokens[..<index].lastIndex(where: { $0.isMark(":") && $0.depth == 0 }) else { return nil }
        let end = tokens[index...].firstIndex { $0.isMark(";") && $0.depth == 0 } ?? tokens.count
        let unit = tokens[index].number?.unit
        let listed = analysis.numberIndices.filter { $0 > colon && $0 < end && tokens[$0].number?.unit == unit }
        let earlier = pairs.filter { $0.from < colon && $0.to < colon }.sorted { $0.from < $1.from }
        guard listed.count >= 2, listed.count == earlier.count, let place = listed.firstIndex(of: index) else {
            return nil
        }
        return earlier[place]
    }
}
