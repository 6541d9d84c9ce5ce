/// Reads the claims of one sentence by structure: which number is claimed, what kind of claim its
/// cue words make it (a direction word makes a percentage a change, 'samen' makes a number a sum,
/// 'gemiddeld' an average), and which numbers of the text are its operands ('van 200 naar 250',
/// '98 van de 200', 'A (1.500) en B (1.723) samen 3.223').
///
/// Counts and percentages no structure claims become `count` and `share` claims for the report's
/// figures; without a report a count is only an operand.
struct ClaimParser {
    let analysis: SentenceAnalysis
    let discourse: Discourse
    /// Whether report figures are there to check counts and percentages against.
    let withData: Bool
    /// The sentence after this one in the paragraph, for a start value it gives.
    let next: SentenceAnalysis?
    /// The next sentence that has numbers, past at most one that has none ('Antwoord: ja.'), for the values of a
    /// change that has none of its own.
    let nextWithNumbers: SentenceAnalysis?
    /// The start and end values the sentence states, and start values without an end.
    let pairs: [FromTo]
    let bases: [Int]
    /// The sentence's comparison markers, each with the value it compares with (`CoordinatedComparisons.swift`).
    let comparisons: [Int: Int]

    init(
        analysis: SentenceAnalysis, discourse: Discourse, withData: Bool, next: SentenceAnalysis? = nil,
        nextWithNumbers: SentenceAnalysis? = nil
    ) {
        (self.analysis, self.discourse, self.withData, self.next) = (analysis, discourse, withData, next)
        self.nextWithNumbers = nextWithNumbers
        comparisons = Self.comparisons(analysis)
        (pairs, bases) = Self.fromTos(analysis, comparisons: comparisons)
    }

    var tokens: [Token] { analysis.tokens }

    func claims() -> [Claim] {
        var claims: [Claim] = []
        var claimedSites = Set<Int>()
        let operands = Set(pairs.flatMap { [$0.from, $0.to] })
        let sums = sumReadings()
        for sum in sums {
            claims.append(countedShareSum(sum) ?? sum)
            claimedSites.insert(sum.site)
        }
        let summed = Set(sums.flatMap { $0.parts.compactMap(\.token) })
        // A product stated after its rate and units ('…, in totaal 11,9 miljoen euro') is the claim; its factors
        // are none.
        var factors = Set<Int>()
        let products = productReadings() + [stepProductReading(), carriedRateProduct()].compactMap { $0 }
        for product in products where !claimedSites.contains(product.site) && !summed.contains(product.site) {
            claims.append(product)
            claimedSites.insert(product.site)
            factors.formUnion(product.factors.compactMap(\.token))
        }
        let (words, consumed) = wordClaims()
        // The counts of a rate's parenthesis ('1.450 inwoners (87.000 inwoners, 60 wijkagenten)') are its operands.
        var rated = Set<Int>()
        for index in analysis.numberIndices where !claimedSites.contains(index) && !consumed.contains(index) {
            // A norm's or target's value is none of the data's ('de streefwaarde van 90 procent').
            guard !rated.contains(index), !factors.contains(index), !Self.isReferenceValue(index, tokens),
                let number = tokens[index].number
            else { continue }
            if let claim = reading(of: index, number, isOperand: operands.contains(index) || summed.contains(index)) {
                claims.append(claim)
                if claim.kind == .ratio { rated.formUnion([claim.part?.token, claim.whole?.token].compactMap { $0 }) }
            }
        }
        // A share in words that is a product's factor ('een kwart …, zo'n 1,2 miljoen huishoudens') is no claim.
        claims += words.filter { !factors.contains($0.site) }
        claims += normVerdictReadings()
        if claims.isEmpty, let direction = pairDirectionReading() { claims.append(direction) }
        let stretches = analysis.stretches
        let phrases = Self.phrases(tokens, stretches: stretches)
        let computed = claims.filter { ![.count, .rank].contains($0.kind) }.map(\.site)
        let read = claims.filter { !isDenied($0.site) }
            .map { bindingOperands(of: $0, stretches: stretches, phrases: phrases, computed: computed) }
            .map(undecidedDenial)
            + formulaReadings()
        return read.sorted { $0.site < $1.site }
    }

