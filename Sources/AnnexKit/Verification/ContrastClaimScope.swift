/// A comparison after two sentences of one value each that is of another group or time than theirs: it compares with
/// a name after 'als' or 'dan' that neither sentence's group is ('In Tiel staan 120 laadpalen. In Buren staan er 80.
/// Tiel heeft dus twee keer zoveel laadpalen als Culemborg'), or its own clause names a year none of the two values is
/// of ('Tiel had in 2020 dus …'). Such a claim takes no pair of the two sentences (`contrastAcrossSentences(of:)`);
/// with no other it stays unverifiable. A time after 'dan' ('dan vier jaar eerder') names no group.
extension ClaimParser {
    /// Whether the clause of the claim at `index` leaves the groups or times of `values` (the two sentences' values,
    /// whose groups are `groups`): a name after 'als'/'dan' that neither group is, or a year none of `values` is of.
    func leavesContrast(_ index: Int, values: [Operand], groups: ContrastedGroups) -> Bool {
        let clause = analysis.clause(of: index)
        let after = clause.filter { $0 > index }
        if let marker = after.first(where: { tokens[$0].isWord("als") || tokens[$0].isWord("dan") }),
            let named = after.first(where: {
                $0 > marker && tokens[$0].kind == .word && ContrastedGroups.isContent(tokens[$0].text)
            }),
            analysis.text(named..<(named + 1)).first?.isUppercase == true,
            !groups.names.joined().contains(where: { ContrastedGroups.related(tokens[named].text, $0) })
        {
            return true
        }
        return clause.contains { position in
            tokens[position].year.map { year in !values.contains { $0.year == year } } ?? false
        }
    }
}
