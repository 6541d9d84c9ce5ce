/// A change said of a time still to come: 'De prognose is dat die volgend jaar nog eens 5 procent daalt', 'Wij
/// verwachten dat het aantal komend jaar met 3 procent stijgt'. It is no restatement of a change the text has
/// given for values already counted, so a word of reference ('dat', 'die') does not tie it to the pair of the
/// sentence before: that pair may at most confirm it by position (`untiedNeighbourPair`), never contradict it.
extension ClaimParser {
    /// Whether the tokens of `range` speak of a time to come: a word of expectation or forecast, or 'volgend' or
    /// 'komend' before a noun of time ('volgend jaar', 'komende maanden'). Callers pass the words before a claim:
    /// an expectation after it speaks of the claim ('een stijging van 20 procent die we niet hadden verwacht').
    func looksAhead(_ range: Range<Int>) -> Bool {
        range.contains { index in
            guard tokens[index].kind == .word else { return false }
            let word = tokens[index].text
            if Self.expectationWords.contains(word) { return true }
            return Self.comingWords.contains(word) && index + 1 < tokens.count
                && Self.comingTimeNouns.contains(tokens[index + 1].text)
        }
    }

    /// Words of expectation and forecast, in the forms a text of figures uses ('verwachten', 'voorspelt').
    static let expectationWords = Lexicon.futureWords.union([
        "verwachten", "verwachtte", "verwachtten", "verwachtingen", "prognoses", "voorspelt", "voorspellen",
        "voorspelling", "voorspeld", "raamt", "ramen", "ramingen", "geraamd",
    ])

    /// Words that make a noun of time one still to come ('volgend jaar', 'komende maanden').
    private static let comingWords: Set<String> = ["volgend", "volgende", "komend", "komende"]

    /// Nouns of time after a word of what is coming, singular and plural.
    private static let comingTimeNouns = Lexicon.timeNouns.union(["jaren", "kwartalen", "maanden", "weken"])
}