    /// The claim a number makes, by its cue words.
    private func reading(of index: Int, _ number: WrittenNumber, isOperand: Bool) -> Claim? {
        if let mean = contributorsMeanReading(index, number) { return mean }
        if let restated = restatedUnitReading(index, number) { return restated }
        if let inverse = inverseRateReading(index, number) { return inverse }
        // A rate that is a value of a change is a claim too when its part and whole are the next two numbers
        // ('7,4 per 100 (6.290 … op 85.000 …); dat is 15,6% hoger dan …').
        // 'Van de vijf onderzochte gemeenten had Tiel (…)': a number that counts the units is no rate of them.
        if !countsSet(index), let rate = rateReading(of: index, number),
            !isOperand || !isLevelOfItsKind(index) || isComputedRightAfter(rate) || isComputedBeforeItsBase(rate)
        {
            return rate
        }
        let listed = listMean(for: index)
        let definite = meanOfListBefore(index, cue: .definite)
        let referring = meanOfListBefore(index, cue: .referring)
        if listed != nil || isAveraged(index) || isAverageOfList(index) || !definite.isEmpty || !referring.isEmpty {
            var claim = Claim(kind: .average, site: index, claimed: precise(number, direction: nil, derived: true))
            claim.parts = listed ?? averagedOperands(for: index)
            // '€ 1.102, € 1.284 en € 1.341 miljoen': the last value's word of scale may be the whole list's; values of
            // one list in different multipliers are no list to average as written.
            if Set(claim.parts.compactMap({ $0.token.flatMap { tokens[$0].number?.multiplier } })).count > 1 {
                claim.parts = []
            }
            // A memo's line 'Gemiddeld: 92%' under a line that lists the values ('Bezetting: 88% / 91% / 97%').
            if claim.parts.isEmpty, let label = analysis.memoLabel, label.count == 1,
                Lexicon.averageWords.contains(label[0])
            {
                claim.parts = discourse.lastList.filter { $0.unit == number.unit }
            }
            if claim.parts.isEmpty { claim.parts = listAhead(ofMeanAt: index) }
            if claim.parts.isEmpty { claim.parts = meanOfListBefore(index, cue: .perUnit) }
            if claim.parts.isEmpty { claim.parts = definite }
            if claim.parts.isEmpty { claim.parts = referring }
            // 'gemiddeld 96 procent (10.180 bezette plaatsen op een capaciteit van 10.604)': with no list to
            // take a mean of, a percentage of a part and whole the text gives is their share.
            if claim.parts.isEmpty, number.unit == .percent, !isOperand {
                // 'daalde de wachttijd gemiddeld met 18 procent': a direction before it in its clause makes it a
                // mean change, no share of a part and whole the sentence gives about something else; so does a
                // comparative right after it ('gemiddeld 17,5 procent langere straffen dan vrouwen').
                let before = directions(in: analysis.clause(of: index).lowerBound..<index).last?.sign
                if let sign = before ?? comparative(after: index) {
                    return changeReading(index, number, direction: sign)
                }
                let share = shareReading(index, number)
                if share.part != nil && share.whole != nil { return share }
            }
            return weighed(claim)
        }
        switch number.unit {
        case .points:
            return pointsReading(index, number)
        case .percent:
            if !isOperand, let gap = relativeGapReading(index, number) { return gap }
            if !isOperand, let share = bracketedPartShare(index, number) { return share }
            if !isOperand, !isEndLevel(index), !isNamedLevel(index), !restatesOwnPart(index), !series().contains(index),
                !isBracketedEarlierLevel(index),
                let direction = direction(for: index)
            {
                return changeReading(index, number, direction: direction)
            }
            if !isOperand, isUnsignedChange(index) { return changeReading(index, number, direction: nil) }
            if !isOperand, let sign = restatedDifferenceSign(ofPercent: index) {
                return changeReading(index, number, direction: sign)
            }
            if isOperand && !withData { return shareBesideEarlierLevel(index, number) }
            if let mean = meanOfGroupShares(index, number) { return mean }
            return shareReading(index, number)
        case .count:
            if let balance = balanceReading(index, number) { return balance }
            if let gap = normGapReading(index, number) { return gap }
            if let direction = differenceDirection(of: index) {
                return differenceReading(index, number, direction: direction)
            }
            if let list = listCountReading(index, number) { return list }
            if let ranking = rankingReading(index, number) { return ranking }
            if number.hedge != nil, !countsPerEach(index),
                let exact = exactRestatement(of: index).map({ operand($0) })
                    ?? bracketedRestatement(of: index).map({ operand($0).bound(OperandBinding(.positionOnly)) })
                    ?? exactAhead(of: index)
            {
                var claim = Claim(kind: .count, site: index, claimed: precise(number, direction: nil))
                claim.exact = exact
                return claim
            }
            return withData ? Claim(kind: .count, site: index, claimed: precise(number, direction: nil)) : nil
        }
    }

    /// The rate a number states: per a scale ('45 per 1.000'), per a noun the sentence counts ('2,3
    /// gedetineerden per fte'), or of the two counts in brackets after it. A percentage a comparative follows
    /// ('15,6% hoger dan …') compares two values: it is no rate's value.
    private func rateReading(of index: Int, _ number: WrittenNumber) -> Claim? {
        if number.unit == .percent && comparative(after: index) != nil { return nil }
        if let scale = rateScale(of: index) { return ratioReading(index, number, scale: scale) }
        if number.unit == .count, let rate = perNounReading(index, number) { return rate }
        return pairedRateReading(index, number) ?? namedRatioBeforeReading(index, number)
            ?? meanPerUnitReading(index, number) ?? paragraphRatioReading(index, number)
    }

