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
        guard refersBack(tokens.indices) || ranksAmongParts(shareAt: start, end: end),
            wholeName(afterShareEndingAt: end) == nil,
            let before = scopedSentenceBefore, before.pair == nil, before.soleChanges.isEmpty,
            before.chain.count < Self.partsOfPartsChain
        else { return nil }
        let split = before.split ?? before.relativeSplit
        let whole = split?.whole ?? before.partAndWhole?.whole ?? before.openingWhole
        // A count that is a whole of another is no candidate part: the split's, the stated one, a chain's links.
        let wholes = [whole].compactMap { $0 } + before.chain.dropLast().map(\.operand)
        let candidates = before.namedCounts.filter { count in !wholes.contains { Self.isSame($0, count.operand) } }
        // Only a whole that sentence marks lets the predicate name the part: with none, the predicate's noun may name
        // the whole itself ('In een klas van 28 leerlingen fietsen er 21 … Dat zijn drie op de vier leerlingen.').
        guard let told = toldPart(amongst: candidates, byShareAt: start, end: end, predicate: whole != nil) else {
            return nil
        }
        let part = candidates[told].operand
        if let split {
            return split.parts.contains { Self.isSame($0, part) } ? (part, split.whole) : nil
        }
        if let whole { return part.value < whole.value ? (part, whole) : nil }
        guard before.chain.isEmpty, before.openingWhole == nil, let summed = coordinatedSum(of: before, including: part)
        else { return nil }
        return (part, summed)
    }

    /// 'Het koor telt 40 leden: 14 sopranen, 10 alten, 7 tenoren en 9 bassen. De tenoren vormen met 18% de kleinste
    /// groep.': a superlative after the share in its clause (`Lexicon.rankingWords`: 'de kleinste groep', 'de grootste
    /// post') ranks its subject among the parts the sentence before lists, and so ties the share to that sentence as a
    /// word of reference ('daarmee') does.
    private func ranksAmongParts(shareAt start: Int, end: Int) -> Bool {
        (end..<analysis.clause(of: start).upperBound).contains { index in
            tokens[index].kind == .word && Self.superlatives.contains(tokens[index].text)
        }
    }

    /// The ranking words that are superlatives before a noun ('de grootste groep'), in '-ste': not the adverb
    /// ('het meest gestegen') nor 'gevolgd'.
    private static let superlatives = Lexicon.rankingWords.filter { $0.hasSuffix("ste") }

    /// '…, waarvan 420 door bureau Noord, 190 door bureau Zuid en 90 door bureau Oost; bureau Noord nam daarmee 60
    /// procent voor zijn rekening': a share in a clause after ';' that refers back ('daarmee', 'dus') and has no count
    /// of its own but its `whole` closes the passage of its own sentence: its part is the one count before that clause,
    /// not the whole, that the share's words tell apart (`toldPart`). Both are tied to the share by that word of
    /// reference, though they stand in another stretch. Nil when the clause has another count.
    func closingClausePart(ofShareAt start: Int, end: Int, whole: Int) -> (part: Operand, whole: Operand)? {
        let clause = analysis.clause(of: start)
        guard clause.lowerBound > 0, tokens[clause.lowerBound - 1].isMark(";"), refersBack(clause),
            !numbers(.count, in: clause).contains(where: { !(start..<end).contains($0) && $0 != whole })
        else { return nil }
        let candidates = nameableCounts.filter { $0 < clause.lowerBound && $0 != whole }.map {
            NamedCount(operand: operand($0), words: namingWords(of: $0))
        }
        guard
            let told = toldPart(amongst: candidates, byShareAt: start, end: end, predicate: true)
                ?? respectivePart(ofShareAt: start, end: end, in: clause, amongst: candidates.count)
        else { return nil }
        var (part, total) = (candidates[told].operand, operand(whole))
        part.binding = OperandBinding(.reference)
        total.binding = OperandBinding(.reference)
        return (part, total)
    }

    /// '… waren er 210 jonger dan 18 en 140 ouder dan 65; dat is respectievelijk 30 en 20 procent': after
    /// 'respectievelijk' the clause's percentages take the `count` counts listed before it in their order, when there
    /// are as many of each; the index of the share at `start..<end` among them.
    private func respectivePart(ofShareAt start: Int, end: Int, in clause: Range<Int>, amongst count: Int) -> Int? {
        guard let word = clause.first(where: { tokens[$0].isWord("respectievelijk") }), word < start else { return nil }
        let shares = numbers(.percent, in: word..<clause.upperBound)
        guard shares.count == count else { return nil }
        return shares.firstIndex { (start..<end).contains($0) }
    }

    /// The one of `candidates` that the share at `start..<end` names by its words: the words before it in its clause
    /// ('Het treinaandeel …'), or, when none of them names a candidate, the words after it in its clause, its
    /// predicate ('Ruim drie op de vier … kwamen dus in een huis van bewaring terecht', 'De helft van hen verbleef dus
    /// in een pleeggezin'), when `predicate` allows. Nil when no word tells one apart, or when the words it is named by
    /// join two groups.
    private func toldPart(amongst candidates: [NamedCount], byShareAt start: Int, end: Int, predicate allowed: Bool)
        -> Int?
    {
        let names = { (index: Int, word: String) in candidates[index].words.contains { Self.namesPart($0, word) } }
        let clause = analysis.clause(of: start)
        let subject = partWords(ofShareAt: start)
        let namesNone = allowed && !subject.contains { word in candidates.indices.contains { names($0, word) } }
        // The predicate ends where another share of the clause begins ('60 procent de B1-route en een kwart de
        // onderwijsroute').
        let next = (end..<clause.upperBound).first(where: opensShare)
        let predicate = end..<max(end, next ?? clause.upperBound)
        // 'Het aandeel geheel of gedeeltelijk gegronde klachten', '… in een gezinshuis of instelling': words joined by
        // 'of' or 'en' name several groups, whose sum, not one count, is the part.
        guard !joinsGroups(in: clause.lowerBound..<start), !(namesNone && joinsGroups(in: predicate)) else {
            return nil
        }
        let words = namesNone ? contentWords(in: predicate) : subject
        return TellingWords.item(amongst: candidates.count, by: words, names: names)
    }

    /// The words the share at `start` names its part by: the words of content before it in its clause, and the first
    /// part of a compound on 'aandeel' ('treinaandeel' → 'trein', 'vmbo-aandeel' → 'vmbo'). None after another share
    /// of the clause ('60 procent de B1-route en een kwart …'): the words between are that share's.
    private func partWords(ofShareAt start: Int) -> [String] {
        let clause = analysis.clause(of: start)
        guard !(clause.lowerBound..<start).contains(where: opensShare) else { return [] }
        return tokens[clause.lowerBound..<start].filter { $0.kind == .word }.compactMap { token in
            let word = token.text
            if word.hasSuffix(Lexicon.shareNoun), word.count > Lexicon.shareNoun.count {
                let head = word.dropLast(Lexicon.shareNoun.count)
                return String(head.hasSuffix("-") ? head.dropLast() : head)
            }
            return ContrastedGroups.isContent(word) && word != Lexicon.shareNoun ? word : nil
        }
    }

    /// Whether a share opens at `index`: a percentage or a fraction in words ('een kwart').
    private func opensShare(_ index: Int) -> Bool {
        tokens[index].number?.unit == .percent || fraction(at: index) != nil
    }

    /// The words of content in `range`, in order.
    private func contentWords(in range: Range<Int>) -> [String] {
        tokens[range].filter { $0.kind == .word && ContrastedGroups.isContent($0.text) }.map(\.text)
    }

    /// Whether words of content in `range`, the share's subject or predicate, are joined by 'of' or 'en' ('geheel of
    /// gedeeltelijk gegronde', 'jongens en meisjes'): the share then names a union of groups.
    private func joinsGroups(in range: Range<Int>) -> Bool {
        range.contains { index in
            tokens[index].kind == .word && Lexicon.listJoiners.contains(tokens[index].text)
                && index > range.lowerBound && index + 1 < range.upperBound
                && [index - 1, index + 1].allSatisfy {
                    tokens[$0].kind == .word && ContrastedGroups.isContent(tokens[$0].text)
                }
        }
    }

    /// Whether a word that names a count names `word` too: a form of it ('bezoeken' 'bezoek'), an adjective with or
    /// without its ending '-e' ('volledige' 'volledig'), or a compound written with a hyphen or a part of it ('vmbo' of
    /// 'vmbo-afdeling', 'b1-route' of itself).
    private static func namesPart(_ counted: String, _ word: String) -> Bool {
        let parts = [counted] + (counted.contains("-") ? counted.split(separator: "-").map(String.init) : [])
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

    /// The ending of a Dutch adjective before a noun ('volledig' → 'volledige').
    private static let adjectiveEnding = "e"
    /// The length of a chain of counts from which on one is a part of a part ('800 …, waarvan 300 …, van wie 120').
    private static let partsOfPartsChain = 3
    /// How many coordinated counts a sum of parts needs.
    private static let leastCoordinatedParts = 2
}
