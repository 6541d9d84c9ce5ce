extension ClaimParser {
    /// The start and end value of a change claimed in prose right under a run of two labelled lines of one series
    /// ('Aantal vrijwilligers: 2021: 84. 2025: 126. Het aantal is in vier jaar verdubbeld.'): from the earlier
    /// moment's value to the later's, bound by the run. None when the claim's sentence is a run itself, gives
    /// another number or a year of its own, or when the run holds other lines than those two. When the prose names
    /// what it counts ('Het aantal banen groeide met 8%' under 'Inwoners 2023: 4.200. Inwoners 2024: 4.410.') and
    /// the labels name something else, the lines are not its values: none at all.
    func runChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard analysis.labelledLines == nil, analysis.numberIndices.allSatisfy({ $0 == index }),
            !tokens.contains(where: { $0.year != nil })
        else { return nil }
        let run = discourse.labelledRun
        guard run.count == Self.runPair, run.allSatisfy({ $0.value.unit == unit }), CarriedLine.areSeries(run) else {
            return nil
        }
        let ordered = run.sorted { $0.label.moments[0].order < $1.label.moments[0].order }
        guard ordered[0].label.moments[0] != ordered[1].label.moments[0] else { return nil }
        let labels = run.flatMap(\.label.words)
        let subjects = countedSubjects()
        if !labels.isEmpty, !subjects.isEmpty,
            !subjects.contains(where: { subject in labels.contains { ContrastedGroups.related($0, subject) } })
        {
            return (nil, nil)
        }
        return (ordered[0].value, ordered[1].value)
    }

    /// The words by which a sentence names what it counts: the noun after 'aantal' ('Het aantal banen'), or the
    /// noun after the article that opens it ('De werkgelegenheid groeide …'), when that is no noun of change ('De
    /// groei was …') and no word for a count as such.
    private func countedSubjects() -> [String] {
        tokens.indices.filter { position in
            guard position > 0, tokens[position].kind == .word else { return false }
            let word = tokens[position].text
            let opening = position == 1 && Self.subjectArticles.contains(tokens[0].text)
            return (tokens[position - 1].isWord("aantal") || opening) && ContrastedGroups.isContent(word)
                && word != "aantal" && !Lexicon.changeNouns.contains(word) && Self.directionSign(of: word) == nil
                && Lexicon.hedges[word] == nil
        }.map { tokens[$0].text }
    }

    /// The lines a run above prose must hold for the prose's change to take them as its start and end.
    static let runPair = 2
}
