/// A percentage that names a whole of its own, which is not what the sentence counts: 'kregen er 215 een korting van
/// 40% van het vaste tarief', 'zei 630 meer dan 40% van hun tijd … kwijt te zijn'. It is a level of that whole (a
/// tariff, a time, an income), no share of the sentence's counts; the share 'van alle huishoudens', 'van het
/// totaal', 'van hen' or 'van de ondervraagden' stays one.
extension ClaimParser {
    /// Whether the share written up to `end` is followed by 'van' and a whole of one thing that names no count of the
    /// sentence, while its counts are of units, no amounts (a share 'van het budget' may be of an amount it gives):
    /// after 'het' (never a population: 'het vaste tarief'), or after a possessive a noun of no plural ending ('hun
    /// tijd'; not 'hun kinderen'); 'de' opens populations too often ('van de tbs-populatie'); with no number, no word
    /// for all of the counted ('totaal', 'aantal') and no form of a noun that one of `counts` counts.
    func namesOwnWhole(afterShare end: Int, counts: [Int]) -> Bool {
        // 'Met 11.240 van de 28.100 zaken … een kwart van hun werk': a fraction stated as such is what the share is.
        let statesFraction = counts.contains { count in
            count + 1 < tokens.count && tokens[count + 1].isWord("van")
                && number(after: count + 1, skipping: Lexicon.wholeDeterminers) != nil
        }
        guard !counts.isEmpty, !statesFraction, !counts.contains(where: { tokens[$0].number?.isAmount ?? true }),
            end + 2 < tokens.count, tokens[end].isWord("van"), Self.singularOpeners.contains(tokens[end + 1].text)
        else { return false }
        let phrase = tokens[(end + 2)..<min(tokens.count, end + 2 + Self.ownWholeReach)]
        let words = phrase.prefix {
            $0.kind == .word && !Lexicon.prepositions.contains($0.text) && !Lexicon.grammarWords.contains($0.text)
        }
        guard let head = words.last?.text, !phrase.contains(where: { $0.kind == .number }) else { return false }
        let counted = counts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        let plural = ["en", "s"].contains { head.hasSuffix($0) }
        return (tokens[end + 1].isWord("het") || !plural)
            && !words.contains { word in
                Self.allOfCounted.contains(word.text) || counted.contains { Self.areForms($0, word.text) }
            }
    }

    /// Articles and possessives that open a whole of its own after 'van' ('van het vaste tarief', 'van hun tijd').
    private static let singularOpeners: Set<String> = ["het", "hun", "zijn", "haar", "ons", "uw", "mijn"]

    /// Possessives that open a whole of its own after 'van' ('van hun tijd', 'van zijn inkomen').
    private static let possessives: Set<String> = ["hun", "zijn", "haar", "ons", "uw", "mijn"]

    /// Words that take up all of what the sentence counts ('van het totaal', 'van het aantal meldingen').
    private static let allOfCounted: Set<String> = ["totaal", "geheel", "aantal"]

    /// How many words after the article the whole's noun is looked for.
    static let ownWholeReach = 3
}
