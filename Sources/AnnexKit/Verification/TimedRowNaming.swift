/// Two more ways prose names a row of the table of two times above it (`TimedTable`, `ClaimParser.timedRowChange`),
/// besides the words of the change's stretch: by stating the row's later value beside the change ('Met 98 toernooien
/// lag het aanbod 11,4% hoger dan in 2022' under 'Totaal | 88 | 98'), and by the noun right before the brackets the
/// change stands in alone ('Dankzij de recreatievaart (+14,9%) bleef het totaal op peil'), and by naming nothing but
/// the table's own quantity, which its total row totals ('Het aantal meldingen daalde met 14%' under 'Meldingen |
/// 2022 | 2023' and its rows, closed by 'Totaal | 7 | 6').
extension ClaimParser {
    /// The row of `table` whose later value the one number of the change's stretch `numbers` besides the claim at
    /// `index` states: a number of no sign nor hedge, of the rows' unit, that is the later value of exactly one row and
    /// the earlier value of none. nil when the stretch holds no such number or more numbers.
    func statedEndRow(of index: Int, among numbers: [Int], _ table: TimedTable) -> Int? {
        let others = numbers.filter { $0 != index }
        guard others.count == 1, let stated = tokens[others[0]].number, stated.sign == nil, stated.hedge == nil
        else { return nil }
        let ending = table.rows.indices.filter {
            table.rows[$0].to.unit == stated.unit && table.rows[$0].to.value == stated.value
        }
        guard ending.count == 1, !table.rows.contains(where: { $0.from.value == stated.value }) else { return nil }
        return ending[0]
    }

    /// The word right before the brackets the claim at `index` stands in alone ('de recreatievaart (+14,9%)'), the
    /// noun the change is of, whatever else its stretch names; nil when the brackets hold another word or number, or
    /// follow no word.
    func bracketHost(ofClaim index: Int) -> String? {
        guard let inside = analysis.enclosingParenthesis(of: index), inside.lowerBound >= 2,
            inside.allSatisfy({ $0 == index || tokens[$0].kind == .mark }), tokens[inside.lowerBound - 2].kind == .word
        else { return nil }
        return tokens[inside.lowerBound - 2].text
    }

    /// The total row of `table` (the one row whose label holds 'totaal') when the words of the change's stretch
    /// `stretch` name the table's own quantity (`TimedRowSubject.namesHeading`: 'incidenten' under 'Incidenten | 2022
    /// | 2023', 'onderhoudskosten' under 'Kosten onderhoud') and nothing else: every other word of the stretch is one
    /// of grammar, of direction, of reference back ('hiermee'), a count noun ('aantal') or a word of total. A word
    /// that names a row, or any other word of content ('De omzet in Duitsland'), names no total.
    func headingTotalRow(in stretch: [Int], of table: TimedTable) -> Int? {
        let totals = table.rows.indices.filter { table.rows[$0].label.contains("totaal") }
        guard totals.count == 1 else { return nil }
        let words = stretch.filter { tokens[$0].kind == .word }.map { tokens[$0].text }
        let naming = words.filter { TimedRowSubject.namesHeading($0, table.heading) }
        let labels = table.rows.map(\.label)
        guard !naming.isEmpty,
            !naming.contains(where: { word in labels.joined().contains { Self.labelNames($0, word) } })
        else { return nil }
        let others = words.filter { !naming.contains($0) }
        return others.allSatisfy(Self.isFrameWord) ? totals[0] : nil
    }

    /// Whether `word` says no more of a change than that it is one of what it names: a word of grammar, of direction
    /// or of reference back, 'aantal', 'procent', or a word of total.
    private static func isFrameWord(_ word: String) -> Bool {
        Lexicon.grammarWords.contains(word) || directionSign(of: word) != nil || Lexicon.backReferences.contains(word)
            || Lexicon.separableVerbs.contains(where: { $0.forms.contains(word) || $0.particle == word })
            || allOfCounted.contains(word) || totallingWords.contains(word) || word == "procent"
    }
}
