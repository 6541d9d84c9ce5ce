/// A whole said to be made up of amounts, each given before what it is made of: 'De lasten van € 52 miljoen
/// bestaan voor € 31 miljoen uit salarissen, voor € 12 miljoen uit huisvesting en voor € 9 miljoen uit overige
/// kosten.' The verb of composition and 'uit' stand apart ('bestaat voor … uit'), so no phrase of
/// `Lexicon.compositionCues` ties the list to its whole; the 'voor' before every part does.
extension ClaimParser {
    /// The whole and parts of each composition by amounts in the sentence: a form of 'bestaan' followed by 'voor' and
    /// a number; the whole is the number before the verb in its stretch, the parts the coordinated numbers of its unit
    /// after it, each right after 'voor' (past '€' or a hedge), none after a word of selection ('onder meer').
    func compositionsByAmount() -> [(whole: Int, parts: [Int])] {
        let stretches = analysis.stretches
        var found: [(whole: Int, parts: [Int])] = []
        for verb in tokens.indices.dropLast()
        where Lexicon.compositionVerbs.contains(tokens[verb].text) && tokens[verb + 1].isWord("voor") {
            guard let whole = analysis.numberIndices.last(where: { $0 < verb }), stretches[whole] == stretches[verb],
                let unit = tokens[whole].number?.unit, unit == .count
            else { continue }
            let parts = coordinated(candidates(unit, in: (verb + 1)..<tokens.count))
            guard parts.count >= 2, parts.allSatisfy({ followsFor($0, after: verb) }),
                !((verb + 1)..<parts[parts.count - 1]).contains(where: {
                    analysis.firstPhrase(Lexicon.selectionMarkers, at: $0) != nil
                })
            else { continue }
            found.append((whole, parts))
        }
        return found
    }

    /// Whether 'voor' stands right before the number at `index` (past '€' or a hedge), after `verb`.
    private func followsFor(_ index: Int, after verb: Int) -> Bool {
        let before = Self.positionPastHedgesAndEuro(before: index, in: tokens, above: verb)
        return before > verb && tokens[before].isWord("voor")
    }
}
