/// A share of what is left of a whole its sentence splits: 'Van de 900 aanvragen kwamen er 240 per post en 160 aan
/// de balie binnen; de rest, ruim 55%, via de website.' A percentage that a word of the rest refers to right before it
/// ('de rest, …', 'de overige 55%') is the share of the whole the sentence marks ('Van de 900') less the counts the
/// sentence lists before it: (900 − 240 − 160) / 900 = 55,6%. Those counts are one list (one count, or several
/// joined by ',' and a last 'en'), of one kind with the whole, none counting time, together less than it; the sentence
/// has no other count and no other percentage (a list of percentages splits 100%, `percentRemainderReading`).
extension ClaimParser {
    /// The part and whole of the share at `start..<end` when it is such a rest's (see the extension).
    func shareOfRest(at start: Int, end: Int) -> (Operand?, Operand?)? {
        let percentages = numbers(.percent, in: tokens.indices)
        guard referringRest(before: start) != nil, percentages.allSatisfy((start..<end).contains) else { return nil }
        let counts = numbers(.count, in: tokens.indices)
        let wholes = counts.filter(isWholeMarked)
        guard wholes.count == 1, let whole = wholes.first else { return nil }
        let parts = counts.filter { $0 != whole }
        guard let first = parts.first, let last = parts.last, whole < first, last < start,
            parts.count == 1 || coordinated(parts) == parts, !parts.contains(where: countsTime),
            ReadingSanity.kindAlike(parts + [whole], in: tokens)
        else { return nil }
        let total = operand(whole)
        let rest = Operand(rest: total, less: parts.map { operand($0) })
        guard let least = rest.bounds.lower, least > Exact(0) else { return nil }
        return (rest, total)
    }
}
