/// A share that restates the part and whole of the sentence before, with the level of that share in an earlier year
/// beside it: 'Van de 2.400 aanvragen zijn er 540 afgewezen. Dat is 22,5 procent (2023: 19,0 procent).', '…, tegen
/// 19 procent in 2023'. The two percentages are the start and end of a change (the next sentence may state it: 'Het
/// aandeel steeg daarmee met 3,5 procentpunt'), so both are operands; the later one is also the share of the part and
/// whole before, and that is its claim. The dated one is the earlier level of that share, no claim to check against
/// them. A value beside the share with no year of its own ('Dat is 8 procent, 6 procent minder dan …') is no such
/// level, nor is a share dated itself or one whose part is of the start's year.
///
/// The part and whole may stand in the share's own sentence instead, before the dated level: 'In 45 van de 300
/// ritten ging het mis, 15,0% (2023: 17,2%)', '… 45 uitvallers, 15,0% van alle 300 ritten (2023: 17,2%)'. They are
/// then the share's as they would be without the bracket, so long as neither is a value of a change.
extension ClaimParser {
    /// The share claim of the percentage at `index`, an operand as the end of a change, when its every start has a
    /// year of its own, it has none, and the text gives its part and whole: before its sentence, which its clause
    /// refers back to, or in its sentence (`statesOwnPartAndWhole`).
    func shareBesideEarlierLevel(_ index: Int, _ number: WrittenNumber) -> Claim? {
        let starts = pairs.filter { $0.to == index }.map(\.from)
        let years = starts.compactMap { analysis.explicitYear(of: $0)?.year }
        guard !starts.isEmpty, years.count == starts.count, !pairs.contains(where: { $0.from == index }),
            analysis.explicitYear(of: index) == nil
        else { return nil }
        let share = shareReading(index, number)
        guard let part = share.part, let whole = share.whole, !years.contains(where: { $0 == part.year }),
            refersBack(analysis.clause(of: index)) || statesOwnPartAndWhole(part, whole, share: index, before: starts)
        else { return nil }
        return share
    }

    /// Whether a share's part and whole are both numbers of its own sentence that stand before every start value
    /// `starts` of the change it ends, the part before the share at `share` too, neither of them a value of any
    /// change.
    private func statesOwnPartAndWhole(_ part: Operand, _ whole: Operand, share: Int, before starts: [Int]) -> Bool {
        guard let partToken = part.token, let wholeToken = whole.token, let first = starts.min(), partToken < share
        else { return false }
        let levels = Set(pairs.flatMap { [$0.from, $0.to] })
        return [partToken, wholeToken].allSatisfy { $0 < first && !levels.contains($0) }
    }
}