    /// Whether a rate's part and whole are the next two numbers after it.
    private func isComputedRightAfter(_ rate: Claim) -> Bool {
        let next = Set(analysis.numberIndices.filter { $0 > rate.site }.prefix(2))
        return next.count == 2 && next == Set([rate.part?.token, rate.whole?.token].compactMap { $0 })
    }

    /// Whether the operand at `index` is a start or end value of a change between two values that count alike
    /// (`countsAlike`), or a value of no change at all (a sum's part): a rate set against a count of what it is per
    /// ('Afgezet tegen de 61.800 inwoners komt dat neer op 295 leden per 1.000 inwoners') is no level of that count.
    private func isLevelOfItsKind(_ index: Int) -> Bool {
        pairs.contains { ($0.from == index || $0.to == index) && countsAlike($0.from, $0.to) }
            || !pairs.contains { $0.from == index || $0.to == index }
    }

    /// Whether a rate is the later value of a change whose earlier value its sentence gives after it ('19,6 per 1.000
    /// inwoners, tegen 16,7 in 2022') and is of a part and whole stated before it, in its sentence ('Met 1.846
    /// meldingen op 94.200 inwoners kwam de stad uit op 19,6 …') or the ones before: it is stated of those counts, its
    /// earlier value an aside. Not when it is the start of a change as well, or the part or whole is a change's value.
    private func isComputedBeforeItsBase(_ rate: Claim) -> Bool {
        let levels = Set(pairs.flatMap { [$0.from, $0.to] })
        let taken = analysis.numberIndices.filter { $0 >= rate.site || levels.contains($0) }
            .compactMap { tokens[$0].number?.value }
        let isBefore = { (operand: Operand?) -> Bool in
            guard let operand else { return false }
            if let token = operand.token { return token < rate.site && !levels.contains(token) }
            // Carried, from a sentence before or from this one: no value at or after the rate nor a change's value
            // ('Gemiddeld 5.310 per dag, tegen 4.870 in 2024'), no count the sentence's construction gives (the days
            // of a year it names, perhaps the earlier level's).
            return !taken.contains(operand.value) && operand.binding?.evidence.contains(.construction) != true
        }
        return isBefore(rate.part) && isBefore(rate.whole)
            && pairs.contains { $0.to == rate.site && $0.from > rate.site } && !pairs.contains { $0.from == rate.site }
    }

    /// 'nam toe tot 12,4 procent', 'daalde naar 8%': a percentage after 'tot' or 'naar' is the level reached,
    /// not the change ('tot 20% meer' is a change).
    func isEndLevel(_ index: Int) -> Bool {
        guard index > 0, comparative(after: index) == nil else { return false }
        if tokens[index - 1].isWord("tot") || tokens[index - 1].isWord("naar") { return true }
        // 'De directe handel kwam daarmee uit op 66 procent': a level arrived at, unless a noun of change before it
        // in its clause is what arrived ('De groei kwam uit op 3,2 procent').
        let clause = analysis.clause(of: index)
        return index >= 2 && tokens[index - 1].isWord("op") && Lexicon.levelParticles.contains(tokens[index - 2].text)
            && !(clause.lowerBound..<index).contains { Lexicon.changeNouns.contains(tokens[$0].text) }
    }

