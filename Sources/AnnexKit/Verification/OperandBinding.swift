/// Why an operand belongs to the claim it is used for: the evidence the grammar found, as typed data.
/// A reading whose operands are all strongly bound may find its claim `inconsistent`; a reading with one
/// weakly bound operand may confirm it (agreement is itself evidence), never contradict it.
struct OperandBinding: Sendable, Equatable {
    /// One piece of evidence for or against an operand being the claim's.
    enum Evidence: Sendable, Hashable {
        /// In the claim's own stretch of the sentence: no ';' and no conjunction of a new clause ('maar',
        /// 'terwijl') between them ('steeg van 200 naar 250, een stijging van 25%').
        case sameStretch
        /// In another stretch that the later of the two ties to the earlier: by a word of reference ('…; dat
        /// is', '…, waarmee', '…; daarvan'), or as no statement of its own ('…; totaal 5.455').
        case reference
        /// In another stretch of the sentence with nothing that ties the two ('…; in totaal werden 2.950
        /// aanvragen ingediend', '…, maar … voor 84 procent gehaald').
        case otherStretch
        /// From the sentence before or after, taken over by the grammar only through a word of reference,
        /// the noun the claim counts or a time it names ('dit aantal', 'Een jaar eerder …').
        case carriedOver
        /// Against: tied to the claim only by where it stands, with no word or mark that ties them: the one start and
        /// end value of the sentence before or after a change whose own sentence has no other number ('… van 420
        /// naar 286. Krap een derde minder, meldt de school.'; a bare comparison, 'Krap een derde minder!', refers
        /// back), the one count in brackets further in a hedged count's stretch ('Ruim 9.000 toezichten werden afgerond
        /// (9.240)'). The likeliest reading, not a certain one.
        case positionOnly
        /// Derived from the claim's own construction: the 100% a list of percentages splits, the start
        /// value 'met 120 tot 2.080' implies.
        case construction
        /// Derived from rounded numbers of the construction ('met 35 miljoen tot 412 miljoen': from 377
        /// miljoen), which may be off by more than the claim's last digit.
        case roundedConstruction
        /// A figure of the report's data (bound by the data binder, whose doubts keep their own verdict).
        case reportData
        /// Against: the whole of a part construction ('Van de 1.380 …', '34 procent van de 400 mannen') read as
        /// one of a sum's parts or as the part of a share.
        case wholeAsPart
        /// Against: a rate's base that names nothing it counts ('… in Utrecht op 44.'): a value like the rate
        /// itself, not a population ('op 655.000 inwoners').
        case unnamedBase
        /// Against: taken over from a sentence that gives several start and end values, without a word that
        /// says which one is meant ('… van 64% naar 41%, … van 62% naar 55%. Het verschil … 16 procentpunt').
        case oneOfSeveral
        /// Against: the claim is about the whole country ('landelijk', 'in Nederland') and the operand is not:
        /// the claim's stretch names the country and the operand's does not, or the claim's own phrase after
        /// the sentence's first does ('…, ver onder het landelijke gemiddelde van 31 procent') and the operand
        /// comes from another phrase or sentence. The figures of some regions or groups do not make up the
        /// country's.
        case countryScope
        /// Against: an operand in another stretch that holds a claim of its own, whose operand it is, when no word
        /// of reference ties the two stretches ('respons 61% (n = 1.098 van 1.800); 44% ervaart de werkdruk als
        /// hoog').
        case anotherClaims
        /// Against: a part of a total that names what it totals ('het totaal aan baten', 'een totaal budget van'),
        /// while the parts are of another noun ('De lasten bestonden uit …'): the total is of something else.
        case otherTotal
        /// Against: counts of unlike nouns taken over from the sentence before as the parts of its total ('410
        /// aanvragen, 220 gesprekken en 95 verwijzingen. In totaal werden 1.200 inwoners geholpen.').
        case unlikeParts
        /// Against: a mean's values are a list that may begin earlier, with a value of their kind before them
        /// ('1.120 meldingen … in 2021, 1.260 in 2022 en 1.330 in 2023, gemiddeld 1.237': not the mean of two); so
        /// may a total's lines right after a sentence with numbers (`Discourse.memoLineCounts`).
        case partOfList
        /// A value on a sibling of the claim's labelled line, in one run of lines whose labels name moments of one
        /// kind ('2024: 212. 2025: 238. Stijging: 12,3%.', '- Q1: 96 - Q4: 141 - Groei: ruim 45%').
        case labelledLine
        /// Against: the whole of a rest that names a noun of its own, neither the whole's nor a verb ('Van de 1.250
        /// meldingen …; de overige 12 instanties …'): the rest may count something else.
        case otherRest
        /// Against: the part of a share that a noun of its own names ('een naleefpercentage van 82 procent', 'de
        /// bezettingsgraad') and that is the share of the rest of that part: the noun may count the rest.
        case namedShare
        /// Against: the part of a share in the sentence before, when the share's clause closes with a verb of its own
        /// that is neither that part's nor its opposite ('… werd voor 2.720 een plek gevonden. … 85 procent tijdig
        /// is geplaatst', '… 587 gehonoreerd. Ruim vier op de vijf aanvragen viel dus af'): the share may say the
        /// same in other words, or speak of another part (`PartVerb`).
        case otherVerb
        /// Against: the part and whole of the sentence before, for a share whose sentence says what is absent only in
        /// a later clause than the share's ('Dat is 70 procent, en daar ben ik niet tevreden mee'; '…, en die zijn
        /// niet afgewezen'): that clause may speak of the others, whose share it would be.
        case absenceElsewhere
        /// Against: the count the next sentence restates as share × whole ('Dat zijn er 150', 'Het gaat om 83
        /// dieren') after a share of a stated whole with no hedge: that count is itself the claim, checked against the
        /// product (`restatedShareBefore`); it may confirm the share, never contradict it.
        case productAhead
        /// Against: a total its sentence states and the text contradicts ('Samen € 1.912' after € 632 and € 1.180),
        /// taken as an operand of another claim ('…, bijna een tiende van de inkomsten'): the other claim may rest on
        /// the right total, which the text does not state.
        case contradictedTotal
        /// Against: the part of a share that is a count after it the writer may have worked out from the share ('45%
        /// van de 80 leden stemde voor, dat zijn 36 leden'; '…: 36 mensen'): that count may be the slip, so it may
        /// confirm the share, never contradict it (`ClaimParser.mayDeriveFromShare`).
        case derivedAfter

