/// A total in prose under the rows of a table written as text, each row a sentence of its own (`TableBlock.readsRow`):
/// 'Samen telden de afdelingen 1.300 leden' under 'Afdeling Noord | 412 leden | gemiddeld € 85 contributie', … adds
/// the rows' counts of the noun the total counts, one per row; the means beside them ('gemiddeld € 85') and counts of
/// other nouns are no parts of it.
extension ClaimParser {
    /// The counts of the sentence when it is a row of a table written as text between bars, one line long, with what
    /// each counts; no mean among them. Nil when the sentence is no such row.
    func tableRowCounts() -> [CountedValue]? {
        let sentence = analysis.sentence
        guard sentence.lines.count == 1, TextTableRow.isBarred(sentence.text) else { return nil }
        return countedIndices().filter { !isAveraged($0) }.map { countedValue($0) }
    }

    /// The parts of a total at `total` of `unit` under the rows right before it (`Discourse.rowRun`): from each row its
    /// one count whose noun names the noun after the total, or a compound of it. Nil when fewer than two rows stand
    /// before it, the total names no noun, or a row has no such count or more than one: the rows are then no parts
    /// known by their nouns.
    func rowRunParts(_ unit: NumberUnit, total: Int) -> [Operand]? {
        let rows = discourse.rowRun
        guard rows.count >= Self.leastParts, let noun = ReadingSanity.noun(after: total, in: tokens) else {
            return nil
        }
        var parts: [Operand] = []
        for row in rows {
            let named = row.filter { $0.operand.unit == unit && $0.noun.map { Self.namesUnit($0, noun) } == true }
            guard named.count == 1 else { return nil }
            parts.append(named[0].operand)
        }
        return parts
    }
}
