/// Two counts joined by a word of division, the total before the units it is spread over: '12.604 toezichten op 450
/// fte', '9.640 cliënten verdeeld over 402 werkers', '6.880 consulten in 320 diensten', '1.752 contacten bij 730
/// jongeren'. After a colon that closes a rate's phrase they restate the rate ('gemiddeld 28 toezichten: …').
extension ClaimParser {
    /// The tokens after a colon right after `phrase` up to the end of its sentence or the next ';', at its depth,
    /// when a number opens them (past its currency sign): a bare restatement, no clause of its own ('…: we hebben
    /// € 9,4 miljoen voor 780 cliënten' says how the rate came about, not that it is their ratio).
    func colonTail(after phrase: Int) -> Range<Int>? {
        guard phrase + 2 < tokens.count, tokens[phrase + 1].isMark(":") else { return nil }
        var first = phrase + 2
        if tokens[first].kind == .mark, first + 1 < tokens.count, tokens[first + 1].number?.currency.isEmpty == false {
            first += 1
        }
        guard tokens[first].number != nil else { return nil }
        let depth = tokens[phrase + 1].depth
        let end = tokens[(phrase + 2)...].firstIndex { $0.isMark(";") && $0.depth == depth } ?? tokens.count
        return (phrase + 2)..<end
    }

    /// Whether only words stand between the counts at `first` and `second`, one of them a word of division and none
    /// a word that joins a list ('3 op kantoor en 2 thuis' lists two parts; it divides nothing).
    func dividesCounts(_ first: Int, _ second: Int) -> Bool {
        guard first + 1 < second else { return false }
        let between = tokens[(first + 1)..<second]
        return between.allSatisfy { $0.kind == .word && !Self.listJoiners.contains($0.text) }
            && between.contains { Self.divisionWords.contains($0.text) }
    }

    /// Whether 'goed voor' joins the counts at `first` and `second`: the first accounts for the second, so the
    /// second is the total and the first the units it is spread over ('1.500 gasten waren goed voor 3.600
    /// overnachtingen').
    func accountsFor(_ first: Int, _ second: Int) -> Bool {
        ((first + 1)..<second).contains { analysis.phraseEnd("goed voor", at: $0) != nil }
    }

    /// Whether 'elk', 'elke', 'ieder' or 'iedere' and a word stand before the number at `index` in its clause: a
    /// rate per each of a unit ('Op elke vrijgekomen kamer reageerden 31 studenten').
    func namesEachUnit(before index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return (clause.lowerBound..<index).contains {
            Self.eachWords.contains(tokens[$0].text) && $0 + 1 < index && tokens[$0 + 1].kind == .word
        }
    }

    /// Prepositions that spread a total over units ('op', 'over', 'in', 'bij', 'voor', 'tegenover').
    static let divisionWords: Set<String> = ["op", "over", "in", "bij", "voor", "tegenover"]

    /// Words that join the items of a list.
    private static let listJoiners: Set<String> = ["en", "of", "plus"]
}
