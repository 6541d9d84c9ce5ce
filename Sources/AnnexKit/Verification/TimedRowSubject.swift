/// Prose under a table of two times (`TimedTable`) may name a row only as what another quantity is of: 'De ritduur
/// van de deelfietsen steeg met 30 procent' under 'Deelfietsen | 40 | 50' is a change of the ride's length, not of the
/// count of bikes. The row's word then stands in a phrase of a preposition after the head noun of a noun phrase
/// ('de ritduur van', 'het onderhoud bij'), and that noun is the change's subject. The row is still the change's when
/// that noun is the table's own quantity, as its title or header names it ('De omzet van non-fictie' under 'Omzet
/// naar genre'), the row's own word ('Het aantal reddingen uit zee' under 'Reddingen uit zee'), a count noun ('het
/// aantal bij de bankjes'), a noun of change ('de groei bij de bankjes') or the noun 'het aantal' counts ('Het
/// aantal cliënten met huishoudelijke hulp': the row divides what is counted). Under a table of percentages a noun of
/// percentage names the table's own quantity ('Het percentage in Oost daalde' under 'Oost | 91,8% | 90,9%').
enum TimedRowSubject {
    /// The most tokens from the preposition to the row's word ('van de deelfietsen', 'met label E').
    static let prepositionReach = 3
    /// The most inflected adjectives or counted nouns between a determiner and its head ('het aantal verhuurde').
    static let modifierReach = 2
    /// Words that open a noun phrase: articles, demonstratives and possessives ('de', 'deze', 'hun').
    static let determiners = Lexicon.articles.union(Lexicon.wholeDeterminers)

    /// Whether `word` names the quantity of a table whose heading holds `heading`: one of its words, a form of one,
    /// or a compound of one ('ledental' of 'Leden', 'marktaandeel' of 'Marktaandelen').
    static func namesHeading(_ word: String, _ heading: [String]) -> Bool {
        heading.contains { title in
            ClaimParser.sharesStem(word, title) || ContrastedGroups.related(word, title)
                || isCompound(word, of: title) || isCompound(title, of: word)
        }
    }

    /// Whether `word` is a noun of percentage, which names the quantity of a table whose rows are all percentages.
    static func namesPercentage(_ word: String, of table: TimedTable) -> Bool {
        percentageNouns.contains(word) && table.rows.allSatisfy { $0.from.unit == .percent }
    }

    /// Nouns that name a percentage as a quantity.
    private static let percentageNouns: Set<String> = ["percentage", "aandeel"]

    /// Whether `long` opens or ends with all of `short`, a part of at least `ContrastedGroups.compoundPart` letters.
    private static func isCompound(_ long: String, of short: String) -> Bool {
        short.count >= ContrastedGroups.compoundPart && (long.hasPrefix(short) || long.hasSuffix(short))
    }
}

extension ClaimParser {
    /// Whether the words in `stretch` that name the row of `label` name it as what another quantity than the table's
    /// is of (`TimedRowSubject`): a word of the row after a preposition whose noun phrase before it has a head that is
    /// none of the table's quantity, the row's word, a count noun, a noun of change, the noun 'het aantal' counts or,
    /// under percentages, a noun of percentage.
    /// `claim`: the claim's token, which no such phrase holds.
    func namesRowOfOtherQuantity(
        _ label: [String], in stretch: ClosedRange<Int>, claim: Int, table: TimedTable
    ) -> Bool {
        stretch.contains { position in
            guard tokens[position].kind == .word, label.contains(where: { Self.labelNames($0, tokens[position].text) }),
                let phrase = nounPhrase(before: position, from: stretch.lowerBound),
                !(phrase.opener...phrase.head).contains(claim)
            else { return false }
            let head = tokens[phrase.head].text
            let counted = tokens[phrase.opener..<phrase.head].contains { $0.isWord("aantal") }
            return !counted && !ClaimParser.allOfCounted.contains(head) && !Lexicon.changeNouns.contains(head)
                && !label.contains(where: { Self.labelNames($0, head) })
                && !TimedRowSubject.namesHeading(head, table.heading)
                && !TimedRowSubject.namesPercentage(head, of: table)
        }
    }

    /// The noun phrase a preposition at most `TimedRowSubject.prepositionReach` words before `position` follows: its
    /// determiner and its head right before the preposition, with only inflected adjectives ('gemiddelde') or 'aantal'
    /// between them ('de ritduur van', 'het aantal verhuurde fietsen met'); nil when no such phrase ends there (an
    /// opening phrase 'Bij de bankjes', a verb 'steeg bij de bankjes').
    private func nounPhrase(before position: Int, from start: Int) -> (opener: Int, head: Int)? {
        let reach = max(start, position - TimedRowSubject.prepositionReach)..<position
        guard let preposition = reach.last(where: { Lexicon.prepositions.contains(tokens[$0].text) }),
            tokens[preposition..<position].allSatisfy({ $0.kind == .word }), preposition - 1 >= start
        else { return nil }
        let head = preposition - 1
        guard tokens[head].kind == .word, ContrastedGroups.isContent(tokens[head].text), tokens[head].number == nil
        else { return nil }
        var opener = head - 1
        while opener >= max(start, head - 1 - TimedRowSubject.modifierReach), tokens[opener].kind == .word,
            tokens[opener].text == "aantal" || isInflectedAdjective(tokens[opener].text)
        {
            opener -= 1
        }
        guard opener >= start, tokens[opener].kind == .word, TimedRowSubject.determiners.contains(tokens[opener].text)
        else { return nil }
        return (opener, head)
    }

    /// Whether `word` may be an adjective inflected before a noun: a word of content ending in 'e' ('gemiddelde').
    private func isInflectedAdjective(_ word: String) -> Bool {
        word.hasSuffix("e") && ContrastedGroups.isContent(word) && !TimedRowSubject.determiners.contains(word)
    }
}