        /// Whether this evidence ties an operand to its claim beyond doubt.
        var isStrong: Bool {
            switch self {
            case .sameStretch, .reference, .carriedOver, .construction, .reportData, .labelledLine: true
            case .otherStretch, .roundedConstruction, .wholeAsPart, .unnamedBase, .oneOfSeveral, .countryScope,
                .anotherClaims, .otherTotal, .unlikeParts, .partOfList, .positionOnly, .otherRest, .namedShare,
                .otherVerb, .absenceElsewhere, .productAhead, .contradictedTotal, .derivedAfter:
                false
            }
        }

        /// Whether this evidence speaks against the operand being the claim's, whatever else ties it.
        var isAgainst: Bool {
            [.wholeAsPart, .unnamedBase, .oneOfSeveral, .countryScope, .anotherClaims, .otherTotal, .unlikeParts,
             .partOfList, .positionOnly, .otherRest, .namedShare, .otherVerb, .absenceElsewhere, .productAhead,
             .contradictedTotal, .derivedAfter]
                .contains(self)
        }
    }

    enum Strength: Sendable { case strong, weak }

    let evidence: [Evidence]

    init(_ evidence: Evidence...) { self.evidence = evidence }

    init(_ evidence: [Evidence]) { self.evidence = evidence }

    /// The same binding with one more piece of evidence.
    func adding(_ more: Evidence) -> OperandBinding { OperandBinding(evidence + [more]) }

    /// Strong when some evidence ties the operand and none speaks against it; else weak.
    var strength: Strength {
        evidence.contains(where: \.isAgainst) || !evidence.contains(where: \.isStrong) ? .weak : .strong
    }
}

extension Claim {
    /// The operands the text gives for the claim.
    var operands: [Operand] { [from, to, part, whole, exact].compactMap { $0 } + parts + weights + factors }

    /// The same claim with each operand passed through `transform`.
    func mapOperands(_ transform: (Operand) -> Operand) -> Claim {
        var claim = self
        claim.from = from.map(transform)
        claim.to = to.map(transform)
        claim.part = part.map(transform)
        claim.whole = whole.map(transform)
        claim.exact = exact.map(transform)
        claim.parts = parts.map(transform)
        claim.weights = weights.map(transform)
        claim.factors = factors.map(transform)
        return claim
    }

