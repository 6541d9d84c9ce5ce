/// A chain of counts in one sentence, each a part of the one before it ('Van de 2.400 projecten vonden er 900 plaats
/// buiten de Randstad; 300 daarvan waren gericht op jongeren': 2.400, 900, 300), and a share in the next sentence that
/// names in words the link it is of. 'van alle projecten' or 'van het totaal' names the outermost link, the first;
/// 'van de respondenten met een chronische aandoening' or 'onder de omgekomen fietsers' names the one link whose words
/// it repeats. The share's part is the last link: its clause names that link's words ('… leidde tot een dwangsom')
/// or refers back ('Dat is', 'Daarmee') and names no other link. A name that fits two links, or the last, is no
/// reading: the share stays unverifiable.
extension ClaimParser {
    /// The sentence's counts as a chain, outermost first (`chain(of:)`): at least `leastChainLength` links, its counts
    /// no other number (a count of time aside) and no amount.
    func countChain() -> [NamedCount] {
        let numbers = analysis.numberIndices.filter { !countsTime($0) && $0 != analysis.memoLabelNumber }
        let counts = nameableCounts
        guard numbers == counts, counts.allSatisfy({ tokens[$0].number?.isAmount == false }),
            let links = chain(of: counts), links.count >= Self.leastChainLength
        else { return [] }
        return links.map { NamedCount(operand: $0.operand.carriedOver, words: $0.words) }
    }

    /// `counts` as links of a chain, outermost first, each after the first smaller than the one before and a part of
    /// it (`isLink(from:to:)`). When the first takes up the group the sentence before counted last
    /// (`takesUpGroupBefore(_:)`), the chain runs on from that sentence's chain or the part and whole it states: a
    /// count no larger than its last link follows it ('Van de 512 … gaven er 128 aan … . Van die 128 zeiden er 96
    /// …': 512, 128, 96), one equal to it restating it. Nil when the counts are no such links.
    private func chain(of counts: [Int]) -> [NamedCount]? {
        guard let first = counts.first, let value = tokens[first].number?.value,
            zip(counts, counts.dropFirst()).allSatisfy({ isLink(from: $0, to: $1) })
        else { return nil }
        let own = counts.map { NamedCount(operand: operand($0), words: namingWords(of: $0)) }
        guard takesUpGroupBefore(first), let before = scopedSentenceBefore,
            let prior = before.chain.isEmpty ? statedLinks(of: before) : before.chain,
            let last = prior.last, value <= last.operand.value
        else { return own }
        let restates = value == last.operand.value
        return restates && own.count == 1 ? nil : prior + own.dropFirst(restates ? 1 : 0)
    }

    /// Whether the count at `part` is a part of the count at `whole` right before it: smaller, and marked as a part
    /// of it by a relative word before it ('waarvan 105', 'van wie er 310'), a reference after it ('300 daarvan',
    /// '740 van hen'), a clause that opens with 'van die' or 'van deze' ('van die spoedopnamen kwamen er 170'), or a
    /// sentence that opens with the whole ('Van de 2.400 projecten vonden er 900 …').
    private func isLink(from whole: Int, to part: Int) -> Bool {
        guard let big = tokens[whole].number?.value, let small = tokens[part].number?.value, small < big else {
            return false
        }
        if let marker = partMarker(before: part), marker > whole { return true }
        if refersToGroup(after: part) { return true }
        let clause = analysis.clause(of: part).lowerBound
        if clause > whole, clause + 1 < part, tokens[clause].isWord("van"),
            Self.demonstratives.contains(tokens[clause + 1].text)
        {
            return true
        }
        let opening = tokens.firstIndex { $0.kind != .mark } ?? 0
        return tokens[opening].isWord("van") && number(after: opening, skipping: Lexicon.wholeDeterminers) == whole
    }

    /// The token of a relative word right before the count at `part`, past 'er', that makes it a part of a count
    /// before it ('waarvan 105', 'van wie er 310'); nil when none stands there.
    func partMarker(before part: Int) -> Int? {
        let marker = part >= 1 && tokens[part - 1].isWord("er") ? part - 2 : part - 1
        guard marker >= 0 else { return nil }
        let relative = tokens[marker].isWord("waarvan")
            || marker >= 1 && tokens[marker].isWord("wie") && tokens[marker - 1].isWord("van")
        return relative ? marker : nil
    }

