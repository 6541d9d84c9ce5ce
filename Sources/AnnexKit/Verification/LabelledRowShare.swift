/// A share in prose right under a pasted table that names its part by a row's label: 'De industrie is goed voor 30
/// procent van het totaal.' under 'Industrie: 46,2' … 'Totaal: 153,4'; 'Ruim een kwart van de nieuwe uitkeringen kwam
/// uit de uitzendsector.' under 'Uitzendbedrijven\t12.010' … 'Totaal\t46.300', also after a blank line. The part is
/// the one row whose label has a word the sentence has, or one of the same stem (`sharesStem`: 'uitzendsector' and
/// 'uitzendbedrijven'), a word that names that row alone ('thuis' of 'Zorg thuis', not 'zorg': `TellingWords`), and
/// the whole is the table's total line (`Discourse.rowsAndTotal`), or the rows' sum under a title that says they split
/// one whole (`Discourse.summedRows`: then only for a sentence with no number but the share), or the total row of a
/// table between bars or at tabs in the column the sentence names (`TableAbove.rowsAndTotal(namedBy:years:)`), or, for
/// a share a change ended at ('steeg tot 38 procent') in a sentence with no year, the column of the latest year. Read
/// only when the sentence has no count of its own, one row is told apart, and a whole the share names after 'van' is
/// the total ('van het totaal') or a word of the table's title or that column's header ('van de nieuwe uitkeringen'
/// under 'Nieuwe uitkeringen naar sector'): a share of another whole is about something else ('30 procent van de
/// bedrijven in de industrie').
extension ClaimParser {
    /// The row named by its label and the total line of the table right above, for the share at `start..<end`.
    func labelledRowShare(start: Int, end: Int) -> (part: Operand, whole: Operand)? {
        let named = Set(analysis.words(tokens.indices)).subtracting(Lexicon.grammarWords)
        let years = Set(tokens.compactMap(\.year))
        let ofWhole = end < tokens.count && tokens[end].isWord("van")
        // 'Vier op de tien doden …': the word of content right after the share is the noun its whole counts.
        let counted =
            end < tokens.count && tokens[end].kind == .word && ContrastedGroups.isContent(tokens[end].text)
            ? tokens[end].text : nil
        let table = discourse.rowsAndTotal
            ?? analysis.sentence.tableAbove?.rowsAndTotal(
                namedBy: named, years: years, latest: years.isEmpty && isEndLevel(shareAt: start),
                wholeNamed: ofWhole, countedNoun: counted)
        guard let table, namesTableWhole(after: end, title: table.title) else { return nil }
        // Rows summed to their whole may hold numbers in their labels ('65-74 jaar'): a sentence with a number besides
        // the share ('… 65 jaar of ouder') may name several rows by it.
        if table.summed, analysis.numberIndices.contains(where: { !(start..<end).contains($0) }) { return nil }
        let rows = table.rows
        guard let told = Self.toldRow(amongst: rows.map(\.label), by: named), rows[told].count.unit == table.total.unit
        else { return nil }
        var part = rows[told].count
        var whole = table.total
        part.binding = OperandBinding(.labelledLine)
        whole.binding = OperandBinding(.labelledLine)
        return (part, whole)
    }

    /// Whether the share at `start` is the level a change ended at: 'tot' or 'naar' right before it (past its hedge),
    /// after a word of direction in its clause ('Het aandeel van … steeg tot 38 procent').
    private func isEndLevel(shareAt start: Int) -> Bool {
        let at = Self.positionPastHedges(before: start, in: tokens)
        let clause = analysis.clause(of: start)
        return at > clause.lowerBound && at < start && (tokens[at].isWord("tot") || tokens[at].isWord("naar"))
            && !directions(in: clause.lowerBound..<at).isEmpty
    }

    /// Whether the whole the share names after it, if any ('van het totaal', 'van de nieuwe uitkeringen'), is the
    /// table's: its first word after the determiners and adjectives is 'totaal' or shares a stem with a title word, or
    /// is the head of a compound of the title ('van ons bezit' under 'Woningbezit naar type': `namesUnit`).
    private func namesTableWhole(after end: Int, title: [String]) -> Bool {
        guard end < tokens.count, tokens[end].isWord("van") else { return true }
        let phrase = tokens[(end + 1)...].prefix { $0.kind == .word }.map(\.text)
            .filter { !Lexicon.wholeDeterminers.contains($0) }
            .prefix { !Lexicon.prepositions.contains($0) && !Lexicon.finiteVerbs.contains($0) }
            .prefix(Self.wholeReach)
        guard !phrase.isEmpty else { return false }
        return phrase.contains("totaal")
            || phrase.contains { word in title.contains { Self.sharesStem(word, $0) || Self.namesUnit($0, word) } }
    }

    /// Whether two words are one, or share a stem of at least `shortestStem` letters ('uitzendsector',
    /// 'uitzendbedrijven').
    static func sharesStem(_ one: String, _ other: String) -> Bool {
        one == other || one.commonPrefix(with: other).count >= shortestStem
    }

    /// The fewest letters a shared stem has: 'uitzend' is one, 'onder' ('onderwijs', 'ondernemingen') none.
    static let shortestStem = 6
}
