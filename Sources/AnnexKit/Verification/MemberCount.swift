/// A count before a list of as many counts may count the list's members ('twee nieuwe klinieken, met zestig en
/// vierenveertig bedden, samen honderdvier plaatsen': two clinics, each with its beds), not add to them; or be a part
/// like the others ('2 bussen, 1 tram en 1 metro, samen 4 voertuigen'). The sentence does not say which, so a total
/// over such a list is read as the sum of the list after the count, by position only: it may confirm the total, never
/// contradict it.
extension ClaimParser {
    /// The counts of `before` (a total's parts before its cue, in the order of the text) after the first, when the
    /// first's value is how many they are (see `MemberCount`); nil otherwise.
    func membersCounted(_ before: [Int]) -> [Int]? {
        guard before.count >= Self.fewestMembers + 1, let first = before.first, let count = tokens[first].number,
            count.unit == .count, count.value == Exact(before.count - 1)
        else { return nil }
        return Array(before.dropFirst())
    }

    /// The fewest members a counted list has: one member is no list.
    static let fewestMembers = 2
}