    /// Whether a reference right after the count at `index` makes it a part of a group named before: '300 daarvan',
    /// '740 van hen', '48 van die dossiers'.
    func refersToGroup(after index: Int) -> Bool {
        if index + 1 < tokens.count, Lexicon.partReferences.contains(tokens[index + 1].text) { return true }
        return index + 2 < tokens.count && tokens[index + 1].isWord("van")
            && Self.partPronouns.contains(tokens[index + 2].text)
    }

    /// The part and whole of a share at `start..<end` of a chain, when its words name the link it is of
    /// (`namedLink(ofShareAt:end:in:)`). With no count in the share's sentence, the chain is the sentence before's
    /// and the part its last link, when the share's clause names that link or refers back, and names no other link.
    /// With its sentence's counts all before the share, they are the chain (`chain(of:)`, which may run on from the
    /// sentence before: 'In 48 van die dossiers …'), and the part its last link, the count the share follows ('Van
    /// de 1.240 aanvragen werden er 930 toegekend; 210 daarvan betroffen spoed, 17% van de aanvragen'). A share whose
    /// words name two links (two sets of one noun) has no whole the text decides: (nil, nil); one whose words name no
    /// link, or the last link too, is left to the other readings.
    func chainedShare(at start: Int, end: Int, counts: [Int]) -> (Operand?, Operand?)? {
        if counts.isEmpty, let before = scopedSentenceBefore, !before.chain.isEmpty {
            return partOfChain(before.chain, shareAt: start, end: end)
        }
        guard counts.allSatisfy({ $0 < start }), let links = chain(of: counts),
            links.count >= Self.leastChainLength, let named = namedLinks(ofShareAt: start, end: end, in: links)
        else { return nil }
        // Words that name no link may name a link's set in words its own do not ('van de bezette bedden' for '1.960
        // bezet'), and the part's own words may repeat the group's noun ('84 daarvan … ernstige tekortkomingen; …
        // van de bakkerijen met tekortkomingen'): they decide nothing, the other readings do.
        guard let last = links.last, !named.links.isEmpty, !named.links.contains(links.count - 1) else { return nil }
        guard named.links.count == 1, let whole = named.links.first else { return (nil, nil) }
        return (last.operand, links[whole].operand)
    }

    /// Whether a share at `start..<end` that names no whole in words follows a count that a word of reference after
    /// it makes a part of a list ('Van de 900 klachten kwamen er 500 uit Noord en 300 uit Zuid; 120 daarvan …, 40
    /// procent'): 'daarvan' may mean any count of the list, or the whole it splits, so the share has no whole.
    func refersIntoList(shareAt start: Int, end: Int) -> Bool {
        guard wholeName(afterShareEndingAt: end) == nil, let part = numbers(.count, in: 0..<start).last,
            part + 1 < start, Lexicon.partReferences.contains(tokens[part + 1].text)
        else { return false }
        return !coordinated(candidates(.count, in: 0..<part)).isEmpty
    }

    /// The part and whole of a share at `start..<end` of the sentence before's `chain`: the link its words name, and
    /// the last link as its part (see `chainedShare(at:end:counts:)`).
    private func partOfChain(_ chain: [NamedCount], shareAt start: Int, end: Int) -> (Operand?, Operand?)? {
        guard let (whole, naming) = namedLink(ofShareAt: start, end: end, in: chain) else { return nil }
        let clause = analysis.clause(of: start)
        let words = tokens[clause].filter { token in
            token.kind == .word && ContrastedGroups.isContent(token.text)
                && !naming.contains { Self.areForms($0, token.text) }
        }.map(\.text)
        let named = chain.indices.filter { link in
            link != whole && chain[link].words.contains { word in words.contains { Self.areForms($0, word) } }
        }
        guard named == [chain.count - 1] || named.isEmpty && refersBack(clause) else { return nil }
        return (chain[chain.count - 1].operand, chain[whole].operand)
    }

    /// The whole and part a summary states ('Van de 640 dossiers betroffen er 160 …'), as a chain of two links with
    /// the words that name them.
    private func statedLinks(of before: Discourse.Summary) -> [NamedCount]? {
        guard let stated = before.partAndWhole else { return nil }
        let links = [stated.whole, stated.part].compactMap { link in
            before.namedCounts.first { Self.isSame($0.operand, link) }
        }
        return links.count == 2 ? links : nil
    }

    /// Whether the count at `index` is a part of the group the sentence before spoke of: 'daarvan' or 'hiervan' after
    /// it ('300 daarvan'), 'van hen', 'van die …' or 'van deze …' after it ('48 van die dossiers'), or a sentence that
    /// opens with 'Van die …' or 'Van deze …' before it.
    private func takesUpGroupBefore(_ index: Int) -> Bool {
        if refersToGroup(after: index) { return true }
        let opening = tokens.firstIndex { $0.kind != .mark } ?? 0
        return opening + 1 < index && tokens[opening].isWord("van")
            && Self.demonstratives.contains(tokens[opening + 1].text)
    }

