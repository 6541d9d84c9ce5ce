/// A share that restates the part and whole of the sentence before, with the level of that share in an earlier year
/// beside it: 'Van de 2.400 aanvragen zijn er 540 afgewezen. Dat is 22,5 procent (2023: 19,0 procent).', '…, tegen
/// 19 procent in 2023'. The two percentages are the start and end of a change (the next sentence may state it: 'Het
/// aandeel steeg daarmee met 3,5 procentpunt'), so both are operands; the later one is also the share of the part and
/// whole before, and that is its claim. The dated one is the earlier level of that share, no claim to check against
/// them. A value beside the share with no year of its own ('Dat is 8 procent, 6 procent minder dan …') is no such
/// level, nor is a share dated itself or one whose part is of the start's year.
extension ClaimParser {
    /// The share claim of the percentage at `index`, an operand as the end of a change, when its every start has a
    /// year of its own, it has none, its clause refers back, and the text gives its part and whole.
    func shareBesideEarlierLevel(_ index: Int, _ number: WrittenNumber) -> Claim? {
        let starts = pairs.filter { $0.to == index }.map(\.from)
        let years = starts.compactMap { analysis.explicitYear(of: $0)?.year }
        guard !starts.isEmpty, years.count == starts.count, !pairs.contains(where: { $0.from == index }),
            analysis.explicitYear(of: index) == nil, refersBack(analysis.clause(of: index))
        else { return nil }
        let share = shareReading(index, number)
        guard let part = share.part, share.whole != nil, !years.contains(where: { $0 == part.year }) else {
            return nil
        }
        return share
    }
}
