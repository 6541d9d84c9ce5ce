/// A percentage that names a whole of its own, which is not what the sentence counts: 'kregen er 215 een korting van
/// 40% van het vaste tarief', 'zei 630 meer dan 40% van hun tijd … kwijt te zijn'. It is a level of that whole (a
/// tariff, a time, an income), no share of the sentence's counts; the share 'van alle huishoudens', 'van het
/// totaal', 'van hen' or 'van de ondervraagden' stays one.
extension ClaimParser {
    /// Whether the share written up to `end` is followed by 'van' and a whole of one thing that names no count of the
    /// sentence, while its counts are of units, no amounts (a share 'van het budget' may be of an amount it gives):
    /// after 'het' (never a population: 'het vaste tarief'), or after a possessive a noun of no plural ending ('hun
    /// tijd'; not 'hun kinderen'); after 'de' only for a percentage that is the level of a noun before it ('een
    /// vergoeding van 96% van de maximumprijs': no share or change noun, whose whole may be plural: 'van de
    /// reiskosten'), as 'de' opens populations too often ('van de tbs-populatie'); with no number, no word for all
    /// of the counted ('totaal', 'aantal') and no form of a noun that one of `counts` counts (nor a compound on a head
    /// of number of one: 'het ledental'), and no size of it in brackets (`bracketedWhole`). A noun's level with no
    /// 'van' after it names its own whole when it is the object of the counted (`isObjectLevel`).
    func namesOwnWhole(share start: Int, end: Int, counts: [Int]) -> Bool {
        // 'Met 11.240 van de 28.100 zaken … een kwart van hun werk': a fraction stated as such is what the share is.
        let statesFraction = counts.contains { pairedWhole(of: $0) != nil }
        let nounLevel = isNounLevel(start)
        guard !counts.isEmpty, !statesFraction, !counts.contains(where: { tokens[$0].number?.isAmount ?? true })
        else { return false }
        // 'van het ledenbestand aan het begin van het kwartaal (45.480)': the whole's size stands in brackets.
        if counts.contains(where: { bracketedWhole($0, ofShareAt: start) }) { return false }
        // 'kregen er 160 een korting van 40%.': with no whole after it, the level of what the counted got.
        if nounLevel, !(end < tokens.count && tokens[end].isWord("van")) { return isObjectLevel(start) }
        guard end + 2 < tokens.count, tokens[end].isWord("van"),
            Self.singularOpeners.contains(tokens[end + 1].text) || tokens[end + 1].isWord("de") && nounLevel
        else { return false }
        let phrase = tokens[(end + 2)..<min(tokens.count, end + 2 + Self.ownWholeReach)]
        let words = phrase.prefix {
            $0.kind == .word && !Lexicon.prepositions.contains($0.text) && !Lexicon.grammarWords.contains($0.text)
        }
        guard let head = words.last?.text, !phrase.contains(where: { $0.kind == .number }) else { return false }
        let counted = counts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        let plural = ["en", "s"].contains { head.hasSuffix($0) }
        return (tokens[end + 1].isWord("het") || nounLevel || !plural)
            && !words.contains { word in
                // 'van het ledental' after '16 leden': a compound on a head of number counts its first part.
                Self.allOfCounted.contains(word.text)
                    || counted.contains { Self.areForms($0, Self.countedNoun(word.text)) }
            }
    }

    /// Whether the percentage at `start` is the level of the noun before 'van' ('een korting van 40%'), a noun of
    /// neither a share ('een aandeel van') nor a change ('een daling van').
    private func isNounLevel(_ start: Int) -> Bool {
        guard start >= 2, tokens[start - 1].isWord("van"), tokens[start - 2].kind == .word else { return false }
        let noun = tokens[start - 2].text
        return !Lexicon.shareWords.contains(noun) && !Lexicon.changeNouns.contains(noun)
            && !Lexicon.grammarWords.contains(noun) && !Lexicon.prepositions.contains(noun)
    }

    /// Whether the level at `start` ('een korting van 40%') is the object of a count or a noun before it ('kregen er
    /// 160 een korting van 40%', also with words that describe the noun: 'een hoge korting van 40%'), no phrase set
    /// apart that restates a share (', een respons van 45%', 'dat is een opkomst van 60%').
    private func isObjectLevel(_ start: Int) -> Bool {
        var article = start - 3
        while article >= 0, article > start - 3 - Self.describingReach, tokens[article].kind == .word,
            ContrastedGroups.isContent(tokens[article].text), Lexicon.hedges[tokens[article].text] == nil
        {
            article -= 1
        }
        guard article >= 1, tokens[article].isWord("een") else { return false }
        let before = tokens[article - 1]
        return before.kind == .number || before.kind == .word && ContrastedGroups.isContent(before.text)
    }

    /// How many words may describe a level's noun between 'een' and it ('een hoge korting').
    static let describingReach = 2

    /// Articles and possessives that open a whole of its own after 'van' ('van het vaste tarief', 'van hun tijd').
    private static let singularOpeners: Set<String> = ["het", "hun", "zijn", "haar", "ons", "uw", "mijn"]

    /// Words that take up all of what the sentence counts ('van het totaal', 'van het aantal meldingen').
    static let allOfCounted: Set<String> = ["totaal", "geheel", "aantal"]

    /// How many words after the article the whole's noun is looked for.
    static let ownWholeReach = 3
}
