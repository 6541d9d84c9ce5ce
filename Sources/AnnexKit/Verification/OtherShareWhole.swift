/// A share that names after 'van de' or 'van het' a whole other than the one its sentence counts, while another share
/// of the sentence takes those counts as its pair: 'De 38.000 leden van 65 jaar en ouder (12 procent van alle 317.000
/// leden) zorgen voor bijna de helft van de bezoeken.' The half is of the visits, a whole the sentence gives no count
/// of; the members' pair is the twelve percent's, and the half takes none of it.
extension ClaimParser {
    /// Whether the share written from `start` up to `end` names its whole after 'van de' or 'van het' by words of
    /// which none is a form of a noun `counts` count nor a word for all of the counted ('totaal'), with no number in
    /// that phrase, while one of `counts` is the whole another share of the sentence marks ('12 procent van alle
    /// 317.000').
    func namesOtherSharesWhole(share start: Int, end: Int, counts: [Int]) -> Bool {
        guard end + 2 < tokens.count, tokens[end].isWord("van"), Self.wholeArticles.contains(tokens[end + 1].text)
        else { return false }
        let phrase = tokens[(end + 2)..<min(tokens.count, end + 2 + Self.ownWholeReach)]
        let words = phrase.prefix {
            $0.kind == .word && !Lexicon.prepositions.contains($0.text) && !Lexicon.grammarWords.contains($0.text)
        }
        let counted = counts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        guard !words.isEmpty, !counted.isEmpty, !phrase.contains(where: { $0.kind == .number }),
            !words.contains(where: { word in
                Self.allOfCounted.contains(word.text) || counted.contains { Self.areForms($0, word.text) }
            })
        else { return false }
        return counts.contains { isWholeOfAnotherShare($0, than: start..<end) }
    }

    /// Whether the count at `whole` follows 'van' (and a determiner: 'van alle 317.000') right after a percentage or
    /// a fraction's word that is not the share written at `own`.
    private func isWholeOfAnotherShare(_ whole: Int, than own: Range<Int>) -> Bool {
        var van = whole - 1
        while van > 0, Lexicon.wholeDeterminers.contains(tokens[van].text) { van -= 1 }
        guard van >= 1, tokens[van].isWord("van"), !own.contains(van - 1) else { return false }
        let share = tokens[van - 1]
        return share.number?.unit == .percent || share.kind == .word && Lexicon.fractions[share.text] != nil
    }

    /// Articles that open a whole named in words after 'van' ('van de bezoeken', 'van het verbruik').
    private static let wholeArticles: Set<String> = ["de", "het"]
}
