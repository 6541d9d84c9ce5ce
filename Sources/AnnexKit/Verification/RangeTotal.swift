/// A total written as a range of counts ('tussen 1.500 en 1.800 kiezers: … 612, … 544 en … 497'): the sum of its
/// parts is right when it lies in the range, from the lower bound (as it rounds) to the upper one.
extension ClaimParser {
    /// The claimed value of a sum's total at `total`: as written, or from the lower bound of the range it closes
    /// ('tussen 1.500 en 1.800') up to itself.
    func totalClaimed(_ total: Int, _ number: WrittenNumber) -> Claimed {
        let written = precise(number, direction: nil)
        guard number.hedge == nil, let lower = rangeLowerBound(closedBy: total) else { return written }
        let low = Interval.rounding(to: lower.value, step: lower.step)
        let accepted = Interval(
            lower: low.lower, upper: written.accepted.upper, lowerOpen: low.lowerOpen,
            upperOpen: written.accepted.upperOpen)
        return Claimed(
            value: written.value, accepted: accepted, plausible: accepted,
            text: "tussen \(lower.text) en \(written.text)", direction: written.direction, number: number)
    }

    /// The lower bound of a range of counts 'tussen A en B' that the number at `upper` closes: a bare count of the
    /// same unit and multiplier, smaller than it; 'het verschil tussen 80 en 120' compares two values, no range.
    func rangeLowerBound(closedBy upper: Int) -> WrittenNumber? {
        guard upper >= 3, tokens[upper - 1].isWord("en"), tokens[upper - 3].isWord("tussen"),
            !(upper >= 4 && Lexicon.changeNouns.contains(tokens[upper - 4].text)),
            let bound = tokens[upper - 2].number, let number = tokens[upper].number, tokens[upper - 2].kind == .number,
            bound.unit == number.unit, bound.multiplier == number.multiplier, bound.hedge == nil,
            bound.value < number.value
        else { return nil }
        return bound
    }
}
