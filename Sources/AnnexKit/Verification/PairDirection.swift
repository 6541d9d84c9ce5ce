/// The direction a word of change claims for the one start and end value of its sentence, when the sentence states
/// no size of the change: 'Het aantal overtredingen daalde van 410 naar 455.' claims that 455 is below 410 (a
/// reporting error: it rose). Checked as end minus start (points for percentages), with only its sign claimed. Not
/// read: a sentence with another number, two pairs, or direction words that disagree; a place in a ranking ('steeg
/// van plaats 12 naar plaats 4'), where a fall in number is a rise; a signed value or a quantity that may be
/// negative ('het tekort daalde van −5 naar −3 miljoen'), where 'daalde' may mean either; start and end values of
/// two different nouns ('van 410 meldingen naar 380 zaken'); a pair with a sentence with numbers after it in its
/// paragraph, which may give the change's size ('Dat zijn er 112 meer.'), a claim that checks the direction too.
/// Words of better or worse ('verbeterde van 12 naar 9 dagen') say no direction of the value and make no claim.
extension ClaimParser {
    /// The claim of direction the sentence makes at its word of change, with the pair as start and end.
    func pairDirectionReading() -> Claim? {
        guard pairs.count == 1, let pair = pairs.first, analysis.numberIndices == [pair.from, pair.to],
            let from = tokens[pair.from].number, let to = tokens[pair.to].number, from.unit == to.unit,
            from.sign == nil, to.sign == nil, !from.isWord, !to.isWord,
            !tokens.contains(where: { $0.kind == .word && Self.signedOrRanked.contains($0.text) }),
            sameNoun(pair), nextWithNumbers.map({ $0.sentence.paragraph != analysis.sentence.paragraph }) ?? true
        else { return nil }
        let clause = analysis.clause(of: pair.from)
        let found = directions(in: clause)
        guard clause.contains(pair.to), let word = found.first, Set(found.map(\.sign)).count == 1 else { return nil }
        let zero = Exact(0)
        let accepted =
            word.sign > 0
            ? Interval(lower: zero, upper: nil, lowerOpen: true) : Interval(lower: nil, upper: zero, upperOpen: true)
        let plausible =
            word.sign > 0 ? Interval(lower: zero, upper: nil) : Interval(lower: nil, upper: zero)
        let claimed = Claimed(
            value: zero, accepted: accepted, plausible: plausible, text: tokens[word.token].text,
            direction: word.sign, number: nil)
        var claim = Claim(kind: from.unit == .percent ? .points : .difference, site: word.token, claimed: claimed)
        (claim.from, claim.to) = (operand(pair.from), operand(pair.to))
        return claim
    }

    /// Whether the start and end value count one noun: the word right after the start value is a word of the
    /// pair's frame ('naar', 'in', 'tot') or the same word as right after the end value.
    private func sameNoun(_ pair: FromTo) -> Bool {
        guard pair.from + 1 < tokens.count, tokens[pair.from + 1].kind == .word,
            !Self.pairFrameWords.contains(tokens[pair.from + 1].text)
        else { return true }
        return pair.to + 1 < tokens.count && tokens[pair.to + 1].text == tokens[pair.from + 1].text
    }

    /// Words between a start value and its end value that name no noun of the start value.
    private static let pairFrameWords: Set<String> = ["naar", "in", "tot", "op"]

    /// Nouns of places in a ranking, and of quantities that may be negative: a direction word about them does not
    /// say which way their number went.
    private static let signedOrRanked: Set<String> =
        Lexicon.signedQuantities.union(["plaats", "plek", "positie", "rang", "ranglijst", "ranking", "nummer"])
}