    /// The link of `chain`, not its last, that a share at `start..<end` names as its whole, with the words that name
    /// it (`namedLinks(ofShareAt:end:in:)`), when it names one link only.
    private func namedLink(ofShareAt start: Int, end: Int, in chain: [NamedCount]) -> (Int, [String])? {
        guard let named = namedLinks(ofShareAt: start, end: end, in: chain), named.links.count == 1,
            named.links[0] < chain.count - 1
        else { return nil }
        return (named.links[0], named.naming)
    }

    /// The links of `chain` that a share at `start..<end` names as its whole, with the words that name them: after
    /// the share, 'van alle …' or 'van het totaal' the first link (when it counts the noun and the words of its
    /// qualifier, `qualifier(afterShareEndingAt:noun:)`), 'van de …' the links whose words name its qualifier, else
    /// its noun; before the share, 'onder de …' in its clause the links whose words name a word there. Nil when the
    /// share names no group.
    private func namedLinks(ofShareAt start: Int, end: Int, in chain: [NamedCount])
        -> (links: [Int], naming: [String])?
    {
        let links: [Int]
        let naming: [String]
        if let name = wholeName(afterShareEndingAt: end) {
            let qualifier = qualifier(afterShareEndingAt: end, noun: name.noun)
            naming = [name.noun] + qualifier
            if name.outermost || Self.totalNouns.contains(name.noun) {
                let first = chain[0].words
                let fits = Self.totalNouns.contains(name.noun)
                    || Self.names(first, name.noun)
                    && qualifier.allSatisfy { word in first.contains { Self.areForms($0, word) } }
                links = fits ? [0] : []
            } else if qualifier.isEmpty {
                links = chain.indices.filter { Self.names(chain[$0].words, name.noun) }
            } else {
                links = chain.indices.filter { link in
                    qualifier.contains { word in chain[link].words.contains { Self.areForms($0, word) } }
                }
            }
        } else if let group = groupNamedAmong(beforeShareAt: start) {
            naming = group
            links = chain.indices.filter { link in group.contains { Self.names(chain[link].words, $0) } }
        } else {
            return nil
        }
        return (links, naming)
    }

    /// The words of content after 'met' or 'in' right after the noun a share at `end` names as its whole, up to the
    /// next word that is none ('van de dossiers in de gesloten jeugdzorg': gesloten, jeugdzorg; 'van alle jeugdigen
    /// met jeugdhulp in een instelling': jeugdhulp): what picks a subgroup of the noun. Narrower than
    /// `qualifiesItsWhole(afterShareEndingAt:)` of a share, which asks only whether its whole may be another set (see
    /// there).
    private func qualifier(afterShareEndingAt end: Int, noun: String) -> [String] {
        guard let position = tokens[end...].firstIndex(where: { $0.isWord(noun) }), position + 1 < tokens.count,
            Self.qualifyingPrepositions.contains(tokens[position + 1].text)
        else { return [] }
        let words = tokens[(position + 2)...].prefix { $0.kind == .word }
        return Array(words.drop { !ContrastedGroups.isContent($0.text) }.prefix { ContrastedGroups.isContent($0.text) }
            .map(\.text))
    }

    /// The words of content after 'onder' and an article before a share at `start` in its clause ('Het aandeel
    /// e-bikers onder de omgekomen fietsers kwam daarmee op 19 procent': omgekomen, fietsers, kwam).
    private func groupNamedAmong(beforeShareAt start: Int) -> [String]? {
        let clause = analysis.clause(of: start)
        guard let among = (clause.lowerBound..<start).first(where: { tokens[$0].isWord("onder") }),
            among + 1 < start, Self.namingArticles.contains(tokens[among + 1].text)
        else { return nil }
        let words = tokens[(among + 2)..<start].filter { $0.kind == .word && ContrastedGroups.isContent($0.text) }
        return words.isEmpty ? nil : words.map(\.text)
    }

    /// The fewest counts that make a chain: a whole, a part of it and a part of that part.
    static let leastChainLength = 3

    /// Prepositions after a whole's noun that pick a subgroup of it ('met een chronische aandoening').
    static let qualifyingPrepositions: Set<String> = ["met", "in"]

    /// Nouns after 'van het' that name the whole of everything counted ('van het totaal').
    static let totalNouns: Set<String> = ["totaal"]
}
