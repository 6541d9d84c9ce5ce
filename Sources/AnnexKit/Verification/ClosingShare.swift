/// 'Van de 2.450 bezoekers kwamen er 980 met de trein en 612 met de auto. Het treinaandeel komt daarmee op 40
/// procent.': a share that closes a passage with a word of reference ('daarmee', 'dus', 'hiermee') and no count of its
/// own takes its operands from the sentence before, chosen by structure before anything is computed. The part is the
/// one count there that the share's own words name: a word of content before the share in its clause ('Het aandeel
/// treinreizigers', 'Fietsers maken dus … uit') or the first part of a compound on 'aandeel' ('treinaandeel',
/// 'vmbo-aandeel'), a form of a word that names that count and no other. The whole is the whole that sentence marks
/// ('Van de 2.450', '…, waarvan', the whole it splits), else the sum of its counts when each counts the noun
/// the first names, in one year, none a part of another ('Er werden 120 dossiers volledig getoetst en 360 dossiers
/// steekproefsgewijs'). Nil, and the share left as it was, when no word names one count, when that sentence gives a
/// change, or a chain of parts of parts ('waarvan' under another part).
extension ClaimParser {
    /// The part and whole of a share at `start..<end` that closes a passage, from the sentence before; nil when the
    /// text's structure does not give them.
    func closingShare(at start: Int, end: Int) -> (Operand?, Operand?)? {
        guard refersBack(tokens.indices), wholeName(afterShareEndingAt: end) == nil,
            let before = scopedSentenceBefore, before.pair == nil, before.soleChanges.isEmpty,
            before.chain.count < Self.partsOfPartsChain
        else { return nil }
        // 'Het aandeel geheel of gedeeltelijk gegronde klachten': words joined by 'of' or 'en' name several groups,
        // whose sum, not one count, is the part.
        guard !joinsGroups(beforeShareAt: start) else { return nil }
        let words = partWords(ofShareAt: start)
        let split = before.split ?? before.relativeSplit
        let whole = split?.whole ?? before.partAndWhole?.whole ?? before.openingWhole
        // A count that is a whole of another is no candidate part: the split's, the stated one, a chain's links.
        let wholes = [whole].compactMap { $0 } + before.chain.dropLast().map(\.operand)
        let candidates = before.namedCounts.filter { count in !wholes.contains { Self.isSame($0, count.operand) } }
        guard
            let told = TellingWords.item(
                amongst: candidates.count, by: words,
                names: { index, word in candidates[index].words.contains { Self.namesPart($0, word) } })
        else { return nil }
        let part = candidates[told].operand
        if let split {
            return split.parts.contains { Self.isSame($0, part) } ? (part, split.whole) : nil
        }
        if let whole { return part.value < whole.value ? (part, whole) : nil }
        guard before.chain.isEmpty, before.openingWhole == nil, let summed = coordinatedSum(of: before, including: part)
        else { return nil }
        return (part, summed)
    }

    /// The words the share at `start` names its part by: the words of content before it in its clause, and the first
    /// part of a compound on 'aandeel' ('treinaandeel' → 'trein', 'vmbo-aandeel' → 'vmbo').
    private func partWords(ofShareAt start: Int) -> [String] {
        let clause = analysis.clause(of: start)
        return tokens[clause.lowerBound..<start].filter { $0.kind == .word }.compactMap { token in
            let word = token.text
            if word.hasSuffix(Self.shareNoun), word.count > Self.shareNoun.count {
                let head = word.dropLast(Self.shareNoun.count)
                return String(head.hasSuffix("-") ? head.dropLast() : head)
            }
            return ContrastedGroups.isContent(word) && word != Self.shareNoun ? word : nil
        }
    }

    /// Whether the words of content before the share at `start` in its clause are joined by 'of' or 'en' ('geheel of
    /// gedeeltelijk gegronde', 'jongens en meisjes'): the share then names a union of groups.
    private func joinsGroups(beforeShareAt start: Int) -> Bool {
        let clause = analysis.clause(of: start)
        let range = clause.lowerBound..<start
        return range.contains { index in
            tokens[index].kind == .word && Self.groupJoiners.contains(tokens[index].text)
                && index > range.lowerBound && index + 1 < start
                && [index - 1, index + 1].allSatisfy {
                    tokens[$0].kind == .word && ContrastedGroups.isContent(tokens[$0].text)
                }
        }
    }

    /// Words that join two groups into one ('geheel of gedeeltelijk', 'jongens en meisjes').
    private static let groupJoiners: Set<String> = ["en", "of"]

    /// Whether a word that names a count names `word` too: a form of it ('bezoeken' 'bezoek'), an adjective with or
    /// without its ending '-e' ('volledige' 'volledig'), or a part of a compound written with a hyphen ('vmbo' of
    /// 'vmbo-afdeling').
    private static func namesPart(_ counted: String, _ word: String) -> Bool {
        let parts = counted.split(separator: "-").map(String.init)
        return parts.contains { part in
            areForms(part, word) || part + Self.adjectiveEnding == word || word + Self.adjectiveEnding == part
        }
    }

    /// The sum of the counts of `before` as one whole, when `part` is one of them and all count one noun in one year,
    /// none a part of another: the first names the noun, each other one names it too or none of its own.
    private func coordinatedSum(of before: Discourse.Summary, including part: Operand) -> Operand? {
        let counts = before.paragraphCounts
        guard counts.count >= Self.leastCoordinatedParts, let noun = counts[0].counted.noun,
            counts.contains(where: { Self.isSame($0.counted.operand, part) }),
            counts.allSatisfy({ !$0.isPart && !$0.endsList && $0.period == counts[0].period }),
            counts.dropFirst().allSatisfy({ $0.counted.noun.map { Self.areForms($0, noun) } ?? true })
        else { return nil }
        return Operand(summing: counts.map(\.counted.operand))
    }

    /// The noun of a share that its compounds end in ('treinaandeel').
    private static let shareNoun = "aandeel"
    /// The ending of a Dutch adjective before a noun ('volledig' → 'volledige').
    private static let adjectiveEnding = "e"
    /// The length of a chain of counts from which on one is a part of a part ('800 …, waarvan 300 …, van wie 120').
    private static let partsOfPartsChain = 3
    /// How many coordinated counts a sum of parts needs.
    private static let leastCoordinatedParts = 2
}
