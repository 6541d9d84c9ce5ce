/// Counts before a total that form no list: each has a noun of its own, unlike the others' and unlike the total's,
/// and nothing between two of them lists them, no coordinator and no mark of a list ('In het stadion (42.000
/// plaatsen) werden 17 wedstrijden gespeeld, met in totaal 598.000 toeschouwers'). They count other things that stand
/// around the total, none a part of it: no sum. A list of unlike nouns ('3 auto's en 2 bussen, samen 5 voertuigen')
/// is coordinated and stays a sum.
extension ClaimParser {
    /// Whether the counts `parts` before the total at `total` are of nouns unlike each other and the total's, with no
    /// coordinator or mark of a list between any two of them.
    func countsUnlistedThings(_ parts: [Int], total: Int) -> Bool {
        guard parts.count >= 2, let totalNoun = ReadingSanity.noun(after: total, in: tokens) else { return false }
        let nouns = parts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        let unlike = nouns.indices.allSatisfy { first in
            !Self.areForms(nouns[first], totalNoun)
                && nouns.indices.allSatisfy { $0 == first || !Self.areForms(nouns[first], nouns[$0]) }
        }
        guard nouns.count == parts.count, unlike else { return false }
        let ordered = parts.sorted()
        return zip(ordered, ordered.dropFirst()).allSatisfy { first, next in
            !tokens[(first + 1)..<next].contains { token in
                Self.coordinators.contains(token.text) || token.kind == .mark && Self.listMarks.contains(token.text)
            }
        }
    }
}
