extension ClaimParser {
    /// The start and end value of a change claimed in prose right under a run of two labelled lines of one series
    /// ('Aantal vrijwilligers: 2021: 84. 2025: 126. Het aantal is in vier jaar verdubbeld.'): from the earlier
    /// moment's value to the later's, bound by the run. None when the claim's sentence is a run itself, gives
    /// another number or a year of its own, or when the run holds other lines than those two.
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
        return (ordered[0].value, ordered[1].value)
    }

    /// The lines a run above prose must hold for the prose's change to take them as its start and end.
    static let runPair = 2
}
