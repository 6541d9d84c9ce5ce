/// A percentage tied by brackets to a part of the whole its sentence marks: the percentage alone in brackets after the
/// part's clause ('Van de 160 leerlingen haakten er 40 af (25 procent)', '… liepen 27 van de 180 deelnemers weg (15
/// procent)'), or the part in brackets after the percentage ('Van de 640 dossiers lag 62 procent langer dan twee jaar
/// stil (397 dossiers)'). The brackets restate the share of that part: a verb or particle of direction in the clause
/// ('haakten af', 'weg', 'verhoogd') tells what the part did, and one in another clause of the sentence is another
/// number's, so neither makes the percentage a change.
extension ClaimParser {
    /// The share the percentage at `index` states by such brackets, when the share reading takes exactly that part and
    /// a whole the sentence marks ('van de', 'Van de W'); nil for a percentage with a direction of its own (a sign, a
    /// comparative after it that bounds no group, 'met', 'van' or 'naar' before it) or a part that is the amount of a
    /// change ('met 40', '40 meer').
    func bracketedPartShare(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard number.unit == .percent, number.sign == nil, let part = bracketedPart(ofPercentAt: index),
            tokens[part].number?.unit == .count, !Self.isDifference(part, tokens),
            part == 0 || !tokens[part - 1].isWord("met"),
            directions(in: analysis.clause(of: part).lowerBound..<part).isEmpty
        else { return nil }
        let share = shareReading(index, number)
        guard share.part?.token == part, let whole = share.whole?.token, whole != part, isWholeMarked(whole) else {
            return nil
        }
        return share
    }

    /// The part the brackets tie to the percentage at `index`: for a percentage alone in its brackets, the last count
    /// before them in its clause outside them, or the part of the pair 'M van de W' that count closes; for a
    /// percentage outside brackets, the count that opens the first parenthesis after it in its clause, with no number
    /// between but ones of time or a group's bound ('langer dan twee jaar').
    private func bracketedPart(ofPercentAt index: Int) -> Int? {
        let clause = analysis.clause(of: index)
        if let inside = analysis.enclosingParenthesis(of: index) {
            guard inside == index..<(index + 1), index >= 1 else { return nil }
            let outside = tokens[index - 1].depth
            guard let last = analysis.numberIndices.last(where: {
                $0 < index - 1 && clause.contains($0) && tokens[$0].depth == outside
            }) else { return nil }
            return analysis.numberIndices.first { $0 < last && Self.ownWhole(of: $0, analysis) == last } ?? last
        }
        guard !opensItsPhraseAfterPreposition(index) else { return nil }
        if comparative(after: index) != nil, !boundsGroupAfterComparative(index) { return nil }
        for position in (index + 1)..<clause.upperBound where tokens[position].kind == .number {
            if tokens[position].depth > tokens[index].depth {
                return tokens[position - 1].isMark("(") ? position : nil
            }
            guard countsTime(position) else { return nil }
        }
        return nil
    }

    /// Whether a preposition that makes a percentage a change's amount or a level reached stands right before the one
    /// at `index` ('met 12 procent', 'van 8 procent', 'naar 30 procent').
    private func opensItsPhraseAfterPreposition(_ index: Int) -> Bool {
        index >= 1 && Lexicon.amountPrepositions.contains(tokens[index - 1].text)
    }

    /// Whether the comparative right after the percentage at `index` bounds the group the part is of: 'dan' and a
    /// number of time follow it ('62 procent langer dan twee jaar'), no value the percentage compares with.
    private func boundsGroupAfterComparative(_ index: Int) -> Bool {
        index + 3 < tokens.count && tokens[index + 2].isWord("dan") && tokens[index + 3].kind == .number
            && countsTime(index + 3)
    }
}