    /// Whether the operands may contradict the claim: each strongly bound (an operand the grammar left
    /// without evidence is weak).
    var mayContradict: Bool { operands.allSatisfy { $0.binding?.strength == .strong } }
}

extension Operand {
    /// The same operand, taken from another sentence (its token is that sentence's, none of this one).
    var carriedOver: Operand { carried(OperandBinding(.carriedOver)) }

    /// The same operand, taken from another sentence that gives several of its kind.
    var carriedOverOneOfSeveral: Operand { carried(OperandBinding(.carriedOver, .oneOfSeveral)) }

    /// The same operand, taken from a sentence beside the claim's without a word that ties them.
    var carriedOverByPosition: Operand { carried(OperandBinding(.positionOnly)) }

    /// The same operand, taken from a labelled line of another sentence of the claim line's run.
    var carriedOverByLabel: Operand { carried(OperandBinding(.labelledLine)) }

    /// The same operand, taken from another sentence in which it is the whole of a part ('9 van de 14').
    var carriedOverAsWhole: Operand { carried(OperandBinding(.carriedOver, .wholeAsPart)) }

    private func carried(_ binding: OperandBinding) -> Operand {
        var operand = bound(binding)
        operand.token = nil
        return operand
    }

    /// The same operand with `evidence` added to its binding (or as its binding's first, without one).
    func adding(_ evidence: OperandBinding.Evidence) -> Operand {
        bound((binding ?? OperandBinding([])).adding(evidence))
    }

    /// The same operand with its binding.
    func bound(_ binding: OperandBinding) -> Operand {
        var operand = self
        operand.binding = binding
        return operand
    }
}

extension ClaimParser {
    /// The claim with the evidence for each of its operands of this sentence: where it stands against the
    /// claim (its stretch, or one tied to it); whether it is the whole of the parts it is read with, or a
    /// rate's base without a noun; whether another claim stands in its stretch; whether the claim is about the
    /// whole country and the operand is not. `stretches` and `phrases` are the sentence's
    /// (`SentenceAnalysis.stretches`, `phrases(_:stretches:)`), worked out once; `computed` the sites of the
    /// sentence's claims computed from operands.
    func bindingOperands(of claim: Claim, stretches: [Int], phrases: [Int], computed: [Int]) -> Claim {
        let depth = tokens[claim.site].depth
        let countryPhrase = phrases[claim.site] > 0 && namesCountry(phrases[claim.site], phrases, atDepth: depth)
        // 'Landelijk lag dat aandeel ongeveer 3 procentpunt lager': a sentence about the country takes no values of
        // the sentence before as its own, wherever its word of the country stands.
        let countrySentence = tokens.contains { $0.depth == depth && Lexicon.countryWords.contains($0.text) }
        let listStartsEarlier =
            claim.kind == .average && claim.weights.isEmpty && claim.parts.allSatisfy { $0.binding == nil }
            && listMayStartBefore(claim.parts, stretches: stretches)
        return claim.mapOperands { operand in
            // An operand bound already comes from another sentence or from the claim's construction.
            guard operand.binding == nil, let token = operand.token else {
                guard countryPhrase || countrySentence, let binding = operand.binding,
                    binding.evidence.contains(.carriedOver)
                else {
                    return operand
                }
                return operand.bound(OperandBinding(binding.evidence + [.countryScope]))
            }
            var evidence: [OperandBinding.Evidence] = []
            let (own, other) = (stretches[claim.site], stretches[token])
            if countryPhrase, phrases[token] != phrases[claim.site] { evidence.append(.countryScope) }
            if own == other {
                evidence.append(.sameStretch)
            } else {
                let later = tokens.indices.filter { stretches[$0] == max(own, other) }
                let referring =
                    opensWithReference(later) || countsByPronoun(later)
                    || restatesLevel(later, for: claim, operand: token)
                evidence.append(referring || makesNoStatement(later) ? .reference : .otherStretch)
                if namesCountry(own, stretches, atDepth: depth), !namesCountry(other, stretches) {
                    evidence.append(.countryScope)
                }
                let claimsThere = computed.contains { $0 != claim.site && stretches[$0] == other }
                if claimsThere, !referring { evidence.append(.anotherClaims) }
            }
            let isPart = claim.kind == .sum && claim.parts.contains { $0.token == token } || claim.part?.token == token
            if isPart, isWholeMarked(token) { evidence.append(.wholeAsPart) }
            if claim.part?.token == token, countsRestOfPart(claim) { evidence.append(.namedShare) }
            if claim.kind == .share, claim.part?.token == token,
                mayDeriveFromShare(part: token, site: claim.site, whole: claim.whole?.token)
            {
                evidence.append(.derivedAfter)
            }
            let parts = claim.parts.compactMap(\.token)
            if claim.kind == .sum, claim.whole == nil, parts.contains(token),
                totalsAnotherNoun(claim.site, parts: parts) || includesUnlisted(claim.site, parts: parts)
            {
                evidence.append(.otherTotal)
            }
            // A base a whole's marker introduces names what it counts before it ('op een populatie van 184.000'),
            // and a group's size is one by its mark ('n = 1.600').
            // An amount of a named ratio is named by its currency or multiplier ('… schulden € 12,0 mln)').
            if claim.kind == .ratio, claim.whole?.token == token, ReadingSanity.noun(after: token, in: tokens) == nil,
                !isWholeMarked(token), !isSampleSize(token),
                tokens[token].number?.isAmount != true
                    || !namesRatio(before: claim.site, in: analysis.clause(of: claim.site))
            {
                evidence.append(.unnamedBase)
            }
            if listStartsEarlier { evidence.append(.partOfList) }
            if statedBetween(claim, computed: computed), !evidence.contains(.anotherClaims) {
                evidence.append(.anotherClaims)
            }
            return operand.bound(OperandBinding(evidence))
        }
    }

