/// Rankings: a region with its figure in parentheses, and the place the sentence gives it: 'A (n),
/// gevolgd door B (n) en C (n)' (1, 2, 3); 'A (n), B (n) en C (n) ontvingen de meeste' (1, 2, 3); 'Na A
/// volgde B (n) en C (n)' (2, 3); 'A had de hoogste instroom (n)' (1); 'de op een na hoogste' (2).
extension ClaimParser {
    /// A region's figure in a ranking: kind `rank` with its place, or `count` where the sentence
    /// gives no place; nil when no region carries the number.
    func rankingReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard let mention = carrier(of: index) else { return nil }
        let ranking = !analysis.indices(of: Lexicon.rankingWords, in: tokens.indices).isEmpty
        guard ranking, let position = position(of: mention) else {
            return withData ? Claim(kind: .count, site: index, claimed: precise(number, direction: nil)) : nil
        }
        var claim = Claim(kind: .rank, site: index, claimed: precise(number, direction: nil))
        claim.position = position
        return claim
    }

    /// 'Vijf gemeenten (Almere, Lelystad, Dronten, Zeewolde en Urk)', 'De zes regio's – Twente, …, Noord-Veluwe –':
    /// a count followed by a list of names, whose items are counted. After a part of a whole ('In vier van de
    /// twaalf regio's (Limburg, …)') the list names the part's items: the part is the count, the whole none. None
    /// after another count in the clause (`followsCount`).
    func listCountReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard !number.isRounded, number.value.isInteger, partBeforeWhole(index) == nil, !followsCount(index) else {
            return nil
        }
        let head = wholeAfterPart(index) ?? index
        var open = head + 1
        while open < tokens.count, tokens[open].kind == .word, open - head <= Self.nounReach { open += 1 }
        guard open > head + 1, open < tokens.count, ["(", "–", "—", ":"].contains(tokens[open].text),
            tokens[open].kind == .mark
        else {
            return nil
        }
        let closer = tokens[open].isMark("(") ? ")" : tokens[open].text
        let end = tokens[(open + 1)...].firstIndex { $0.kind == .mark && $0.text == closer } ?? tokens.count
        var items = 0
        var startsItem = true
        for position in (open + 1)..<end {
            let token = tokens[position]
            if token.isMark(",") || token.isWord("en") {
                startsItem = true
                continue
            }
            if startsItem {
                guard token.kind == .word, analysis.scalars[token.start].properties.isUppercase else { return nil }
                items += 1
                startsItem = false
            }
        }
        guard items >= 2 else { return nil }
        var claim = Claim(kind: .count, site: index, claimed: precise(number, direction: nil))
        claim.listSize = items
        return claim
    }

    /// Whether another count stands before the number at `index` in its clause ('Uit drie provincies kwamen 450
    /// aanmeldingen: …'): the list after it may name what that one counts, and the sentence does not tell which.
    private func followsCount(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return analysis.numberIndices.contains { other in
            clause.contains(other) && other < index && tokens[other].number?.unit == .count
        }
    }

    /// The whole's number of a part 'M van de N' whose part M stands at `index`.
    private func wholeAfterPart(_ index: Int) -> Int? {
        let whole = index + 3
        guard whole < tokens.count, tokens[index + 1].isWord("van"),
            Self.wholeArticles.contains(tokens[index + 2].text), tokens[whole].number?.unit == .count
        else {
            return nil
        }
        return whole
    }

    /// The part's number of a part 'M van de N' whose whole N stands at `index`.
    private func partBeforeWhole(_ index: Int) -> Int? {
        let part = index - 3
        guard part >= 0, tokens[part].number?.unit == .count, wholeAfterPart(part) == index else { return nil }
        return part
    }

    /// The articles between a part and its whole ('vier van de twaalf', 'twee van het drietal').
    private static let wholeArticles: Set<String> = ["de", "het"]

    /// The region a number in parentheses belongs to: the nearest region before its '(' in the sentence,
    /// not after 'na' ('Na Amsterdam volgde Den Haag (815)').
    func carrier(of index: Int) -> RegionMention? {
        guard index >= 1,
            tokens[index - 1].isMark("(")
                || tokens[index - 1].kind == .word && index >= 2 && tokens[index - 2].isMark("(")
        else {
            return nil
        }
        let open = tokens[index - 1].isMark("(") ? index - 1 : index - 2
        return analysis.regions.last { mention in
            mention.end <= tokens[open].start && !precededByNa(mention)
        }
    }

    private func precededByNa(_ mention: RegionMention) -> Bool {
        guard let index = analysis.tokenIndex(atOffset: mention.start), index > 0 else { return false }
        return tokens[index - 1].isWord("na")
    }

    /// The regions of the sentence that carry a value in parentheses, in order.
    private func carriers() -> [RegionMention] {
        analysis.numberIndices.compactMap { carrier(of: $0) }
    }

    /// The place the sentence gives a region in its ranking, or nil where it gives none. Regions
    /// after 'na' and 'de op een na hoogste' push the list down.
    func position(of mention: RegionMention) -> Int? {
        let carriers = carriers()
        guard let index = carriers.firstIndex(where: { $0.start == mention.start }) else { return nil }
        let ahead = analysis.regions.filter { region in
            precededByNa(region) && !carriers.contains { $0.start == region.start }
        }.count
        let runnerUp = tokens.indices.contains {
            analysis.matches("op een na", at: $0) || analysis.matches("op één na", at: $0)
        }
        let offset = ahead + (runnerUp ? 1 : 0)
        if let followed = tokens.indices.first(where: { analysis.matches("gevolgd door", at: $0) }) {
            guard let first = carriers.first, first.end <= tokens[followed].start else { return nil }
            return index + 1 + offset
        }
        let superlative = tokens.indices.contains { index in
            (tokens[index].isWord("de") || tokens[index].isWord("het")) && index + 1 < tokens.count
                && Lexicon.rankingWords.contains(tokens[index + 1].text)
        }
        if superlative {
            if carriers.count == 1 { return 1 + offset }
            let immediate = analysis.numberIndices.filter { number in
                number >= 1 && tokens[number - 1].isMark("(")
                    && analysis.regions.contains {
                        tokens[number - 1].start - $0.end <= 1 && tokens[number - 1].start >= $0.end
                    }
            }
            return immediate.count == carriers.count ? index + 1 + offset : nil
        }
        return ahead > 0 ? index + 1 + offset : nil
    }
}