    /// '18 van de 120 (15 procent)': a percentage whose parenthesis opens right after a part and its whole
    /// restates that part's share, whatever direction its clause has ('viel minder vaak terug: …').
    private func restatesOwnPart(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].isMark("("), tokens[index - 1].depth < tokens[index].depth else {
            return false
        }
        return analysis.numberIndices.contains { $0 < index - 2 && Self.ownWhole(of: $0, analysis) == index - 2 }
    }

    /// 'Ten opzichte van hetzelfde kwartaal vorig jaar (10,1%) is dat een daling van 1,4 procentpunt': in a sentence
    /// that states its change in points, an unsigned percentage alone in brackets right after words that name an
    /// earlier time (a marker of the past among the last `earlierTimeReach` words) is the level of that time, no
    /// change. Without points it may be the change ('daling ten opzichte van vorig jaar (8,1%)').
    private func isBracketedEarlierLevel(_ index: Int) -> Bool {
        guard index >= 2, index + 1 < tokens.count, tokens[index - 1].isMark("("), tokens[index + 1].isMark(")"),
            tokens[index].number?.sign == nil, tokens[index - 2].kind == .word,
            !numbers(.points, in: tokens.indices).isEmpty
        else { return false }
        let named = index - 2
        var first = named
        while first > 0, named - first + 1 < Self.earlierTimeReach, tokens[first - 1].kind == .word { first -= 1 }
        return analysis.hasEarlierMarker(first..<index - 1)
    }

    /// How many words before a bracket may name the earlier time its value is of ('hetzelfde kwartaal vorig jaar').
    static let earlierTimeReach = 3

    /// 'en blijft boven de sectornorm van 5,5%': a percentage that is the value of a noun other than a change,
    /// in a clause with no direction word, states a level; another clause's direction makes it no change.
    private func isNamedLevel(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].isWord("van"), tokens[index - 2].kind == .word else { return false }
        // The noun stands in the number's clause, so no direction word there means the noun is none either.
        return !Lexicon.changeNouns.contains(tokens[index - 2].text)
            && directions(in: analysis.clause(of: index)).isEmpty
    }

    /// What a written number claims: everything that rounds to it (for a range, to a value from its lower bound to
    /// it), or what its hedge allows ('ruim
    /// 14%': 14% and up to one step of the last digit or 5% more, whichever is wider; up to 10% more
    /// is left unverifiable); signed by `direction` (−1 for a decrease). A whole count is exact, unless
    /// it is `derived` (a mean, a rate), which is rounded like any computed number.
    func precise(_ number: WrittenNumber, direction: Int?, derived: Bool = false) -> Claimed {
        let magnitude = number.value.magnitude
        var accepted: Interval
        var plausible: Interval
        if let hedge = number.hedge {
            func widest(_ share: Exact) -> Exact {
                let relative = magnitude * share
                return relative > number.hedgeStep ? relative : number.hedgeStep
            }
            accepted = .hedged(magnitude, hedge: hedge, step: widest(Self.hedgeTolerance))
            plausible = .hedged(magnitude, hedge: hedge, step: widest(Self.hedgeDoubt))
        } else {
            accepted = number.isRounded || derived ? .rounding(to: magnitude, step: number.step) : .point(magnitude)
            if let lower = number.rangeLower {
                accepted = Interval(
                    lower: lower.lower, upper: accepted.upper, lowerOpen: lower.lowerOpen,
                    upperOpen: accepted.upperOpen)
            }
            plausible = accepted
        }
        let sign = direction ?? number.sign
        if sign == -1 {
            accepted = accepted.negated
            plausible = plausible.negated
        }
        let value = sign == -1 ? -magnitude : magnitude
        return Claimed(
            value: value, accepted: accepted, plausible: plausible, text: number.claimText, direction: sign,
            number: number)
    }

    /// How far a hedged number ('ruim', 'bijna', 'circa') may be off, relatively, and still be right;
    /// up to `hedgeDoubt` it is left unverifiable.
    static let hedgeTolerance = Exact(5, over: 100)
    static let hedgeDoubt = Exact(10, over: 100)

    /// 'gemiddeld' shortly before the number in its clause, the number no value of a list of groups.
    func isAveraged(_ index: Int) -> Bool {
        averageGoverns(index) && !headsGroupList(index) || meansBracketedList(index)
    }

    /// Whether an average word governs the number: 'gemiddeld' shortly before it in its clause, or as the label
    /// of a memo's line ('Gemiddeld: 92%').
    func averageGoverns(_ index: Int) -> Bool {
        if let label = analysis.memoLabel, label.count == 1, Lexicon.averageWords.contains(label[0]),
            analysis.numberIndices.first == index
        {
            return true
        }
        // 'De gemiddelde wachttijd bij de vijf instellingen …': a count after an article names a group.
        if index > 0, Self.determiners.contains(tokens[index - 1].text) { return false }
        // A memo's 'gem. 425': the abbreviation right before its number ('gem. Utrecht' is a municipality).
        if index >= 2, tokens[index - 1].isMark("."), ["gem", "gemidd"].contains(tokens[index - 2].text) {
            return true
        }
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, index - Self.averageCueReach)
        // The cue governs the first number after it, not the list in that number's parenthesis; one that opens
        // the clause governs its first count from further away ('Gemiddeld had een wijkteam eind 2023 142
        // casussen'), not a percentage ('gemiddeld over de gehele periode in 91% van de …' is a share).
        let opening =
            tokens[index].number?.unit == .count
            ? analysis.indices(of: Lexicon.averageWords, in: clause.lowerBound..<(clause.lowerBound + 1)) : []
        guard let cue = analysis.indices(of: Lexicon.averageWords, in: start..<index).last ?? opening.first else {
            return false
        }
        return !analysis.numberIndices.contains { $0 > cue && $0 < index }
    }

    /// 'Het gemiddeld aantal … (1.862, 1.874, …) bedroeg 1.883', 'De gemiddelde duur … bedroeg 6,8 jaar
    /// (5,9, 7,4 en 7,1 jaar)': a number after a verb of being in a sentence about an average, with a list
    /// to take it of.
    private func isAverageOfList(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        guard !analysis.indices(of: Lexicon.averageWords, in: 0..<index).isEmpty, index > 0,
            !Self.determiners.contains(tokens[index - 1].text)
        else { return false }
        let values = averagedValues(for: index)
        guard values.count >= 2 else { return false }
        // 'De gemiddelde … was 2,4 jaar: 2,8 jaar voor de 120 … en 1,6 jaar voor de 60 …'.
        if isAfterBeingVerb(index), sizedGroups(after: index) != nil { return true }
        // The list in the parenthesis after its phrase, with the cue in its clause ('Gemiddeld duurde een
        // traject … 14,2 maanden (A 12,8; B 15,1 …)', 'bedroeg 6,8 jaar (respectievelijk 5,9, 7,4 …)').
        let after = parenthesisAfterPhrase(of: index)
        if values.allSatisfy({ after.contains($0) }),
            !analysis.indices(of: Lexicon.averageWords, in: clause.lowerBound..<index).isEmpty
        {
            return true
        }
        // Not itself the first of the list ('bedroegen 41, 56, 38 …'); the cue in its clause, not in one
        // before it ('…; de langste was 23 dagen').
        return isAfterBeingVerb(index) && values.allSatisfy { $0 < index }
            && !analysis.indices(of: Lexicon.averageWords, in: clause.lowerBound..<index).isEmpty
    }

    /// How many words after a number may name what it counts ('Vijf gemeenten (…', '45 per 1.000').
    static let nounReach = DataBinder.nounReach

    /// Articles and demonstratives: a count after one names a group ('de vijf gemeenten'), it is no value.
    static let determiners: Set<String> = ["de", "het", "deze", "die"]

    /// How many tokens before a number 'gemiddeld' may stand ('gemiddeld bij 64,5% van').
    static let averageCueReach = 4

    // MARK: Direction

    /// +1 or −1 for the direction word that governs a number: its sign; a comparative right after it
    /// ('25% hoger'); the nearest direction word of its clause before it (back to the previous number),
    /// then after it (up to the next number), then anywhere in the clause; else the sentence's, when
    /// all its direction words agree, unless its clause names a difference with no direction of its own
    /// ('…, tegen 61 procent; een verschil van 13 procentpunt'), which has none.
    func direction(for index: Int) -> Int? {
        if let sign = tokens[index].number?.sign { return sign }
        if let comparative = comparative(after: index) { return comparative }
        if let sign = addedOrTakenOff(after: index) { return sign }
        // '… parken met lokaal eigendom (minstens 50% in handen van de omgeving) ging van …': a percentage in brackets
        // with words after it, after a noun, qualifies that noun; only a direction inside the brackets is its own. A
        // bare percentage in brackets ('159 plaatsingen (9,7%)'), or brackets after a number ('met 120 (8%)') or a
        // word of direction ('steeg (8%)'), speak of the change.
        if let inside = analysis.enclosingParenthesis(of: index), inside.lowerBound >= 2,
            inside.contains(where: { $0 > index && tokens[$0].kind == .word }),
            tokens[inside.lowerBound - 2].kind == .word,
            directions(in: (inside.lowerBound - 2)..<(inside.lowerBound - 1)).isEmpty
        {
            return directions(in: inside).first?.sign
        }
        let clause = analysis.clause(of: index)
        let numbers = analysis.numberIndices.filter {
            clause.contains($0) && $0 != index && tokens[$0].number?.unit != .count
        }
        let previous = numbers.last { $0 < index } ?? clause.lowerBound
        let next = numbers.first { $0 > index } ?? clause.upperBound
        // '… is ruim verdubbeld en vormt nu 40% van het wagenpark': a percentage of a whole its words name, in a
        // conjunct after 'en' with no direction of its own, is a share; the direction before 'en' is the other's.
        if let conjunct = (previous..<index).last(where: { tokens[$0].isWord("en") }), namesWholeAfter(index),
            directions(in: (conjunct + 1)..<next).isEmpty
        {
            return nil
        }
        if let found = directions(in: previous..<index).last {
            // 'De uitval nam met 0,6 procentpunt toe': a noun of change that opens the clause as its subject names
            // what changed; a verb or particle of direction in the clause says which way.
            guard opensAsSubject(found.token, clause),
                let verb = directions(in: clause).first(where: { !Lexicon.changeNouns.contains(tokens[$0.token].text) })
            else { return found.sign }
            return verb.sign
        }
        if let found = directions(in: (index + 1)..<next).first { return found.sign }
        if let found = directions(in: clause).first { return found.sign }
        if clause.contains(where: { tokens[$0].isWord("verschil") }) { return nil }
        // 'In 2021 had 31,5 procent …; in 2023 was dat 36,9 procent, een toename van …': a dated level, the
        // sentence's direction words all another number's.
        if isDatedLevel(index) { return nil }
        // 'Het aandeel huishoudens dat meer dan 40 procent van het inkomen kwijt is, steeg van 18 naar 23 procent': a
        // percentage of a whole its words name, in a clause with no direction, is a share; another clause's
        // direction is another number's.
        if namesOwnWhole(index) { return nil }
        let all = Set(directions(in: tokens.indices).map(\.sign))
        return all.count == 1 ? all.first : nil
    }

    /// Whether the percentage at `index` is a bound ('meer dan', 'minder dan') with 'van' and a word after it ('meer
    /// dan 40 procent van het inkomen'): a threshold of a share of the whole it names, no start value ('5 procent
    /// van 200 naar 210') and no change ('27 procent van de beginstand' may be one). So is any percentage before
    /// 'van', a determiner and a phrase whose size is the one count its clause gives after it ('bijna 60 procent
    /// van de aanvoer van 8.412 ton'), with no 'naar' or 'tot' there ('van de 200 naar 210' is a change's start).
    private func namesOwnWhole(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, let number = tokens[index].number, number.unit == .percent,
            tokens[index + 1].isWord("van"), tokens[index + 2].kind == .word
        else { return false }
        if number.hedge == .over || number.hedge == .under { return true }
        let phrase = (index + 2)..<analysis.clause(of: index).upperBound
        return Lexicon.wholeDeterminers.contains(tokens[index + 2].text) && numbers(.count, in: phrase).count == 1
            && !tokens[phrase].contains { $0.isWord("naar") || $0.isWord("tot") }
    }

    /// Whether 'van', an article or determiner and a word follow the percentage at `index` ('40% van het
    /// wagenpark'): its words name the whole it is a share of.
    private func namesWholeAfter(_ index: Int) -> Bool {
        index + 3 < tokens.count && tokens[index].number?.unit == .percent && tokens[index + 1].isWord("van")
            && tokens[index + 2].kind == .word && Lexicon.wholeDeterminers.contains(tokens[index + 2].text)
            && tokens[index + 3].kind == .word
    }

    /// Whether the noun of change at `index` opens `clause` after an article ('De uitval …', 'Het verzuim …').
    private func opensAsSubject(_ index: Int, _ clause: Range<Int>) -> Bool {
        index >= 1 && index - 1 == clause.lowerBound && Lexicon.changeNouns.contains(tokens[index].text)
            && Self.subjectArticles.contains(tokens[index - 1].text)
    }

    /// +1 for a word (or pair of words) of increase, −1 for one of decrease ('steeg', 'daling'), else nil.
    static func directionSign(of words: String) -> Int? {
        Lexicon.increase.contains(words) ? 1 : Lexicon.decrease.contains(words) ? -1 : nil
    }

    /// The first words of the directions written as two words or more ('liep op').
    private static let directionPairOpenings = Set(
        Lexicon.increase.union(Lexicon.decrease).compactMap { words in
            words.firstIndex(of: " ").map { String(words[..<$0]) }
        })

    /// The words that may give a direction besides a factor's ('verdubbeld'): a word of increase or decrease, the
    /// first of two ('liep op'), a particle of a separable verb ('terug') and a noun of gain or loss ('verlies').
    private static let signingWords = Lexicon.increase.union(Lexicon.decrease).union(directionPairOpenings)
        .union(Lexicon.separableVerbs.map(\.particle)).union(Lexicon.gainsAndLosses.keys)

    /// Direction words in a range (comparatives only where they follow a number), in order.
    func directions(in range: Range<Int>) -> [(token: Int, sign: Int)] {
        var result: [(token: Int, sign: Int)] = []
        for index in range.clamped(to: tokens.indices) where tokens[index].kind == .word {
            let word = tokens[index].text
            // Most words give no direction in any way: told by one look-up.
            let factor = Self.factor(of: word)
            guard factor != nil || Self.signingWords.contains(word) else { continue }
            if Lexicon.comparatives.contains(word) || namesChangedQuantity(index) { continue }
            // Only a word that opens a direction of two words makes a pair worth looking up.
            let pair =
                index + 1 < tokens.count && Self.directionPairOpenings.contains(word)
                ? word + " " + tokens[index + 1].text : ""
            let signs = [word, pair].compactMap(Self.directionSign)
            if signs.contains(1) || factor.map({ $0 > Exact(1) }) == true {
                result.append((index, 1))
            } else if signs.contains(-1) || factor.map({ $0 < Exact(1) }) == true {
                result.append((index, -1))
            } else if let sign = separableSign(at: index) ?? gainOrLossSign(at: index) {
                result.append((index, sign))
            }
        }
        return result
    }

    /// Whether the word at `index` names what a change noun before it measures ('het verschil in uitval', 'de
    /// toename in de groei'): the quantity, not the change's direction.
    private func namesChangedQuantity(_ index: Int) -> Bool {
        var before = index - 1
        if before >= 0, Self.determiners.contains(tokens[before].text) { before -= 1 }
        return before >= 1 && tokens[before].isWord("in") && Lexicon.changeNouns.contains(tokens[before - 1].text)
    }

    /// The sign a particle gives that closes its clause (or its verb phrase) after a form of its verb
    /// ('liep met 6 dagen terug', 'ging met 4 procent omhoog').
    private func separableSign(at index: Int) -> Int? {
        let clause = analysis.clause(of: index)
        // Closing the clause, or its verb phrase before the end value ('… terug naar 94 dagen').
        let closes =
            index + 1 == clause.upperBound || tokens[index + 1].kind == .mark || tokens[index + 1].isWord("naar")
            || tokens[index + 1].isWord("tot")
        guard closes else { return nil }
        let verbs = Set(tokens[clause.lowerBound..<index].filter { $0.kind == .word }.map(\.text))
        return Lexicon.separableVerbs.first { $0.particle == tokens[index].text && !verbs.isDisjoint(with: $0.forms) }?
            .sign
    }

    /// 'meer', 'hoger', 'minder', 'lager' right after a number (or after its 'procent'); 'vaker' right after
    /// percentage points ('6 procentpunt vaker': the share of the subject's group is the higher) or a percentage ('6
    /// procent vaker dan in 2024': a count of times, higher by that part of it).
    func comparative(after index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return nil }
        let word = tokens[index + 1].text
        let unit = tokens[index].number?.unit
        if word == Self.moreOften, unit == .points || unit == .percent { return 1 }
        if let sign = positionSign(after: index) { return sign }
        guard Lexicon.comparatives.contains(word) else { return nil }
        return Lexicon.increase.contains(word) ? 1 : -1
    }

    /// The sign of 'erbij' or 'eraf' right after a percentage ('9 procent erbij', 'zestig procent eraf'): what was
    /// added to a quantity or taken off it, a change in time; unlike a comparative, no comparison of two groups.
    private func addedOrTakenOff(after index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index].number?.unit == .percent else {
            return nil
        }
        return Lexicon.addedOrTakenOff[tokens[index + 1].text]
    }

    /// The comparative of frequency: of two shares, the higher ('vaker'; 'minder vaak' is read by 'minder').
    static let moreOften = "vaker"

    /// The factor a word states ('verdubbeld' 2, 'gehalveerd' ½).
    static func factor(of word: String) -> Exact? {
        // Most words open with two ASCII letters no form opens with: told by their first two bytes.
        if let opening = asciiOpening(word), !factorOpenings.contains(opening) { return nil }
        return factorForms.first { word.hasPrefix($0.form) }.map(\.factor)
    }

    /// Each factor stem and the same after 'ge' ('verdubbel', 'geverdubbel'), with its factor, in the stems' order.
    private static let factorForms: [(form: String, factor: Exact)] = Lexicon.factorStems.flatMap { stem in
        let factor = Exact(stem.numerator, over: stem.denominator)
        return [(stem.stem, factor), ("ge" + stem.stem, factor)]
    }
    /// The openings of the factor forms (`asciiOpening`).
    private static let factorOpenings = Set(factorForms.compactMap { asciiOpening($0.form) })

    /// The first two bytes of a word as one number, when both are ASCII.
    private static func asciiOpening(_ word: String) -> UInt16? {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), first < 0x80, second < 0x80 else { return nil }
        return UInt16(first) << 8 | UInt16(second)
    }

    // MARK: Helpers for the grammar

    /// The number tokens of a unit in a range.
    /// The numbers of a unit in a range, leaving out factors and sides of fractions ('drie keer',
    /// 'drie op de tien').
    func numbers(_ unit: NumberUnit, in range: Range<Int>) -> [Int] {
        analysis.numberIndices.filter { index in
            range.contains(index) && tokens[index].number?.unit == unit
                && (Self.isValue(index, tokens) || Self.isDifference(index, tokens))
        }
    }

    /// The operand a number token gives, with its year.
    func operand(_ index: Int, year: Int? = nil) -> Operand {
        var operand = Operand(
            tokens[index].number!, year: year ?? analysis.ownYear(of: index)?.year, token: index,
            line: analysis.line(of: index))
        operand.written = (tokens, index)
        return operand
    }

    /// The operand a topic of an earlier sentence gives.
    func operand(_ topic: Topic) -> Operand? {
        topic.value.map {
            Operand($0, year: topic.year, token: nil, line: topic.line, binding: OperandBinding(.carriedOver))
        }
    }

    /// The start and end value the sentence leaves for the next to refer to: its last stated pair; a
    /// start value it puts before the quantity of the sentence before ('Twee jaar eerder waren dat er
    /// nog 26,6 duizend'); or its only count, said to be of now, after that quantity ('Nu, vier jaar
    /// later, zijn het er vierduizend vijfhonderd'); else the quantity restated for another time (`restatedPair()`).
    /// With no pair, the one change it states by its amount and end value ('Het aantal leden steeg met 420 tot
    /// 6.720', 'een daling van 300 naar 5.100') runs from the start that makes to the end.
    func lastPair(topic: Topic?) -> (from: Operand, to: Operand)? {
        if let pair = pairs.last { return (operand(pair.from), operand(pair.to)) }
        if let pair = datedPair() { return pair }
        let spans = analysis.clauses.indices.compactMap { differenceSpan(in: $0, frame: PeriodFrame()) }
        if spans.count == 1, let from = spans[0].0, let to = spans[0].1 { return (from, to) }
        let counts = numbers(.count, in: tokens.indices)
        if bases.isEmpty, counts.count == 1, analysis.hasPresentMarker(tokens.indices),
            let value = topic?.value, value.unit == .count, let from = topic.flatMap(operand)
        {
            return (from, operand(counts[0]))
        }
        // 'In Deventer was dat vorig jaar 135 euro' after Zwolle's 90 euro: another place, maybe no change in time.
        guard let base = bases.last, refersBack(tokens.indices) || analysis.hasEarlierMarker(tokens.indices),
            !namesPlaceNotBefore,
            let value = topic?.value, value.unit == tokens[base].number?.unit,
            let to = groupCountBefore(ofBase: base)
        else { return restatedPair() ?? restatedStretchPair() }
        // 'In 2018 nog 84.000 … Vorig jaar waren het er 63.000': a past dated from now is later than a stated year
        // when 'nog' marks that year's value as the earlier; else the two have no order.
        if topic?.year != nil, analysis.isRelativeToNow(tokens.indices) {
            return topic?.isStill == true ? (to, operand(base)) : nil
        }
        return (operand(base), to)
    }

    /// The sentence's only two numbers when they are of one unit, in two clauses (or two conjuncts of one:
    /// `ContrastedGroups.gappedJoint`), and no start and end value: two groups or moments it contrasts ('In groep A
    /// 42 procent, in groep B 30 procent'). The scale of a
    /// rate is none of them ('84 per 1.000 inwoners, in Utrecht 63'), nor the size of a group ('(n = 412)'), nor are
    /// a whole and the part 'waarvan' takes of it ('205.500 contacten, waarvan 148.200 telefonisch'): no two groups.
    func contrast() -> [Operand] { contrastValues().map { operand($0) } }

    /// What names the groups of the two values the sentence contrasts (`contrast()`).
    func contrastGroups() -> ContrastedGroups? {
        let values = contrastValues()
        return values.isEmpty ? nil : ContrastedGroups(values, in: analysis)
    }

    private func contrastValues() -> [Int] {
        let values = analysis.numberIndices.filter {
            ($0 == 0 || !tokens[$0 - 1].isWord("per")) && !isSampleSize($0)
        }
        guard values.count == 2, pairs.isEmpty, bases.isEmpty, let unit = tokens[values[0]].number?.unit,
            tokens[values[1]].number?.unit == unit, values.allSatisfy({ Self.isValue($0, tokens) }),
            analysis.clauseOf[values[0]] != analysis.clauseOf[values[1]]
                || ContrastedGroups.gappedJoint(values, in: analysis) != nil,
            !values.contains(where: isSplitByWaarvan)
        else { return [] }
        return values
    }

    /// The counts of the sentence that are no start or end value, nor a stated difference (`statesDifference`), nor
    /// a rate per a scale or the count of its units (`scaledRateCounts`).
    func plainCounts() -> [Operand] {
        let paired = Set(pairs.flatMap { [$0.from, $0.to] } + bases).union(scaledRateCounts())
        let found = numbers(.count, in: tokens.indices).filter { !paired.contains($0) && !statesDifference($0) }
        return preferringDigits(found).map { operand($0) }
    }

    /// Numbers that may be parts of one list: those in digits when there are two or more, else all of them ('drie
    /// subsidies: 1,2 miljoen …, 0,8 miljoen … en 0,35 miljoen …' lists three amounts, not four).
    func preferringDigits(_ found: [Int]) -> [Int] {
        let digits = found.filter { tokens[$0].number?.isWord == false }
        return digits.count >= 2 ? digits : found
    }

    /// 'Ruim 30.000 cliënten (30.412)': the count a parenthesis after a count's phrase gives exactly.
    func exactRestatement(of index: Int) -> Int? {
        var position = index
        while position + 1 < tokens.count, tokens[position + 1].kind == .word, position - index < Self.nounReach {
            position += 1
        }
        guard let inside = analysis.parenthesis(after: position), inside.count == 1,
            tokens[inside.lowerBound].number?.unit == .count
        else { return nil }
        return inside.lowerBound
    }

    /// 'Ruim 9.000 toezichten werden in 2023 afgerond (9.240)', 'Circa 1.900 … verblijven … (peildatum: 1.874)': the
    /// next number in a hedged count's stretch, when it is a count of its kind alone in brackets at the next depth
    /// (a label before it, words after it), with no year and no mark of another time there ('(thans 12.350)'), and
    /// no fraction between them ('ruim drieduizend, van wie een derde (1.020)'). Tied only by where it stands
    /// (`OperandBinding.Evidence.positionOnly`): it may confirm the count, never contradict it.
    func bracketedRestatement(of index: Int) -> Int? {
        let stretches = analysis.stretches
        guard let next = analysis.numberIndices.first(where: { $0 > index }), stretches[next] == stretches[index],
            tokens[next].number?.unit == .count, tokens[next].depth == tokens[index].depth + 1,
            ReadingSanity.kindAlike([index, next], in: tokens),
            let inside = analysis.enclosingParenthesis(of: next),
            inside.allSatisfy({ $0 == next || tokens[$0].kind == .word || tokens[$0].isMark(":") }),
            !analysis.hasEarlierMarker(inside), !analysis.hasPresentMarker(inside),
            !tokens[(index + 1)..<next].contains(where: { Lexicon.fractions[$0.text] != nil })
        else { return nil }
        return next
    }

    /// Whether a clause refers to the quantity of an earlier sentence ('dit aantal', 'daarvan').
    func refersToValue(_ clause: Range<Int>) -> Bool {
        clause.contains { index in
            Lexicon.quantityReferences.contains { analysis.matches($0, at: index) }
                || tokens[index].kind == .word && Lexicon.partReferences.contains(tokens[index].text)
        }
    }
}