    /// Whether another claim in the same unit stands between a change's values and the change ('… van € 52.000
    /// naar € 54.600 (+5%) en de totale uitgaven groeiden daardoor met 16 procent'): the change of those values is
    /// stated already, so this one may be of something else. A restatement in another unit ('een toename van 13
    /// dagen ofwel 14 procent') is of the same values, and so is a list that 'respectievelijk' pairs with them.
    private func statedBetween(_ claim: Claim, computed: [Int]) -> Bool {
        guard [.change, .points].contains(claim.kind), let from = claim.from?.token, let to = claim.to?.token,
            max(from, to) < claim.site, let unit = tokens[claim.site].number?.unit,
            !analysis.clause(of: claim.site).contains(where: {
                $0 < claim.site && tokens[$0].isWord("respectievelijk")
            })
        else { return false }
        return computed.contains { $0 > max(from, to) && $0 < claim.site && tokens[$0].number?.unit == unit }
    }

    /// Whether a list of values may begin before the first of `parts`: going back from it through words, years
    /// and labels, past a ',' or 'en', in its stretch, to a value of its unit ('1.120 meldingen … in 2021, 1.260
    /// in 2022 en 1.330 in 2023').
    private func listMayStartBefore(_ parts: [Operand], stretches: [Int]) -> Bool {
        guard let first = parts.compactMap(\.token).min(), let unit = tokens[first].number?.unit else { return false }
        var joined = false
        for index in stride(from: first - 1, through: 0, by: -1) where stretches[index] == stretches[first] {
            let token = tokens[index]
            switch token.kind {
            case .number: return joined && token.number?.unit == unit
            case .mark where token.text == ",": joined = true
            case .mark: return false
            case .word: joined = joined || token.text == "en"
            case .year, .label, .term: continue
            }
        }
        return false
    }

    /// Whether a stretch makes no statement of its own, so it is tied to the one before as a word of reference
    /// ties it (`opensWithReference`): it opens with no conjunction of a new clause ('maar', 'terwijl') and has
    /// no finite auxiliary ('…; totaal 5.455', '…; het gaat om 800').
    func makesNoStatement(_ stretch: [Int]) -> Bool {
        let words = stretch.filter { tokens[$0].kind == .word && tokens[$0].depth == 0 }.map { tokens[$0].text }
        guard let first = words.first(where: { $0 != "en" }) else { return true }
        return !Lexicon.clauseConjunctions.contains(first) && !words.contains(where: Lexicon.finiteVerbs.contains)
    }

