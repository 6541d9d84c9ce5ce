/// A share that names after 'van de' or 'van het' a whole other than the one its sentence counts, while another share
/// of the sentence takes those counts as its pair: 'De 38.000 leden van 65 jaar en ouder (12 procent van alle 317.000
/// leden) zorgen voor bijna de helft van de bezoeken.' The half is of the visits, a whole the sentence gives no count
/// of; the members' pair is the twelve percent's, and the half takes none of it. So too a pair in brackets right
/// after another share's words ('Ruim een op de drie leden (212 van de 590) miste meer dan de helft van hun lessen'):
/// the bracket speaks of the phrase it follows, and a share that names its whole after 'van' and a possessive ('van
/// hun lessen') is not of that pair.
extension ClaimParser {
    /// Whether the share written from `start` up to `end` names its whole after 'van' and an article or possessive
    /// ('van de', 'van het', 'van hun') by words of which none is a form of a noun `counts` count (or the words of the
    /// other share a bracketed pair follows) nor a word for all of the counted ('totaal'), with no number in that
    /// phrase, while one of `counts` is the whole another share of the sentence marks ('12 procent van alle 317.000',
    /// 'een op de drie leden (212 van de 590)').
    func namesOtherSharesWhole(share start: Int, end: Int, counts: [Int]) -> Bool {
        guard end + 2 < tokens.count, tokens[end].isWord("van"), Self.wholeOpeners.contains(tokens[end + 1].text)
        else { return false }
        let phrase = tokens[(end + 2)..<min(tokens.count, end + 2 + Self.ownWholeReach)]
        let words = phrase.prefix {
            $0.kind == .word && !Lexicon.prepositions.contains($0.text) && !Lexicon.grammarWords.contains($0.text)
        }
        let counted = counts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
            + counts.flatMap { count in bracketedPairHost(ofPart: count).map { tokens[$0.words].map(\.text) } ?? [] }
        guard !words.isEmpty, !counted.isEmpty, !phrase.contains(where: { $0.kind == .number }),
            !words.contains(where: { word in
                Self.allOfCounted.contains(word.text) || counted.contains { Self.areForms($0, word.text) }
            })
        else { return false }
        return counts.contains { isWholeOfAnotherShare($0, than: start..<end) }
    }

    /// Whether the count at `whole` follows 'van' (and a determiner: 'van alle 317.000') right after a percentage or
    /// a fraction's word that is not the share written at `own`, or is W of a pair 'M van (de) W' that opens a
    /// bracket after the words of such another share (`bracketedPairHost(ofPart:)`).
    private func isWholeOfAnotherShare(_ whole: Int, than own: Range<Int>) -> Bool {
        var van = whole - 1
        while van > 0, Lexicon.wholeDeterminers.contains(tokens[van].text) { van -= 1 }
        guard van >= 1, tokens[van].isWord("van"), !own.contains(van - 1) else { return false }
        let share = tokens[van - 1]
        return share.number?.unit == .percent || share.kind == .word && Lexicon.fractions[share.text] != nil
            || bracketedPairHost(ofPart: van - 1).map { !own.contains($0.share.lowerBound) } ?? false
    }

    /// For the count at `part`, M of a pair 'M van (de) W' that opens a parenthesis: the share the parenthesis follows
    /// (a percentage or a fraction in words, at most `hostReach` tokens before it) and the words between that share
    /// and the parenthesis ('een op de drie leden (212 van de 590)': 'leden'); nil when no share stands there.
    private func bracketedPairHost(ofPart part: Int) -> (share: Range<Int>, words: Range<Int>)? {
        guard tokens[part].number?.unit == .count, pairedWhole(of: part) != nil,
            analysis.enclosingParenthesis(of: part)?.lowerBound == part
        else { return nil }
        let open = part - 1
        for start in max(0, open - Self.hostReach)..<open {
            let end = tokens[start].number?.unit == .percent ? start + 1 : fraction(at: start)?.1
            if let end, end <= open, tokens[end..<open].allSatisfy({ $0.kind == .word }) {
                return (start..<end, end..<open)
            }
        }
        return nil
    }

    /// Articles and possessives that open a whole named in words after 'van' ('van de bezoeken', 'van het verbruik',
    /// 'van hun lessen').
    private static let wholeOpeners: Set<String> = ["de", "het", "hun", "zijn", "haar"]
    /// How many tokens before a bracketed pair the share it belongs to may start ('een op de drie leden').
    private static let hostReach = 8
}
