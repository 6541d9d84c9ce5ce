/// Shares whose whole is a group the sentence before counts: a link of a chain ('Het ziekenhuis behandelde 8.000
/// patiënten. Daarvan werd 45% opgenomen. Van die opgenomen patiënten lag een derde …: 1.200 mensen.', each share of
/// the count before it), or a subgroup the sentence before names ('Het fonds telt 48.000 deelnemers, van wie 12.000
/// gepensioneerd. Van de gepensioneerden woont 8 procent in het buitenland: 960 mensen.').
extension ClaimParser {
    /// The count a sentence leaves for a share of it in the next, from its one share claim with a whole: the part it
    /// states ('Van die 450 gaat een derde in bezwaar: 150 zaken'), else, for a share with no part, that share of the
    /// whole ('Daarvan werd 45% opgenomen' after 8.000: 3.600). A written part is the nearest count a reference
    /// after it can mean; a share of a whole written in the same sentence ('1.200 aanvragen, waarvan 30 procent …')
    /// leaves a count that is never written, and a reference may mean the whole
    /// (`OperandBinding.Evidence.oneOfSeveral`).
    func chainLink(of claims: [Claim]) -> Operand? {
        let shares = claims.filter { $0.kind == .share && $0.whole != nil }
        guard shares.count == 1, let share = shares.first, let whole = share.whole else { return nil }
        if let part = share.part, part.token != nil { return part.carriedOver }
        guard share.part == nil, share.parts.isEmpty, let derived = Operand(share: share.claimed, of: whole) else {
            return nil
        }
        return whole.token != nil ? derived.carriedOverOneOfSeveral : derived.carriedOver
    }

    /// How the clause of a share at `start` opens with its whole named by words alone, no number between: by a word of
    /// reference ('Daarvan', 'Hiervan', also after other words: 'Duitsers namen daarvan …'), by a demonstrative ('Van
    /// die opgenomen patiënten', 'Van deze …') or by a group ('Van de gepensioneerden'); else how the sentence opens
    /// so before the share's part ('Van deze mantelzorgers voelt 212 zich zwaar belast (10%)'); nil when neither does.
    func wholeOpening(ofShareAt start: Int) -> WholeOpening? {
        let first = analysis.clause(of: start).lowerBound
        // A hedge is the share's own ('…, bijna een op de acht'): the clause opens with the share.
        let hedge = Lexicon.hedges[tokens[first..<start].map(\.text).joined(separator: " ")] != nil
        if first < start, !hedge, tokens[first..<start].allSatisfy({ $0.kind == .word }) {
            // 'Duitsers namen daarvan bijna twee derde …': a word of reference among the words before the share
            // refers back as one that opens the clause does.
            let referring = tokens[first..<start].contains { Lexicon.partReferences.contains($0.text) }
            return referring ? .reference : wholeOpening(at: first, wordsEnd: start)
        }
        let opening = tokens.firstIndex { $0.kind != .mark } ?? 0
        let wordsEnd = tokens[opening...].firstIndex { $0.kind != .word } ?? tokens.count
        return wordsEnd < start ? wholeOpening(at: opening, wordsEnd: wordsEnd) : nil
    }

    /// The opening of a whole at `first`, its words running to `wordsEnd`.
    private func wholeOpening(at first: Int, wordsEnd: Int) -> WholeOpening? {
        if Lexicon.partReferences.contains(tokens[first].text) { return .reference }
        guard tokens[first].isWord("van"), first + 2 < wordsEnd else { return nil }
        if Self.demonstratives.contains(tokens[first + 1].text) {
            return .demonstrative(tokens[(first + 2)..<wordsEnd].map(\.text))
        }
        guard Self.groupArticles.contains(tokens[first + 1].text) else { return nil }
        return .group(tokens[first + 2].text)
    }

    /// Whether the clause of `index` opens with 'van' or a word of reference to a whole ('Van die 450 …', 'Daarvan …').
    func opensWithWholeWord(before index: Int) -> Bool {
        let first = tokens[analysis.clause(of: index).lowerBound]
        return first.isWord("van") || Lexicon.partReferences.contains(first.text)
    }

    /// The whole of a share whose clause opens with it (`wholeOpening(ofShareAt:)`): for a word of reference, the count
    /// the sentence before leaves as a link of a chain (`chainLink(of:)`); for a group, the one count of the sentence
    /// before that counts it ('12.000 gepensioneerd' for 'Van de gepensioneerden'; not of another year or region); for
    /// a demonstrative, the link, else the one count of the sentence before that counts one of its words ('Van deze
    /// respondenten' takes '2.150 respondenten'), else the part the sentence before states of its whole: the group
    /// it named last ('Van de 2.150 respondenten heeft 640 een mantelzorgtaak. Van deze mantelzorgers …' takes 640;
    /// after 'Van deze mensen' it only confirms).
    func openedWhole(ofShareAt start: Int) -> Operand? {
        switch wholeOpening(ofShareAt: start) {
        case .reference: return discourse.earlier.last?.chainLink
        case .group(let noun):
            let counting = earlierCounts(ofOneOf: [noun])
            return counting.count == 1 ? counting[0] : nil
        case .demonstrative(let words):
            if let link = discourse.earlier.last?.chainLink { return link }
            let counting = earlierCounts(ofOneOf: words)
            // 'Van deze mensen' may mean the whole as well: the part then only confirms.
            let generic = words.contains { Self.residentNouns.contains($0) }
            if counting.isEmpty {
                return discourse.lastPartAndWhole.map { generic ? $0.part.carriedOverOneOfSeveral : $0.part }
            }
            return counting.count == 1 ? counting[0] : nil
        case nil: return nil
        }
    }

    /// The counts of the sentence before whose noun is a form of one of `words`.
    private func earlierCounts(ofOneOf words: [String]) -> [Operand] {
        earlierPopulationCounts().filter { count in
            words.contains { word in count.noun.map { Self.areForms($0, word) } ?? false }
        }.map(\.operand)
    }

    /// The whole of a share with a word of reference right after it ('De helft daarvan …', 'Een op de vier hiervan …')
    /// in a sentence with no number before the share: as for a clause that opens with 'Daarvan', the count the sentence
    /// before leaves as a link of a chain (`chainLink(of:)`).
    func linkReferredAfter(shareAt start: Int) -> Operand? {
        guard !analysis.numberIndices.contains(where: { $0 < start }) else { return nil }
        return discourse.earlier.last?.chainLink
    }

    /// Demonstratives that refer to the group the text spoke of last ('Van die …', 'Van deze …'; 'Die 10 dagen …').
    static let demonstratives: Set<String> = ["die", "deze"]

    /// Articles after 'van' that name a group ('Van de gepensioneerden', 'Van alle deelnemers').
    static let groupArticles: Set<String> = ["de", "het", "alle"]
}

/// How a share's clause names its whole before the share.
enum WholeOpening: Equatable {
    /// By a word of reference to the count before: 'Daarvan', 'Hiervan'.
    case reference
    /// By a demonstrative, with the words after it: 'Van die opgenomen patiënten', 'Van deze mantelzorgers'.
    case demonstrative([String])
    /// By a group, with the noun after its article: 'Van de gepensioneerden'.
    case group(String)
}
