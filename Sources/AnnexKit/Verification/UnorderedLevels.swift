/// Two levels of one quantity, one stated and the other restated for another time by a pronoun ('Het aandeel …
/// bedraagt 78,4%. In de vorige meting (2021) was dat 81,9%.', '… 14,2 procent …; in 2021 was dat 17,8 procent'),
/// when the text does not say which time is the earlier: one of the two has no year, and no mark of the past or of
/// now orders them. A change of the two that names its direction ('een daling van 3,5 procentpunt', '20 procent
/// minder') can be right in one order only: a fall runs from the larger level to the smaller, a rise from the
/// smaller to the larger, whichever time each level has. So such a change is read in that order, and only its size
/// is checked; a right change is never read against the other base. A change with no direction ('een verschil
/// van …') or two equal levels give no pair.
struct UnorderedLevels: Sendable {
    let first: Operand
    let second: Operand

    /// The two levels as the start and end of a change of direction `sign` (+1 a rise, −1 a fall).
    func ordered(by sign: Int?) -> (from: Operand, to: Operand)? {
        guard let sign, sign != 0, first.value != second.value else { return nil }
        let (smaller, larger) = first.value < second.value ? (first, second) : (second, first)
        return sign > 0 ? (smaller, larger) : (larger, smaller)
    }

    /// The same levels, taken over by a later sentence.
    var carriedOver: UnorderedLevels { UnorderedLevels(first: first.carriedOver, second: second.carriedOver) }
}

extension ClaimParser {
    /// The two levels the sentence gives by restating a quantity for another time, in one sentence
    /// (`restatedStretchLevels`) or after the one before (`restatedLevels`), when nothing orders their times. With
    /// `claim`, the change the sentence states of them, left out of the levels. None when the sentence names more
    /// than one year (a third time leaves the levels in doubt), or when the restating clause names no time of its
    /// own ('Dat is 3,5 miljoen extra' may state a difference, no level).
    func unorderedLevels(besides claim: Int? = nil) -> UnorderedLevels? {
        guard Set(tokens.compactMap(\.year)).count <= 1,
            let levels = restatedStretchLevels(besides: claim) ?? restatedLevels(besides: claim), !levels.isOrdered,
            let restating = levels.to.token, namesTime(analysis.clause(of: restating))
        else { return nil }
        return UnorderedLevels(first: levels.from, second: levels.to)
    }

    /// Whether the clause names a time: a year ('In 2020 was dat …') or a noun of time, also at the end of a
    /// compound ('In het verslagjaar waren het er …').
    private func namesTime(_ clause: Range<Int>) -> Bool {
        clause.contains { index in
            let token = tokens[index]
            return token.year != nil || token.kind == .word && Lexicon.timeNouns.contains { token.text.hasSuffix($0) }
        }
    }
}