    /// Whether the stretch opens with a word that refers to the one before ('dat is', 'daarvan', 'waarmee'), with the
    /// rest of what it counted ('…; de overige 250 …', '…; de rest …') or by joining it ('…; bij elkaar opgeteld is
    /// dat …', '…; samen …').
    func opensWithReference(_ stretch: [Int]) -> Bool {
        let first = stretch.first { tokens[$0].kind == .word && tokens[$0].depth == 0 && tokens[$0].text != "en" }
        guard let first else { return false }
        let word = tokens[first].text
        // '…; 421 van hen (32,2%) …': a part of those counted before.
        let partOfThem = word == "van" && first + 1 < tokens.count && Self.partPronouns.contains(tokens[first + 1].text)
        let opening = stretch.drop { $0 < first }.prefix { tokens[$0].kind == .word }
        let rest = opening.contains { Lexicon.restWords.contains(tokens[$0].text) }
        return Lexicon.backReferences.contains(word) || Lexicon.partReferences.contains(word)
            || Self.referringConjunctions.contains(word) || partOfThem || rest
            || analysis.firstPhrase(Lexicon.joiningCues, at: first) != nil
    }

    /// '…; in 2022 waren het er nog 441.900': a stretch that counts with the pronoun 'er' and numbers that name
    /// nothing they count counts the quantity of the stretch before it.
    private func countsByPronoun(_ stretch: [Int]) -> Bool {
        stretch.contains { tokens[$0].isWord("er") } && namesNothingCounted(stretch)
    }

    /// '…; in 2023 was dat 36,9 procent': a stretch that restates by a verb of level and 'dat' or 'dit', with numbers
    /// that name nothing they count, gives the quantity of the stretch before it for another time. It ties the two
    /// values of that quantity as a change's start and end, not the numbers before as the operands of another claim
    /// (a rate there is of the other time).
    private func restatesLevel(_ stretch: [Int], for claim: Claim, operand token: Int) -> Bool {
        guard [.change, .points, .difference].contains(claim.kind), [claim.from?.token, claim.to?.token].contains(token)
        else { return false }
        return restatesByPronoun(stretch)
    }

    /// Whether a stretch restates the quantity of the stretch before by a verb of level and 'dat' or 'dit' ('was
    /// dat', 'is dit'), with numbers that name nothing they count.
    func restatesByPronoun(_ stretch: [Int]) -> Bool {
        namesNothingCounted(stretch) && stretch.contains { position in
            position + 1 < tokens.count && tokens[position].kind == .word
                && Self.levelVerbs.contains(tokens[position].text) && tokens[position + 1].kind == .word
                && Self.restatingPronouns.contains(tokens[position + 1].text)
        }
    }

    /// Whether the stretch has numbers and none names what it counts.
    private func namesNothingCounted(_ stretch: [Int]) -> Bool {
        let numbers = stretch.filter { tokens[$0].kind == .number }
        return !numbers.isEmpty && numbers.allSatisfy { ReadingSanity.noun(after: $0, in: tokens) == nil }
    }

    /// Pronouns that, right after a verb of level, restate the quantity before ('was dat', 'bedroeg dit').
    private static let restatingPronouns: Set<String> = ["dat", "dit"]

    /// The phrase of each token, numbered from 0: the stretches (`SentenceAnalysis.stretches`) cut further at ','
    /// and ':' outside parentheses ('In de regio … (412 van de 1.988)', 'ver onder het landelijke gemiddelde …').
    static func phrases(_ tokens: [Token], stretches: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: tokens.count)
        var phrase = 0
        for index in tokens.indices {
            let cut =
                index > 0
                && (stretches[index] != stretches[index - 1]
                    || tokens[index - 1].depth == 0 && (tokens[index - 1].isMark(",") || tokens[index - 1].isMark(":")))
            if cut { phrase += 1 }
            result[index] = phrase
        }
        return result
    }

    /// Whether the stretch (or phrase, with `phrases` as `stretches`) names the whole country ('landelijk',
    /// 'in Nederland', 'nationaal'); with `depth`, by words at that depth of parentheses only: a country's figure in
    /// brackets after a claim ('92 procent (landelijk gemiddelde: 94 procent)') compares it, it is not its scope.
    private func namesCountry(_ stretch: Int, _ stretches: [Int], atDepth depth: Int? = nil) -> Bool {
        tokens.indices.contains {
            stretches[$0] == stretch && Lexicon.countryWords.contains(tokens[$0].text)
                && (depth == nil || tokens[$0].depth == depth)
        }
    }

    /// Conjunctions that open a clause about what the clause before states ('…, waarmee het aantal …').
    static let referringConjunctions: Set<String> = ["waarmee", "waardoor", "zodat", "waarvan", "waarbij"]
}
