/// A change the text states by its start and end value.
struct FromTo: Sendable, Hashable {
    let from: Int
    let to: Int
}

/// Changes, changes in points and differences: the claimed number and the start and end values the
/// text gives for it. Start and end values are read from 'van 200 naar 250', '250 (2022: 200)',
/// '250 (vorig jaar: 200)', '250, tegen 200 een jaar eerder', '25% meer dan de 200 van 2022', '… dan
/// in 2022 (78,0 duizend)', 'drie keer zo hoog als in 2020 (620)', '…, toen het er 200 waren', 'in
/// 2019 (31.456) … in 2020 (21.735)'. A claim takes the values of its own clause, of the clause it
/// restates (', een stijging van 25%', ', ofwel 11 procent'), of the sentence before when it refers
/// back ('Dat is een toename van 6 procent', 'steeg daarmee met 3,4 procent'), or of the sentence
/// after when that gives the start value ('… tot 421. Een jaar eerder stonden er nog 513 …').
extension ClaimParser {
    /// Every start and end value the sentence states, and the start values it states without an end; `comparisons`
    /// are the sentence's comparison markers with their bases (`comparisons(_:)`).
    static func fromTos(_ analysis: SentenceAnalysis, comparisons: [Int: Int]) -> (pairs: [FromTo], bases: [Int]) {
        let tokens = analysis.tokens
        var pairs: [FromTo] = []
        var bases: [Int] = []
        func unit(_ index: Int) -> NumberUnit? { tokens[index].number?.unit }
        /// The nearest number of `unit` before `index` that is no difference ('50 meer'), else the first after `base`;
        /// with `depth`, only one that stands at that depth of parentheses; with `like`, a value written in digits
        /// takes no count in words ('Met 64.300 bezoekers over drie dagen … meer dan vorig jaar (59.400)'); before a
        /// comparison's marker, none that another comparison coordinated with it compares with (`isCoordinatedBase`),
        /// nor a share's whole (`isWholeOfShare`; of a fraction in words when 'en' coordinates the comparison with
        /// it: 'ruim een kwart van alle 4.860 meldingen en 180 meer dan in 2023 (1.130)'); with `timeLike`, a count of
        /// time ('binnen 17 dagen') only for a base that counts time too ('In 1.146 zaken volgde binnen 17 dagen een
        /// zitting; een jaar eerder waren dat er nog 865').
        func end(
            before index: Int, unit: NumberUnit?, orAfter base: Int? = nil, depth: Int? = nil, like written: Int? = nil,
            timeLike timed: Int? = nil
        ) -> Int? {
            let inDigits = written.map { tokens[$0].number?.isWord == false } ?? false
            let untimed = timed.map { !ReadingSanity.countsTime($0, in: tokens) } ?? false
            let candidates = analysis.numberIndices.filter { value in
                tokens[value].number?.unit == unit && isValue(value, tokens)
                    && !(untimed && ReadingSanity.countsTime(value, in: tokens))
                    && depth.map { tokens[value].depth == $0 } ?? true
                    && !(inDigits && tokens[value].number?.isWord == true) && !namesSomething(value, tokens)
                    && !(comparisons[index] != nil
                        && (isCoordinatedBase(value, of: index, in: comparisons, analysis)
                            || isWholeOfShare(value, analysis, inWords: isCoordinated(value, with: index, tokens))))
            }
            return candidates.last { $0 < index } ?? base.flatMap { base in candidates.first { $0 > base } }
        }
        for index in tokens.indices {
            let token = tokens[index]
            // 'van 200 (in 2019) naar 250'
            if token.isWord("van") || token.isWord("vanaf"),
                let from = number(after: index, in: tokens, skipping: Self.fromFillers),
                unit(from) != .points
            {
                let clause = analysis.clause(of: from)
                for position in (from + 1)..<clause.upperBound {
                    // 'steeg van 64 (van 96 bemiddelingen) naar 81': a 'van' inside a parenthesis pairs with no 'naar'
                    // outside it, and a number inside one after the start is an aside.
                    if tokens[position].depth < token.depth { break }
                    if tokens[position].depth > token.depth { continue }
                    if tokens[position].kind == .number && unit(position) == unit(from) { break }
                    // 'Door de opening van twee extra zalen steeg dat aantal naar …': a verb of change after the
                    // number, where 'van' does not open the clause, says the number was of a phrase before it.
                    if index > clause.lowerBound, isChangeVerb(tokens[position]) { break }
                    if tokens[position].isWord("naar") || tokens[position].isWord("tot"),
                        let to = number(after: position, in: tokens),
                        unit(to) == unit(from)
                    {
                        if !namesAmount(afterChangeNoun: index, from: from, to: to, tokens) {
                            pairs.append(FromTo(from: from, to: to))
                        }
                        break
                    }
                }
            }
            // '(2015 = 100) …, met een indexcijfer van 142,0': an index's base year set to 100 is the start of the
            // index the sentence gives after it (else before it).
            if token.isMark("="), index > 0, tokens[index - 1].year != nil, let base = number(after: index, in: tokens),
                tokens[base].number?.value == Self.indexBase, unit(base) == .count,
                let later = analysis.numberIndices.first(where: { $0 > base && unit($0) == .count })
                    ?? analysis.numberIndices.last(where: { $0 < index - 1 && unit($0) == .count })
            {
                pairs.append(FromTo(from: base, to: later))
            }
            // '412 → 318 huishoudens', '78% → 81%': the arrow of a memo joins a value to the one it became.
            if let chain = arrowChain(from: index, in: tokens), let pair = chainSpan(chain, analysis) {
                pairs.append(pair)
            }
            // '250 (2022: 200)', '214 (jan. 2024: 248)', '€ 41,3 mln (begroot: € 38,0 mln)'; a label of an
            // earlier time needs no colon ('2.300 (vorig jaar 2.500)').
            let opensPart = token.isMark(";") && token.depth > 0
            if token.isMark("(") && !opensPart || opensPart && earlierLabelEnd(after: index, analysis) != nil,
                let colon = tokens[(index + 1)...].prefix(Self.labelReach).firstIndex(where: { $0.isMark(":") })
                    ?? earlierLabelEnd(after: index, analysis),
                ((index + 1)..<colon).allSatisfy({ isLabelPart($0, tokens) }),
                // '(landelijk: 91 procent)' compares with the country; it gives no earlier value.
                !tokens[(index + 1)..<colon].contains(where: { Lexicon.countryWords.contains($0.text) }),
                let inner = number(after: colon, in: tokens), let outer = end(before: index, unit: unit(inner)),
                !labelsOtherTotal((index + 1)..<colon, of: outer, analysis),
                analysis.parenthesis(after: index - 1).map({ inside in
                    analysis.numberIndices.filter { inside.contains($0) && unit($0) == unit(inner) }.count == 1
                }) ?? true
            {
                pairs.append(FromTo(from: inner, to: outer))
            }
            // '250, tegen 200 een jaar eerder'; 'Tegen 4.380 een jaar eerder werden … 4.120'
            // '18 van de 120 tegen 42 van de 160': a count after 'tegen' with a whole of its own is a part set
            // against another group's, no earlier value of a change.
            // 'steeg met 12 procent, tegen 5 procent bij mannen': a change set against a change (`ContrastedChanges`).
            // A value in a parenthesis that 'tegen' stands outside of is an aside ('34 zomerse dagen (25 graden of
            // hoger), tegen 21') when a value of its unit stands outside it too; else it is the later value ('713
            // (63%) schuldenvrij, tegen 58%'). A base in digits takes a later value in digits where there is one
            // ('412.800 mensen in onze twee baden, tegen 389.500'), else one in words ('twaalf, tegen 9'). Lists as
            // long on either side pair in order (`againstLists`).
            if token.isAgainstWord, let listed = againstLists(at: index, in: analysis) {
                pairs += listed
            } else if token.isAgainstWord || setsAgainst(index, tokens),
                let base = number(after: index, in: tokens),
                !isPartOfOwnWhole(base, analysis),
                let nearest = [token.depth, nil].lazy.compactMap({ depth in
                    end(before: index, unit: unit(base), orAfter: base, depth: depth, like: base)
                        ?? end(before: index, unit: unit(base), orAfter: base, depth: depth)
                }).first,
                // '23 van de 58 wagens zijn elektrisch, tegen 15 vorig jaar': the part is set against the base, not
                // its whole.
                case let later = analysis.numberIndices.last(where: {
                    $0 < nearest && statedWhole(of: $0, analysis) == nearest
                }) ?? nearest,
                later != base,
                !(later < index && isChangeAmount(later, analysis))
            {
                pairs.append(FromTo(from: base, to: later))
            }
            // '25% meer dan de 200', '… dan in 2022 (78,0 duizend)', 'zo hoog als in 2020 (620)',
            // 'toen het er 200 waren'
            // 'wachten 312 inwoners langer dan acht weken': a base that counts something else is none.
            // A rate is compared with the nearest rate per its scale ('7,4 per 100 … 15,6% hoger dan … (6,4 per
            // 100)'), not with a count between them.
            if let base = comparisons[index] {
                let scale = statedScale(of: base, in: tokens)
                var nearest = scale == nil ? end(before: index, unit: unit(base), like: base)
                    : analysis.numberIndices.last {
                        $0 < index && unit($0) == unit(base) && statedScale(of: $0, in: tokens) == scale
                            && !isCoordinatedBase($0, of: index, in: comparisons, analysis)
                    }
                // '2.300, een daling van 500 ten opzichte van 2022 (1.800)': the change's amount is no level.
                if let amount = nearest, let level = apposedLevel(of: amount, analysis) { nearest = level }
                // '335 dieren herplaatst (214 katten en 121 honden), 38 meer dan …': a part in the breakdown of a count
                // is no level; the count is.
                if let part = nearest, let whole = brokenDownCount(holding: part, analysis) { nearest = whole }
                // '912,46 punten, 10,82 punten of 1,2 procent hoger dan …': the change's size in points is no level.
                if let amount = nearest, Self.restatement(after: amount, tokens) != nil { nearest = nil }
                // 'vorig jaar 6 weken, nu is die langer dan 8 weken': a value of a clause in the past is no later
                // value of one compared in a clause of now.
                let pastBeforeBase = nearest.map {
                    analysis.hasEarlierMarker(analysis.clause(of: $0))
                        && analysis.hasPresentMarker(analysis.clause(of: base))
                } ?? false
                guard ReadingSanity.countAlike([base] + (nearest.map { [$0] } ?? []), in: tokens),
                    !(nearest.map { Self.measuresComparative($0, before: index, tokens) } ?? false), !pastBeforeBase
                else { continue }
                // 'liep op met 0,9 week en ligt nu 45 procent boven de norm van 4 weken': nor is the amount of another
                // change, one with the comparison's own number between it and the marker.
                let ofOtherChange = nearest.map { amount in
                    isAmountOfVerb(amount, analysis) && analysis.numberIndices.contains { $0 > amount && $0 < index }
                } ?? false
                if let later = nearest, later != base, !ofOtherChange {
                    pairs.append(FromTo(from: base, to: later))
                } else {
                    bases.append(base)
                }
            }
        }
        // A clause that puts its only number in the past ('een jaar geleden waren dat er nog 1.150'). Its
        // later value stands before it, or after it in a clause that says it is of now ('vorig jaar 412,
        // dit jaar 467'); with other numbers of its unit after it and no such word, the marker frames the
        // whole sentence ('vorig jaar 148 …, in Sneek 37 en in Heerenveen 45'): no base is read.
        // A clause with a year and 'nog' before its number is in the past too ('in 2021 waren het er nog 15.000').
        // A marker of the past relative to now ('vorig jaar', 'twee jaar geleden') is not earlier than a
        // value with a year of its own ('In 2021 840 meldingen, vorig jaar 1.190').
        for clause in analysis.clauses where analysis.hasEarlierMarker(clause) || analysis.isStillDated(clause) {
            let numbers = analysis.numberIndices.filter { clause.contains($0) }
            // '312 gezinnen, 48 meer dan een jaar geleden': a difference from the past is no value of it, nor is a
            // change ('…, en 8 procent minder dan het jaar daarvoor').
            guard numbers.count == 1, let base = numbers.first, !isDifference(base, tokens),
                !isComparedChange(base, tokens),
                !pairs.contains(where: { $0.from == base || $0.to == base }),
                !bases.contains(base)
            else { continue }
            let after = analysis.numberIndices.first { $0 >= clause.upperBound && unit($0) == unit(base) }
            let before = end(before: clause.lowerBound, unit: unit(base), timeLike: base)
            /// A value of a year of its own, or of a past not dated from now ('toen', 'in 2019 … nog').
            func isDatedPast(_ value: Int) -> Bool {
                let own = analysis.clause(of: value)
                return analysis.ownYear(of: value) != nil
                    || !analysis.isRelativeToNow(own) && (analysis.hasEarlierMarker(own) || analysis.isStillDated(own))
            }
            if analysis.isRelativeToNow(clause), [before, after].contains(where: { $0.map(isDatedPast) ?? false }) {
                // 'In 2021 ging het om 840, vorig jaar om 1.190', 'Toen 120, vorig jaar 350': a dated past written
                // before is earlier than now's 'vorig jaar', unless the sentence looks ahead ('verwacht').
                let looksAhead = !analysis.indices(of: Lexicon.futureWords, in: tokens.indices).isEmpty
                if let before, isDatedPast(before), !looksAhead {
                    pairs.append(FromTo(from: before, to: base))
                }
                continue
            }
            if let later = end(before: clause.lowerBound, unit: unit(base), timeLike: base) {
                pairs.append(FromTo(from: base, to: later))
            } else if let after, !Tokenizer.isComparativeBound(after, tokens),
                analysis.hasPresentMarker(analysis.clause(of: after))
                    || analysis.isStillDated(clause) && analysis.isRelativeToNow(analysis.clause(of: after))
            {
                pairs.append(FromTo(from: base, to: after))
            } else if after == nil {
                bases.append(base)
            }
        }
        // Two dated levels beside a change of its own (`DatedLevels.swift`).
        if let levels = datedLevelPair(analysis),
            !pairs.contains(where: { !Set([$0.from, $0.to]).isDisjoint(with: [levels.from, levels.to]) })
        {
            pairs.append(levels)
        }
        // A value below zero ('−0,8 miljoen', 'een negatief resultaat van 0,8 miljoen') is no start or end: a
        // change across zero is not read.
        func isNegative(_ index: Int) -> Bool { tokens[index].number?.sign == -1 }
        return (pairs.filter { !isNegative($0.from) && !isNegative($0.to) }, bases.filter { !isNegative($0) })
    }

    /// The values a memo joins by arrows from the number at `index` on ('960 → 912 → 864'), when it opens
    /// such a chain.
    static func arrowChain(from index: Int, in tokens: [Token]) -> [Int]? {
        func isArrow(_ position: Int) -> Bool {
            position >= 0 && position < tokens.count && tokens[position].kind == .mark
                && Lexicon.arrows.contains(tokens[position].text)
        }
        guard tokens[index].kind == .number, !isArrow(index - 1) else { return nil }
        var chain = [index]
        while isArrow(chain.last! + 1), let next = number(after: chain.last! + 1, in: tokens),
            tokens[next].number?.unit == tokens[index].number?.unit
        {
            chain.append(next)
        }
        return chain.count > 1 ? chain : nil
    }

    /// The change an arrow chain states: its one step; over more steps, its first to its last value when the
    /// sentence names the whole span ('960 → 912 → 864 cliënten (2021-2023), in twee jaar -10%', 'over de
    /// hele periode'), its last step when it names that ('in het laatste jaar'), else none: the text does not
    /// say which of its steps a change is of.
    static func chainSpan(_ chain: [Int], _ analysis: SentenceAnalysis) -> FromTo? {
        let steps = chain.count - 1
        if steps == 1 { return FromTo(from: chain[0], to: chain[1]) }
        let tokens = analysis.tokens
        let after = (chain.last! + 1)..<tokens.count
        if !analysis.indices(of: lastStepWords, in: after).isEmpty {
            return FromTo(from: chain[steps - 1], to: chain[steps])
        }
        let spanned = after.contains { position in
            (NumberWords.value(of: tokens[position].text) ?? Int(tokens[position].text)) == steps
                && position + 1 < tokens.count && yearWords.contains(tokens[position + 1].text)
        }
        return spanned || !analysis.indices(of: wholePeriodWords, in: after).isEmpty
            ? FromTo(from: chain[0], to: chain[steps]) : nil
    }

    /// The value an index takes in its base year ('2015 = 100').
    static let indexBase = Exact(100)

    /// Words between 'van' and a start value ('van gemiddeld 64 dagen').
    static let fromFillers: Set<String> = ["een", "totaal", "gemiddeld", "de", "het"]

    /// How many words a label before ':' in a parenthesis may have ('(vorig jaar: 248)').
    static let labelReach = 4

    /// The count a parenthesis breaks down when the number at `part` stands in it: the parenthesis follows the count
    /// and the words after it ('335 dieren herplaatst (214 katten en 121 honden)'), and each number of the count's
    /// unit in it is smaller than the count.
    private static func brokenDownCount(holding part: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        guard let inside = analysis.enclosingParenthesis(of: part) else { return nil }
        var count = inside.lowerBound - 2
        while count >= 0, tokens[count].kind == .word { count -= 1 }
        guard count >= 0, let whole = tokens[count].number, whole.unit == tokens[part].number?.unit,
            tokens[count].depth == tokens[part].depth - 1
        else { return nil }
        let parts = analysis.numberIndices.filter { inside.contains($0) && tokens[$0].number?.unit == whole.unit }
        return parts.allSatisfy({ tokens[$0].number.map { $0.value < whole.value } ?? false }) ? count : nil
    }

    /// The colon that ends a label opening the bracket at `open` ('(2022: 41 op 1.178)', '(Q3 vorig jaar: 31 …)'):
    /// its index when the up to `labelReach` tokens before it are words, years or a year's slash (`isLabelPart`).
    static func labelColon(openingAt open: Int, _ tokens: [Token]) -> Int? {
        guard let colon = tokens[(open + 1)...].prefix(labelReach).firstIndex(where: { $0.isMark(":") }),
            colon > open + 1, ((open + 1)..<colon).allSatisfy({ isLabelPart($0, tokens) })
        else { return nil }
        return colon
    }

    /// Whether the token at `index` can be part of a label before ':' in a parenthesis: a word, a year, a stop of an
    /// abbreviation, or the slash and second year of a school or fiscal year ('(2021/22: 287)', '(2021/2022: 287)').
    private static func isLabelPart(_ index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.kind == .word || token.kind == .year || token.isMark(".") { return true }
        let afterYear = index > 0 && tokens[index - 1].kind == .year
        let afterSlash = index > 1 && tokens[index - 1].isMark("/") && tokens[index - 2].kind == .year
        return token.isMark("/") && afterYear || token.kind == .label && afterSlash
    }

    /// '(vorig jaar 2.500)', '(een jaar eerder 410)', '(was 2.530)': the last word of a label of an earlier time
    /// that opens the parenthesis at `open` (or its part after ';': '(+11,1%; vorig jaar 41.300)'), right before
    /// its number.
    private static func earlierLabelEnd(after open: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        // '(vorig jaar € 36.100)': an amount of money is that time's value as a count is.
        guard let first = tokens[(open + 1)...].prefix(Self.labelReach + 1).firstIndex(where: { $0.kind != .word }),
            first > open + 1,
            tokens[first].kind == .number
                || tokens[first].isMark("€") && first + 1 < tokens.count && tokens[first + 1].kind == .number
        else { return nil }
        let pastVerb = first == open + 2 && Lexicon.pastOfBeing.contains(tokens[open + 1].text)
        return pastVerb || analysis.hasEarlierMarker((open + 1)..<first) ? first - 1 : nil
    }

    /// Whether a number can be a start or end value: not a difference ('50 meer'), a factor ('drie
    /// keer') or a side of a fraction ('drie op de tien'); 'op de 17 locaties', with no count before 'op', is a
    /// place, and its number a value.
    static func isValue(_ index: Int, _ tokens: [Token]) -> Bool {
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let fraction =
            next?.isWord("op") == true && index + 2 < tokens.count && tokens[index + 2].isWord("de")
            || index >= 3 && tokens[index - 1].isWord("de") && tokens[index - 2].isWord("op")
                && (tokens[index - 3].kind == .number || Lexicon.cardinals[tokens[index - 3].text] != nil)
            || countsFraction(index, tokens)
        // 'Afname: 303': the number a change's label gives is the change.
        let labelledChange =
            index >= 2 && tokens[index - 1].isMark(":") && Lexicon.changeNouns.contains(tokens[index - 2].text)
        // '(x 1.000 euro)', '(x € 1 miljoen)': the multiplier of a table's amounts is none of them.
        let sign = index > 0 && tokens[index - 1].isMark("€") ? index - 2 : index - 1
        let multiplier = sign >= 0 && Self.multiplierMarks.contains(tokens[sign].text)
        return !isDifference(index, tokens) && !isFactor(index, tokens) && !Tokenizer.isCountedGroupBound(index, tokens)
            && !Tokenizer.isNamedOpenBound(index, tokens) && !Tokenizer.isClassLabel(index, tokens) && !fraction
            && !labelledChange && !multiplier
            && signedDifference(index, tokens) == nil
    }

    /// The marks of a multiplier before its number ('x 1.000').
    static let multiplierMarks: Set<String> = ["x", "×"]

    /// '2,5 keer zo groot', 'drie keer het landelijke cijfer', 'twee keer meer', 'twee en een half keer zo vaak',
    /// 'een factor 4 hoger': a number before a times word, or after 'factor', that compares; 'werd 6.400 keer
    /// afgesloten' counts occasions.
    static func isFactor(_ index: Int, _ tokens: [Token]) -> Bool {
        // 'een factor 4 hoger': the number after 'factor' is the factor.
        if index >= 1, tokens[index - 1].isWord("factor") { return true }
        let addsFraction = index + 3 < tokens.count && tokens[index + 1].isWord("en") && tokens[index + 2].isWord("een")
            && Lexicon.amountFractions[tokens[index + 3].text] != nil
        let times = addsFraction ? index + 4 : index + 1
        guard times < tokens.count, Lexicon.timesWords.contains(tokens[times].text) else { return false }
        // 'meisjes 650 keer.' after 'Jongens werden 1.890 keer geschorst': a times word that closes its phrase
        // repeats the count of occasions before it, whose verb is left out.
        guard times + 1 < tokens.count, tokens[times + 1].kind == .word else {
            return !(0..<index).contains { countsOccasions($0, timesWord: tokens[times].text, tokens) }
        }
        let after = tokens[times + 1].text
        return Self.factorFollowers.contains(after) || Lexicon.comparatives.contains(after)
            || namesComparedAmount(afterTimes: times, tokens)
    }

    /// Whether the number at `index` counts occasions with `timesWord` after it ('werd 1.890 keer geschorst'): the
    /// times word is followed by a word that makes it no factor.
    private static func countsOccasions(_ index: Int, timesWord: String, _ tokens: [Token]) -> Bool {
        guard tokens[index].kind == .number, index + 2 < tokens.count, tokens[index + 1].text == timesWord,
            tokens[index + 2].kind == .word
        else { return false }
        let after = tokens[index + 2].text
        return !Self.factorFollowers.contains(after) && !Lexicon.comparatives.contains(after)
    }

    /// Words after a times word that make it a factor ('keer zo', 'keer het').
    static let factorFollowers: Set<String> = ["zo", "zoveel", "als", "het", "de", "dat", "dan"]

    /// '(+750; +6,4%)', '−3 dagen': a count written with a sign is a difference, with that sign as its
    /// direction, unless the sentence counts a quantity that is signed itself ('saldo', 'tekort').
    static func signedDifference(_ index: Int, _ tokens: [Token]) -> Int? {
        guard let number = tokens[index].number, number.unit == .count, let sign = number.sign,
            !tokens.contains(where: { $0.kind == .word && Lexicon.signedQuantities.contains($0.text) })
        else { return nil }
        return sign
    }

    /// Whether the count at `index` is a part of a whole written right after it ('42 van de 160', '42 op de
    /// 160', '36 van 400'): one group's part, which a comparison sets against another group's and no change runs to or
    /// from.
    static func isPartOfOwnWhole(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        statedWhole(of: index, analysis) != nil
    }

    /// The whole of the part at `index`: one a marker names ('van de 880', `ownWhole(of:)`), or a count right after a
    /// bare 'van' ('36 van 400'), unless an end value follows that count ('met 50 van 200 naar 250').
    static func statedWhole(of index: Int, _ analysis: SentenceAnalysis) -> Int? {
        if let whole = ownWhole(of: index, analysis) { return whole }
        let tokens = analysis.tokens
        let whole = index + 2
        guard whole < tokens.count, tokens[index].number?.unit == .count, tokens[index + 1].isWord("van"),
            tokens[whole].number?.unit == .count,
            whole + 1 == tokens.count || !(tokens[whole + 1].isWord("naar") || tokens[whole + 1].isWord("tot"))
        else { return nil }
        return whole
    }

    /// The whole written right after the count at `index` ('160' of '42 van de 160'), if any.
    static func ownWhole(of index: Int, _ analysis: SentenceAnalysis) -> Int? {
        guard analysis.tokens[index].number?.unit == .count else { return nil }
        return analysis.numberIndices.first { whole in
            whole > index && analysis.tokens[whole].number?.unit == .count
                && Lexicon.partOfMarkers.contains { analysis.phraseStart($0, endingBefore: whole) == index + 1 }
        }
    }

    /// Whether the word at `index` sets the number before it against the one after it, as 'tegen' does: 'om' right
    /// between two numbers ('(468 om 159)'), or the 'van' of 'in plaats van' before a number, which names the value
    /// the one before replaces ('kost voortaan € 495 in plaats van € 465').
    static func setsAgainst(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        if tokens[index].isWord("van"), index >= 2, tokens[index - 1].isWord("plaats"), tokens[index - 2].isWord("in")
        {
            return number(after: index, in: tokens) != nil
        }
        return tokens[index].isWord("om") && tokens[index - 1].kind == .number && tokens[index + 1].kind == .number
    }

    /// A count followed by 'meer' or 'minder' ('50 meer'): a difference, not a value.
    static func isDifference(_ index: Int, _ tokens: [Token]) -> Bool { differenceComparative(index, tokens) != nil }

    /// A percentage or percentage points right before a comparative and 'dan' ('8 procent minder dan het jaar
    /// daarvoor', '2 procentpunt hoger dan in 2022'): the size of a change from the value 'dan' compares with, no
    /// level of its own.
    static func isComparedChange(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count, let unit = tokens[index].number?.unit, unit != .count,
            tokens[index + 1].kind == .word
        else { return false }
        return Lexicon.comparatives.contains(tokens[index + 1].text) && tokens[index + 2].isWord("dan")
    }

    /// A count that is a difference from another time ('180 meer dan in 2024', '40 leden minder dan vorig jaar'):
    /// its comparative is followed by 'dan' and that time. 'Meer dan' before a bound ('540 meer dan 30% van hun tijd',
    /// '103 meer dan € 50.000') makes none.
    static func isDifferenceFromTime(_ index: Int, _ tokens: [Token]) -> Bool {
        guard let comparative = differenceComparative(index, tokens), comparative + 1 < tokens.count else {
            return false
        }
        return tokens[comparative + 1].isWord("dan") && comparesWithTime(after: comparative + 1, tokens)
    }

    /// Whether the count at `index` stands alone in brackets right after the time that a difference from another time
    /// compares with ('180 meer dan in 2023 (1.130)'): the value of that time, neither part nor whole of the present.
    static func isValueOfComparedTime(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, tokens[index - 1].isMark("("), index + 1 < tokens.count, tokens[index + 1].isMark(")") else {
            return false
        }
        var than = index - 2
        while than > 0, tokens[than].kind == .word || tokens[than].kind == .year, !tokens[than].isWord("dan") {
            than -= 1
        }
        return tokens[than].isWord("dan") && comparesWithTime(after: than, tokens)
            && (0..<than).contains { isDifferenceFromTime($0, tokens) }
    }

    /// The comparative that makes a count a difference: 'meer' or 'minder' right after it ('50 meer'); any
    /// comparative right after it before 'dan' and another time ('lag 156 hoger dan in 2022'), unless 'met' gives
    /// the count as the level that compares ('lag met 41.300 hoger dan in 2022'); after its phrase before 'dan' and
    /// another time ('400 plaatsen in de zorg meer dan in 2021'); or any comparative after its noun before 'dan'
    /// and another time when another number of the sentence counts in that noun ('7,4 maanden, 0,6 maand langer
    /// dan in 2022').
    static func differenceComparative(_ index: Int, _ tokens: [Token]) -> Int? {
        // 'dagen met windkracht 6 of meer': a group's open bound, no difference.
        guard index + 1 < tokens.count, tokens[index].number?.unit == .count, !Tokenizer.isOpenBound(index, tokens)
        else { return nil }
        if tokens[index + 1].isWord("meer") || tokens[index + 1].isWord("minder") { return index + 1 }
        if let closing = closingComparative(after: index, tokens) { return closing }
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, position - index <= Self.differencePhraseReach {
            let word = tokens[position].text
            let beforeThan = position + 1 < tokens.count && tokens[position + 1].isWord("dan")
                && comparesWithTime(after: position + 1, tokens)
            if beforeThan, ["meer", "minder"].contains(word) { return position }
            if beforeThan, position == index + 1, Lexicon.comparatives.contains(word),
                !isLevelAfterWith(index, tokens)
            {
                return position
            }
            if beforeThan, position == index + 2, Lexicon.comparatives.contains(word) {
                let noun = tokens[index + 1].text
                let measured = tokens.indices.contains { other in
                    other != index && tokens[other].kind == .number && other + 1 < tokens.count
                        && areForms(tokens[other + 1].text, noun)
                }
                // '12 minuten korter dan vorig jaar', '3 km langer dan in 2022': a count of time or of a unit of
                // measure is a difference from the time it is compared with, whatever else the sentence states.
                let unitOfMeasure = ReadingSanity.countsTime(index, in: tokens) || MeasureUnit(noun: noun) != nil
                return measured || unitOfMeasure ? position : nil
            }
            position += 1
        }
        return nil
    }

    /// Whether 'met' stands before the count at `index`, past a hedge or '€': the count is the level a comparative
    /// after it sets against another ('lag met 41.300 hoger dan in 2022'), or the difference ('lag met 2.100 hoger'):
    /// which one the words do not say.
    private static func isLevelAfterWith(_ index: Int, _ tokens: [Token]) -> Bool {
        let before = positionPastHedgesAndEuro(before: index, in: tokens)
        return before >= 0 && tokens[before].isWord("met")
    }

    /// 'een daling van 300 naar 5.100': after a noun of change whose direction the two values go against, 'van'
    /// names the change's amount, not its start (the start is 5.400: `differenceSpan(in:frame:)`). 'een stijging van
    /// 300 naar 5.100' and 'een daling van 5.400 naar 5.100' run from the first to the second.
    private static func namesAmount(afterChangeNoun van: Int, from: Int, to: Int, _ tokens: [Token]) -> Bool {
        guard van > 0, Lexicon.changeNouns.contains(tokens[van - 1].text),
            let sign = ClaimParser.directionSign(of: tokens[van - 1].text),
            let start = tokens[from].number?.value, let end = tokens[to].number?.value, start != end
        else { return false }
        return (end > start ? 1 : -1) != sign
    }

    /// '650 zaken minder.', 'lag de instroom 650 zaken lager;', 'lag daarmee 14 lager.': a count, at most one noun and
    /// a comparative that closes the clause measure the comparative ('650 zaken minder ernstig' and '650 zaken meer dan
    /// …' do not close it).
    private static func closingComparative(after index: Int, _ tokens: [Token]) -> Int? {
        let noun = tokens[index + 1]
        let comparative = Lexicon.comparatives.contains(noun.text) ? index + 1 : index + 2
        guard comparative < tokens.count, noun.kind == .word,
            comparative == index + 1 || !Lexicon.finiteVerbs.contains(noun.text),
            Lexicon.comparatives.contains(tokens[comparative].text),
            comparative + 1 == tokens.count || tokens[comparative + 1].kind == .mark
        else { return nil }
        return comparative
    }

    /// Whether the words after 'dan' name another time, before any number: a year ('dan in 2022'), or a
    /// word of the past ('dan vorig jaar', 'dan een jaar eerder', 'dan in het voorjaar' is not).
    static func comparesWithTime(after than: Int, _ tokens: [Token]) -> Bool {
        for token in tokens[(than + 1)...] {
            if token.year != nil { return true }
            guard token.kind == .word else { return false }
            if Lexicon.pastWords.contains(token.text) { return true }
        }
        return false
    }

    /// How many words the phrase of a difference may have before its comparative ('400 plaatsen in de
    /// forensische zorg meer dan').
    static let differencePhraseReach = 6

    /// Whether the number at `value` measures the comparative before the marker at `than` ('27 miljoen euro hoger
    /// uit dan …', '27 meldingen meer binnen dan …'): only words stand between them, at most
    /// `comparativeMeasureReach`, none a finite verb, one a comparative. It is the difference from the value after
    /// the marker, not a later value of its own ('1.500 meldingen, meer dan …' and '1.500 is hoger dan …' are).
    static func measuresComparative(_ value: Int, before than: Int, _ tokens: [Token]) -> Bool {
        let between = tokens[(value + 1)..<than]
        return between.count <= Self.comparativeMeasureReach && between.allSatisfy { $0.kind == .word }
            && !between.contains { Lexicon.finiteVerbs.contains($0.text) }
            && between.contains { Lexicon.comparatives.contains($0.text) }
    }

    /// How many words may stand between a comparative's measure and 'dan': its noun, the comparative and a
    /// particle of the verb ('meldingen meer binnen', 'euro hoger uit').
    static let comparativeMeasureReach = 3

    /// Whether the bracket label `label` names a total ('(totaal 2022: 162 concerten)') while the clause of the value
    /// `outer` before the bracket names none ('In de kleine zaal … tot 122'): the bracket gives the whole of an
    /// earlier time, no earlier value of the part. A total's own earlier value ('In totaal 180 (totaal 2022: 162)')
    /// stays one.
    static func labelsOtherTotal(_ label: Range<Int>, of outer: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard tokens[label].contains(where: { totallingWords.contains($0.text) }) else { return false }
        let clause = analysis.clause(of: outer)
        return !(clause.lowerBound..<outer).contains { position in
            totallingWords.contains(tokens[position].text) || analysis.firstPhrase(Lexicon.sumCues, at: position) != nil
        }
    }

    /// 'ten opzichte van', 'vergeleken met', 'dan' after a comparative, 'als' after 'zo', 'toen'.
    static func isComparisonMarker(at index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        if tokens[index].isWord("toen") || isPositionMarker(at: index, analysis) { return true }
        let clause = analysis.clause(of: index)
        if tokens[index].isWord("dan") {
            // 'met minder dan 5.200': a hedge of the number after it, no comparison.
            if index + 1 < tokens.count, tokens[index + 1].number?.hedge != nil { return false }
            return (max(clause.lowerBound, index - 3)..<index).contains {
                Lexicon.comparatives.contains(tokens[$0].text)
            }
        }
        if tokens[index].isWord("als") {
            return (clause.lowerBound..<index).contains { ["zo", "zoveel"].contains(tokens[$0].text) }
        }
        return ["ten opzichte van", "vergeleken met", "in vergelijking met", "t.o.v."].contains {
            analysis.matches($0, at: index)
        }
    }

    /// The first number after a comparison marker in its clause (or in the parenthesis right after
    /// the words that follow it), past words, years and the stops of an abbreviation, unless it names something
    /// (`namesSomething`: 'als zaal 3' beside 'Zaal 1'); or the first value of a clause
    /// about the place or people it names, right after them ('minder dan op afdeling A, waar het er 72 waren', 'als
    /// vrouwen, bij wie het om 310 zaken ging': `opensRelativeClause`).
    static func comparedValue(after index: Int, _ analysis: SentenceAnalysis) -> Int? {
        let tokens = analysis.tokens
        let clause = analysis.clause(of: index)
        var position = index + 1
        while position < tokens.count {
            let token = tokens[position]
            if token.kind == .number {
                // '55 meer dan vorig voorjaar en 24 procent meer dan …': the next comparison's measure is no base.
                if measuresNextComparison(position, analysis) { return nil }
                // 'als zaal 3': a number that names a member ('Zaal 1 … als zaal 3') is no value to compare with.
                if namesSomething(position, tokens) { return nil }
                return clause.contains(position) || token.depth > tokens[index].depth ? position : nil
            }
            if token.isMark(","), position > index + 1, opensRelativeClause(at: position + 1, tokens) {
                let relative = analysis.clause(of: position + 1)
                return analysis.numberIndices.first { relative.contains($0) }.flatMap { isValue($0, tokens) ? $0 : nil }
            }
            guard
                token.kind == .word || token.kind == .year || token.kind == .label || token.isMark("(")
                    || token.isMark("€") || token.isMark(".")  // the stops of 't.o.v.'
            else {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// Whether a relative clause about the place or the people just named opens at `index`: 'waar', or a preposition
    /// and 'wie' ('bij wie', 'onder wie').
    static func opensRelativeClause(at index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count else { return false }
        return tokens[index].isWord("waar")
            || index + 1 < tokens.count && tokens[index].kind == .word
                && Lexicon.prepositions.contains(tokens[index].text) && tokens[index + 1].isWord("wie")
    }

    /// Whether the number at `index` measures a comparison after it ('24 procent meer dan', '240 meer dan'): a marker
    /// follows within `comparativeMeasureReach` words, one of them a comparative (`measuresComparative`).
    static func measuresNextComparison(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        let reach = min(tokens.count, index + 2 + Self.comparativeMeasureReach)
        guard let than = ((index + 1)..<reach).first(where: { isComparisonMarker(at: $0, analysis) }) else {
            return false
        }
        return measuresComparative(index, before: than, tokens)
    }

    /// The number right after a word, past hedge words and `skipping` ('naar een totaal van 19.910').
    static func number(
        after index: Int, in tokens: [Token], skipping: Set<String> = ["een", "totaal", "van", "aan", "de", "het"]
    ) -> Int? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word || tokens[position].isMark("€"),
            tokens[position].isMark("€") || skipping.contains(tokens[position].text)
                || Lexicon.hedges.keys.contains(where: { $0.hasPrefix(tokens[position].text) })
        {
            position += 1
        }
        return position < tokens.count && tokens[position].kind == .number ? position : nil
    }

    func number(after index: Int, skipping: Set<String> = ["een", "totaal", "van", "aan", "de", "het"]) -> Int? {
        Self.number(after: index, in: tokens, skipping: skipping)
    }

    /// Whether a clause restates the one before it: ', een stijging van 25%', ', ofwel 25%', ', dat is …',
    /// ', 614 minder dan een jaar eerder'.
    func isApposition(_ clause: Int) -> Bool {
        guard clause > 0 else { return false }
        if Self.isDifference(analysis.clauses[clause].lowerBound, tokens) { return true }
        let words = analysis.clauses[clause].filter { tokens[$0].kind == .word }
        guard let first = words.first else { return true }
        // ', 25 procent meer dan een jaar eerder', ', de helft meer dan het jaar daarvoor': a clause that opens
        // with its claim, compared with nothing or with another time (not 'dan in Amersfoort').
        let range = analysis.clauses[clause]
        // A hedge before the claim opens it with the claim ("…, zo'n 33 procent minder dan het jaar ervoor").
        let opening = analysis.firstPhrase(Lexicon.hedgePhrases, at: range.lowerBound)?.end ?? range.lowerBound
        // After a hedge, 'een kwart' opens it with its claim as 'de helft' does ('…, ruim een kwart minder dan …').
        if opening < range.upperBound, tokens[opening].kind == .number
            || (tokens[opening].isWord("de") || opening > range.lowerBound && tokens[opening].isWord("een"))
                && opening + 1 < tokens.count && Lexicon.fractions[tokens[opening + 1].text] != nil
        {
            let compares = range.contains { tokens[$0].isWord("dan") || tokens[$0].isWord("als") }
            return !compares || analysis.hasEarlierMarker(range) || range.contains { tokens[$0].year != nil }
        }
        let word = tokens[first].text
        return ["een", "ofwel", "oftewel", "goed", "namelijk"].contains(word) || Lexicon.changeNouns.contains(word)
            || Lexicon.backReferences.contains(word) || refersBack(analysis.clauses[clause])
            || words.count <= Self.appositionWords
    }

    /// A clause of at most this many words that follows a comma restates the one before ('…, ruim 15
    /// procent meer', '…, +13,7%').
    static let appositionWords = 4

    /// Whether a range refers back to what was said before ('Dat is', 'daarmee', 'relatief is dat').
    func refersBack(_ range: Range<Int>) -> Bool {
        // 'dit jaar', 'dat kwartaal' name a time, not what was said before.
        range.contains { index in
            tokens[index].kind == .word && Lexicon.backReferences.contains(tokens[index].text)
                && !(index + 1 < tokens.count && Lexicon.timeNouns.contains(tokens[index + 1].text))
                && !opensNamedQuantityClause(at: index) && !opensRelativeClause(at: index)
        }
    }

    /// Whether 'dat' at `index` opens a clause whose subject names its own quantity ('Opvallend is dat het aantal
    /// tweelinggeboorten met 6 procent afnam'): a conjunction, not a word of reference ('Dat aantal steeg …', 'is dat
    /// 9 procent meer').
    private func opensNamedQuantityClause(at index: Int) -> Bool {
        tokens[index].isWord("dat") && analysis.matches("het aantal", at: index + 1) && index + 3 < tokens.count
            && tokens[index + 3].kind == .word && !Lexicon.grammarWords.contains(tokens[index + 3].text)
            && !Self.isChangeVerb(tokens[index + 3]) && !Self.beingVerbs.contains(tokens[index + 3].text)
    }

    /// The tokens whose words may refer a change at `index` back to the sentence before: the whole sentence,
    /// unless the change stands in a clause that a conjunction opens with a subject of its own ('Gehalveerd dus,
    /// terwijl het aantal inwoners met bijna 5 procent groeide'), which refers back only by its own words.
    private func referenceScope(of index: Int) -> Range<Int> {
        let stretches = analysis.stretches
        let own = stretches[index]
        guard own > 0, let first = stretches.firstIndex(of: own), opensConjoinedClause(at: first) else {
            return tokens.indices
        }
        return first..<(stretches.lastIndex(of: own)! + 1)
    }

    /// Whether the stretch that starts at `first` is a clause a conjunction opens after ',' or ';' ('…, maar het
    /// aantal ligt nog boven …'), which says something of its own; 'Reken maar uit', 'is dat 'maar' 9 procent meer'
    /// open none, nor does a conjunction that refers back ('…, waarmee …').
    private func opensConjoinedClause(at first: Int) -> Bool {
        first > 0 && (tokens[first - 1].isMark(",") || tokens[first - 1].isMark(";")) && tokens[first].kind == .word
            && Lexicon.clauseConjunctions.contains(tokens[first].text)
            && !Self.referringConjunctions.contains(tokens[first].text)
    }

    /// Whether the token at `position` stands in a clause after the claim's at `claim` that a conjunction opens ('Dat
    /// is een daling van 15,6 procent, maar het aantal ligt nog boven het niveau van 2020'): a year there dates what
    /// that clause says, not the claim.
    private func standsInConjoinedClause(_ position: Int, after claim: Int) -> Bool {
        let stretches = analysis.stretches
        guard stretches[position] > stretches[claim] else { return false }
        return ((stretches[claim] + 1)...stretches[position]).contains { stretch in
            stretches.firstIndex(of: stretch).map(opensConjoinedClause(at:)) ?? false
        }
    }

    /// Clauses that belong together for their numbers: one ending in ':' and the one after it.
    private func clauseGroup(_ clause: Int) -> Set<Int> {
        var group: Set<Int> = [clause]
        if clause > 0, let last = analysis.clauses[clause - 1].last, tokens[last].isMark(":") {
            group.insert(clause - 1)
        }
        if let last = analysis.clauses[clause].last, tokens[last].isMark(":"), clause + 1 < analysis.clauses.count {
            group.insert(clause + 1)
        }
        return group
    }

    /// The start and end value the text gives for a change claimed at `index`, in `unit` (see the type), of one
    /// kind: a rate is never a value of one quantity with a count ('6,4 per 100' and '85.000 inwoners'), nor
    /// with a rate per another scale, nor an amount of money with a count. A change that names its own end
    /// ('Uitstroom daalt 8% naar 2.300') is never the change of values that end elsewhere, nor of a pair in the
    /// stretch of another verb of change (`isOtherVerbsPair`); a change of a count never of two percentages
    /// (`changesCount`).
    func statedChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard let stated = anyStatedChange(for: index, unit: unit) else { return nil }
        if unit == .percent, stated.from != nil || stated.to != nil, changesCount(at: index) { return nil }
        let own = [stated.from?.token, stated.to?.token].compactMap { $0 }
        if own.count == 2 && !ReadingSanity.kindAlike(own, in: tokens) { return nil }
        if own.count == 2, isOtherVerbsPair(from: own[0], to: own[1], claim: index) { return nil }
        if let end = endValue(after: index), let named = tokens[end].number?.value, let to = stated.to,
            to.value != named
        {
            return nil
        }
        if let from = stated.from?.token, isLabelled(from), comparesWithOwnYear(index) { return nil }
        if let from = stated.from, let to = stated.to, missesYearsBack(from: from, to: to, site: index) { return nil }
        return stated
    }

    /// The claim without its values when they do not span the years its clause counts back (`missesYearsBack`).
    private func spanningYearsBack(_ claim: Claim) -> Claim {
        guard let from = claim.from, let to = claim.to, missesYearsBack(from: from, to: to, site: claim.site)
        else { return claim }
        var bare = claim
        (bare.from, bare.to) = (nil, nil)
        return bare
    }

    /// Whether the clause of the claim at `site` counts years back to its base ('2,3 procentpunt lager dan vijf jaar
    /// geleden') that `from` and `to` do not span: both dated another distance apart; else, more than one year back,
    /// one of them on a line outside the sentence ('… lag in 2024 op 9,6% (2023: 8,8%). … lager dan vijf jaar geleden')
    /// or one of them dated, the other not ('€ 4,9 miljard, tegen € 4,3 miljard in 2022. Dat is ruim twee keer zoveel
    /// als tien jaar geleden': the date names the base a year back); or a month a year back and values of another
    /// sentence or line, which may be a month apart ('Ten opzichte van oktober vorig jaar …').
    private func missesYearsBack(from: Operand, to: Operand, site: Int) -> Bool {
        let clause = analysis.clause(of: site)
        guard let back = analysis.yearsBack(in: clause) else { return false }
        if let start = from.year, let end = to.year { return end - start != back }
        let lines = analysis.line(of: 0)...analysis.line(of: tokens.count - 1)
        let offLines = !(lines.contains(from.line) && lines.contains(to.line))
        if clause.contains(where: { tokens[$0].kind == .word && Lexicon.months.contains(tokens[$0].text) }) {
            return offLines || from.token == nil || to.token == nil
        }
        return back != 1 && (offLines || (from.year == nil) != (to.year == nil))
    }

    /// Whether a token is a verb of change ('steeg', 'daalde', 'groeide'): a word of direction that is neither a
    /// comparative ('meer') nor a separable verb's particle ('toe'), nor a noun of change ('stijging').
    static func isChangeVerb(_ token: Token) -> Bool {
        let word = token.text
        guard token.kind == .word, !Lexicon.comparatives.contains(word), !Lexicon.changeNouns.contains(word),
            !Lexicon.separableVerbs.contains(where: { $0.particle == word })
        else { return false }
        return Lexicon.increase.contains(word) || Lexicon.decrease.contains(word)
    }

    /// Whether a value stands after a word's label and a colon ('(doel: 85 dagen)'): the label's value, no year's.
    private func isLabelled(_ value: Int) -> Bool {
        value >= 2 && tokens[value - 1].isMark(":") && tokens[value - 2].kind == .word
    }

    /// Whether the claim's own phrase, up to the next number, names the year it compares with ('9 dagen korter
    /// dan in 2024'): a start value under another label ('doel: 85') is not that year's.
    private func comparesWithOwnYear(_ index: Int) -> Bool {
        let next = analysis.numberIndices.first { $0 > index } ?? tokens.count
        return (index + 1..<next).contains { analysis.isBaseYear($0) }
    }

    /// The start and end value the text gives for a change, of any kind: on the sibling lines of a labelled line
    /// (`labelledChange`), on a run of two lines right above its prose (`runChange`), on the lines of one series of
    /// periods right above its prose (`seriesChange`), tied to it
    /// by the sentence's structure or a word of reference, else the one pair of a sentence beside it
    /// (`untiedNeighbourPair`).
    private func anyStatedChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        // 'van 28% in 2019 naar 24% in 2021 en 21% in 2023, in totaal 7 procentpunt minder': over a series, the span
        // its words name, never the pair of its first two values.
        if isOverSeries(index, unit: unit) { return seriesStep(for: index, unit: unit) }
        if let sides = bracketedDifferenceSides(of: index, unit: unit) { return sides }
        if let derived = differenceOverBase(for: index, unit: unit) { return derived }
        if let contrasted = contrastedChange(for: index, unit: unit) { return contrasted }
        return labelledChange(for: index, unit: unit) ?? runChange(for: index, unit: unit)
            ?? seriesChange(for: index, unit: unit)
            ?? tiedChange(for: index, unit: unit)
            ?? untiedNeighbourPair(for: index, unit: unit)
    }

    /// 'Tien procent minder: … De organisatie telde er dit jaar 342, tegen 380 vorig jaar.', '… van 420 naar 286.
    /// Krap een derde minder, meldt de school.': a change whose sentence has no other number is about values another
    /// sentence gives, and when no word ties it to them, the one change of its unit the sentence before (else, after,
    /// past one without numbers) gives is the likeliest (its pair, else `soleChange(of:)`), unless it counts another
    /// noun than the sentence's 'het aantal' names. Taken by position only
    /// (`OperandBinding.Evidence.positionOnly`), it may confirm the change, never contradict it; none when both
    /// sentences give one, or the one before several pairs. With a report the report's figures are checked instead.
    private func untiedNeighbourPair(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        // 'Vraag 3: Klopt het dat …': a number that ends a label opening the sentence numbers the label.
        let labelNumber = analysis.memoLabelNumber
        guard !withData, analysis.numberIndices.allSatisfy({ $0 == index || $0 == labelNumber }) else { return nil }
        var found: [(from: Operand, to: Operand)] = []
        if let before = discourse.lastPair, before.from.unit == unit {
            guard before.from.binding?.evidence.contains(.oneOfSeveral) != true,
                !namesOtherYear(analysis.frame(for: index, discourse: discourse), than: before, claim: index)
            else { return nil }
            if !countsOther(discourse.lastTopicNoun.map { [$0] } ?? []) { found.append(before) }
        } else if let sole = discourse.lastSoleChange(of: unit), !countsOther(sole.nouns),
            let before = sole.run(newSide: { comparedSide(of: $0, values: [sole.from, sole.to], claim: index) })
        {
            found.append(before)
        }
        if let next = nextWithNumbers, next.sentence.paragraph == analysis.sentence.paragraph,
            let sole = ClaimParser(analysis: next, discourse: discourse, withData: withData).soleChange(of: unit),
            !countsOther(sole.nouns),
            let after = sole.run(newSide: { comparedSide(of: $0, values: [sole.from, sole.to], claim: index) })
        {
            found.append(after)
        }
        guard found.count == 1 else { return nil }
        return (found[0].from.carriedOverByPosition, found[0].to.carriedOverByPosition)
    }

    /// Whether values that count `nouns` count something else than the sentence's 'het aantal' names ('Het aantal
    /// klachten is verdubbeld. In 2019 ging het om 310 meldingen, …').
    private func countsOther(_ nouns: [String]) -> Bool {
        guard let aantal = tokens.indices.first(where: { tokens[$0].isWord("aantal") }), aantal + 1 < tokens.count,
            tokens[aantal + 1].kind == .word, !nouns.isEmpty
        else { return false }
        let own = tokens[aantal + 1].text
        return !nouns.contains { Self.areForms(own, $0) }
    }

    /// The two values the sentence gives for one change of `unit`, exact and of one kind, when it gives no other
    /// value of that unit: its pair ('van 420 naar 286'); a start value and the other ('57 …, tegen 41 in
    /// 2022'); two values with years of their own, the earlier first; two values in two clauses, the one in a clause
    /// that marks an earlier time first ('nu 2.310 …, vorig jaar waren dat er 1.650'), else in the order of the text
    /// and not `ordered`.
    func soleChange(of unit: NumberUnit) -> SoleChange? {
        let values = numbers(unit, in: tokens.indices).filter { Self.isValue($0, tokens) }
        guard values.count == 2, values.allSatisfy({ tokens[$0].number?.hedge == nil }),
            ReadingSanity.kindAlike(values, in: tokens)
        else { return nil }
        func change(_ from: Int, _ to: Int, ordered: Bool = true) -> SoleChange {
            SoleChange(
                from: operand(from), to: operand(to), ordered: ordered,
                nouns: values.compactMap { ReadingSanity.noun(after: $0, in: tokens) })
        }
        for (from, to) in [(values[0], values[1]), (values[1], values[0])]
        where pairs.contains(FromTo(from: from, to: to)) {
            var paired = change(from, to)
            paired.setAgainst = groupsSetAgainst(values).map { (values.map { operand($0) }, $0) }
            return paired
        }
        let starts = values.filter(bases.contains)
        if starts.count == 1 { return change(starts[0], values.first { $0 != starts[0] }!) }
        guard starts.isEmpty, analysis.clauseOf[values[0]] != analysis.clauseOf[values[1]] else { return nil }
        if let first = analysis.ownYear(of: values[0])?.year, let second = analysis.ownYear(of: values[1])?.year {
            // '42.000 plaatsen in 2022 en 3.100 medewerkers in 2023': two measures, no change of one.
            guard first != second, countsOneNoun(values) else { return nil }
            return first < second ? change(values[0], values[1]) : change(values[1], values[0])
        }
        let earlier = values.filter { analysis.hasEarlierMarker(analysis.clause(of: $0)) }
        if earlier.count == 1 { return change(earlier[0], values.first { $0 != earlier[0] }!) }
        var unordered = change(values[0], values[1], ordered: false)
        unordered.groups = ContrastedGroups(values, in: analysis)
        return unordered
    }

    /// The groups of two values (in the order of the text) that a pair joins by a word of contrast alone: in two
    /// clauses or stretches (`ContrastedGroups.stretches`), or named by the two sides of the comparison a ':' before
    /// them spells out (`comparedSides(of:)`), neither with a year or a mark of an earlier time or of now, each
    /// stretch with words of its own ('Op Schiphol 2.240 kilo, tegen 38.900 kilo in Rotterdam'). Nil when time may
    /// order them.
    private func groupsSetAgainst(_ values: [Int]) -> ContrastedGroups? {
        let stretches = comparedSides(of: values) ?? ContrastedGroups.stretches(values, in: analysis)
        guard stretches[0] != stretches[1],
            values.allSatisfy({ value in
                let clause = analysis.clause(of: value)
                return analysis.ownYear(of: value) == nil && !analysis.hasEarlierMarker(clause)
                    && !analysis.hasPresentMarker(clause) && !analysis.isStillDated(clause)
            })
        else { return nil }
        let groups = ContrastedGroups(values, stretches: stretches, in: analysis)
        let words = groups.clauseWords
        let ownWords = (0..<2).map { side in
            words[side].filter { word in !words[1 - side].contains { ContrastedGroups.related($0, word) } }
        }
        guard ownWords.allSatisfy({ !$0.isEmpty }), groups.laterByTime == nil,
            groups.past.allSatisfy({ !$0 })
        else { return nil }
        return groups
    }

    /// The start and end value the sentence's structure or a word of reference ties to a change.
    private func tiedChange(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        let othersBases = otherComparisonBases(of: index)
        let allPairs = Self.withoutRoundedRestatements(self.pairs, analysis).filter {
            tokens[$0.from].number?.unit == unit && $0.from != index && $0.to != index && !othersBases.contains($0.from)
        }
        // 'Kantonzaken: 482.000 (2022: 519.000), -7,1%' over 'Strafzaken: 190.000 (2022: 188.000)': a sentence over
        // several lines ties a change to a pair of its own line, when that line has one.
        let line = analysis.line(of: index)
        let ownLine = allPairs.filter { analysis.line(of: $0.from) == line && analysis.line(of: $0.to) == line }
        // '- omzet: € 4,12 mln (+3,5%)' over '- derving: 6,8% (K2: 8,1%)': a change in brackets is the change of the
        // value its bracket follows, never of a pair wholly on another line.
        let touching = allPairs.filter { analysis.line(of: $0.from) == line || analysis.line(of: $0.to) == line }
        let pairs = !ownLine.isEmpty ? ownLine : tokens[index].depth > 0 ? touching : allPairs
        let clause = analysis.clauseOf[index]
        let frame = analysis.frame(for: index, discourse: discourse)
        let group = clauseGroup(clause)
        if let word = analysis.clause(of: index).last(where: { $0 < index && tokens[$0].isWord("respectievelijk") }) {
            // '… van 68 naar 74, in Limburg van 81 naar 86: een toename van respectievelijk 8,8 en 6,1 procent': the
            // n-th number of the list is the change of the n-th pair before it, and none when they differ in number.
            let listed = analysis.clause(of: index).filter { $0 > word && tokens[$0].kind == .number }
            let earlier = pairs.filter { $0.to < word }.sorted { $0.from < $1.from }
            guard listed.count == earlier.count, let place = listed.firstIndex(of: index) else { return nil }
            return stated(earlier[place], frame: frame)
        }
        if let pair = pairInOrderAfterColon(for: index, among: pairs) { return stated(pair, frame: frame) }
        // '… en 510 minder dan in Eindhoven (1.990)': a claim that makes a comparison of its own takes the pair that
        // runs from that comparison's base, not another comparison's of its clause (`CoordinatedComparisons`).
        if let own = ownComparison(of: index), let pair = pairs.first(where: { $0.from == own.base }) {
            return stated(pair, frame: frame)
        }
        if let pair = pairs.last(where: { group.contains(analysis.clauseOf[$0.to]) && $0.to < index })
            ?? pairs.first(where: {
                group.contains(analysis.clauseOf[$0.from]) || group.contains(analysis.clauseOf[$0.to])
            })
        {
            return stated(pair, frame: frame)
        }
        // An apposition, and a clause of consequence that names the noun counted before it
        // (`followsFromClauseBefore`), take the pair of the clause before.
        var earlier = clause
        while earlier > 0, isApposition(earlier) || earlier == clause && followsFromClauseBefore(clause) {
            earlier -= 1
            if let pair = pairs.last(where: {
                analysis.clauseOf[$0.to] == earlier || analysis.clauseOf[$0.from] == earlier
            }),
                fits(pair, frame: frame, claimClause: clause)
            {
                return stated(pair, frame: frame)
            }
            if unit == .count, let derived = differenceSpan(in: earlier, frame: frame) { return derived }
        }
        // '… verdubbeld, van 820 in 2018 tot 1.310 in 2023', '… met 9,5 procent, naar 143 (2022: 158)': the
        // clause after it spells it out.
        if clause + 1 < analysis.clauses.count, let first = analysis.clauses[clause + 1].first,
            ["van", "tegen", "naar", "tot"].contains(tokens[first].text),
            let pair = pairs.first(where: {
                analysis.clauseOf[$0.from] == clause + 1 || analysis.clauseOf[$0.to] == clause + 1
            })
        {
            return stated(pair, frame: frame)
        }
        if let compared = groupComparison(for: index, unit: unit) { return compared }
        if let apposed = apposedContrast(for: index, unit: unit) { return apposed }
        if let dated = datedValues(for: index, unit: unit, frame: frame) { return dated }
        // The values the text gives around a change of a difference are the difference's sides (`changesDifference`).
        if changesDifference(at: index) { return (nil, nil) }
        // 'Daarmee steeg deze post met € 2,7 mln ofwel 7,5 procent': the amount after 'met' that the claim restates is
        // the change's size, no value of it (a level the claim restates, '6.820, ofwel 1.240 meer', stays one).
        let others = numbers(unit, in: tokens.indices).filter {
            $0 != index && Self.isValue($0, tokens) && !restatesAmount(at: $0, claim: index) && !isChangeNounAmount($0)
        }
        // '… met 16% gestegen en is het doel van 400 gehaald': a target's value is no value of the change, which may
        // still refer back to the pair of the sentence before (`isTargetInConjunct`).
        let groupOthers = others.filter {
            group.contains(analysis.clauseOf[$0]) && !isTargetInConjunct($0, after: index)
        }
        let scope = referenceScope(of: index)
        let referring =
            refersBack(scope) || hasBareQuantitySubject(in: scope) || scope == tokens.indices && isFragment
            || changeNounSubject(of: index) != nil
        // 'Het verschil van € 708 komt doordat twee premies …': a count of no money is no side of a difference in it.
        let money = tokens[index].number?.currency ?? ""
        let sides = money.isEmpty ? others : others.filter { tokens[$0].number?.currency == money }
        if sides.allSatisfy({ isPastSemicolon($0, from: index) }),
            let difference = unsignedDifference(for: index, unit: unit)
        {
            return difference
        }
        // A start value without an end: the end is after the claim ('tot 421'), the sentence's only
        // other number, or the quantity of the sentence before.
        // The claim is never its own start value ('Een jaar eerder lag dat aantal 20 procent hoger'). A sentence
        // naming a place the one before does not ('In Deventer was dat vorig jaar 135 euro') may compare places.
        // A claim that makes a comparison of its own starts from that one's base; the bases of comparisons coordinated
        // with it are none of its values, nor do the places they name name its subject (`CoordinatedComparisons`).
        let own = ownComparison(of: index).flatMap {
            bases.contains($0.base) && tokens[$0.base].number?.unit == unit ? $0 : nil
        }
        if let base = own?.base
            ?? bases.first(where: { tokens[$0].number?.unit == unit && $0 != index && !othersBases.contains($0) })
        {
            // A share's whole coordinated with the comparison is none of its values either (`isWholeOfShare`).
            // Nor is the amount of a change a level to compare ('liep op met 0,9 week en ligt nu 45 procent boven de
            // norm van 4 weken'). A number that names something ('via 144': `namesSomething`) is no end value.
            let values = (own.map { own in
                others.filter { !Self.isCoordinatedBase($0, of: own.marker, in: comparisons, analysis) }
            } ?? others).filter { value in
                !Self.isWholeOfShare(value, analysis, inWords: Self.isCoordinated(value, with: index, tokens))
                    && !Self.isAmountOfVerb(value, analysis)
            }
            let end =
                endValue(after: index).map { operand($0, year: frame.later) }
                ?? values.filter { $0 != base }.first.flatMap {
                    // '38 procent meer dan tien sigaretten per dag, dat zijn 412 personen': a value of another noun
                    // is no later value of the base.
                    values.count == 2 && !Self.namesSomething($0, tokens)
                        && ReadingSanity.nounAlike([base, $0], in: tokens) ? operand($0) : nil
                }
                ?? (referring && !namesPlaceNotBefore(besides: comparisonPhrases)
                    ? groupCountBefore(ofBase: base) : nil)
            // 'Vijf jaar geleden waren dat er 6.100, ruim 27 procent minder': a bare comparative apposed to the
            // restated value orders the pair by itself (`comparedToRestated`).
            if let end, end.unit == unit {
                let pair = (from: operand(base, year: frame.base), to: end)
                return comparedToRestated(pair, claim: index) ?? pair
            }
        }
        if let beforeSemicolon = pairBeforeSemicolon(for: index, among: pairs, frame: frame) { return beforeSemicolon }
        if referring, groupOthers.isEmpty, !looksAhead(scope.lowerBound..<index),
            var pair = discourse.lastPair ?? discourse.lastUnorderedLevels?.ordered(by: direction(for: index)),
            pair.from.unit == unit
        {
            // 'Bij A … van 80 naar 96. Bij B … van 60 naar 54. A groeide daarmee met …': the pair of the group the
            // claim's clause names, none when it names neither (`ReferredGroupPair`).
            let groups = discourse.lastTwoGroupPairs
            if !groups.isEmpty {
                guard let named = namedGroupPair(among: groups, claim: index), named.from.unit == unit else {
                    return nil
                }
                pair = named
            }
            // 'Cliënttevredenheid: 7,6 (2023: 7,4). Medewerkerstevredenheid: 7,1 (2023: 7,3). De cliënttevredenheid
            // steeg …': the pair of the memo line whose label the claim's clause names.
            if let named = namedGroupPair(among: discourse.lastMemoPairs, claim: index), named.from.unit == unit {
                pair = named
            }
            // 'Huurders verhuisden vaker dan kopers: 14,2 tegen 9,6 procent. … bij huurders 48 procent hoger': two
            // groups set against each other, which nothing orders in time, run to the group the claim's subject
            // names; a claim that names neither keeps the order of the pair.
            if let against = discourse.lastSoleChange(of: unit)?.setAgainst,
                let side = newSide(of: against.groups, claim: index)
            {
                let values = against.values.map(\.carriedOver)
                pair = against.groups.pair(side == 1 ? (values[0], values[1]) : (values[1], values[0]))
            }
            // 'Voor 2027 verwacht men circa 10% minder' after a pair of 2025 and 2026: a change of a year the text
            // gives no value for takes no other pair.
            return namesOtherYear(frame, than: pair, claim: index) ? nil : (pair.from, pair.to)
        }
        // 'Een kwart meer meldingen: …, die in 2023 1.250 meldingen ontving tegen 1.000 een jaar eerder': a
        // claim that heads its sentence is spelled out by the sentence's one pair after it, when it has no
        // other value of the unit (a claim after a pair may compare with something else).
        if pairs.count == 1, Set(others) == [pairs[0].from, pairs[0].to], index < min(pairs[0].from, pairs[0].to) {
            return stated(pairs[0], frame: frame)
        }
        // 'Dan verdienen vrouwen 25 procent minder dan mannen.': a sentence that opens with 'Dan' states what follows
        // from the one before (nothing before it makes it a comparison's 'dan'), as 'daarmee' does, and so does 'zo'
        // right before the claim's figure ('Vught heeft zo anderhalf keer zoveel personeel': `saysThus(before:)`).
        let opensWithThen = tokens.first?.isWord("dan") == true
        // Its sentence's sum or difference of the two values is no value of its own (`derivesFromLastContrast`).
        if refersBack(tokens.indices) || opensWithThen || saysThus(before: index),
            others.allSatisfy(derivesFromLastContrast),
            let contrast = contrasted(for: index, unit: unit)
        {
            return contrast
        }
        if let next = lookahead(for: index, unit: unit, frame: frame) { return next }
        if isUnorderedDifference(index), others.count == 2 {
            let values = others.sorted { tokens[$0].number!.value < tokens[$1].number!.value }
            return (operand(values[0]), operand(values[1]))
        }
        // 'In 2022 voldeed 62 procent … In 2023 was dat 71 procent, een stijging van 9 procent': two levels of a
        // percentage, the later restating the earlier (counts are read below, by their own words of reference).
        if unit == .percent,
            let pair = restatedStretchPair(besides: index) ?? restatedPair(besides: index)
                ?? unorderedLevels(besides: index)?.ordered(by: direction(for: index)),
            pair.to.unit == unit
        {
            let restated = comparedToRestated(pair, claim: index) ?? pair
            return (restated.from, restated.to)
        }
        guard unit == .count else { return nil }
        // 'In 2021 werden 1.150 … Twee jaar later was dat aantal …': a sentence that says it is later than the one
        // before starts from that one's value, whose year it took over.
        let isLater = frame.inherited && analysis.hasPresentMarker(tokens.indices)
        // '… 142 jeugdigen … Een jaar later waren het er 163, een daling van 14,8%': an apposition restates the
        // clause before, whose only value, later than the sentence before, ends the change from that one's value;
        // so does one with a year of its own after that value's ('In 2019 … 14.100 meldingen. In 2025 waren dat er
        // 16.920: een toename van 20 procent').
        let restated = clause > 0 && isApposition(clause) ? analysis.clauses[clause - 1] : nil
        let restatedEnd =
            (isLater || isDatedAfterTopic(frame)) && Self.refersToQuantity(analysis) && others.count == 1
                && restated?.contains(others[0]) == true ? others[0] : nil
        let end = endValue(after: index) ?? restatedEnd
        let start =
            refersToValue(analysis.clause(of: index)) || restatedEnd != nil
            ? discourse.topic(needingValue: true).flatMap { topic in
                topic.year != nil && (topic.year != frame.later || isLater)
                    && (frame.base == nil || topic.year == frame.base) ? operand(topic) : nil
            } : nil
        // 'De omzet … kwam uit op € 48.000. In 2022 was dat nog € 40.000, zodat …': with no other reading, a level
        // restated for another time, as a percentage is above, when it is the later or its clause marks it as the
        // earlier ('nog' with a year, a mark of the past); a change beside an earlier value that its year alone
        // dates ('In 2018 waren dat er 1.800: een daling …') tells nothing of the pair.
        if end == nil && start == nil {
            guard let restated = restatedPair(besides: index), others.count == 1 else {
                return others.count == 1 ? unorderedLevels(besides: index)?.ordered(by: direction(for: index)) : nil
            }
            if let compared = comparedToRestated(restated, claim: index) { return (compared.from, compared.to) }
            guard restated.to.token == others[0] || isEarlierLevel(others[0])
                || analysis.hasEarlierMarker(analysis.clause(of: others[0]))
            else { return nil }
            return (restated.from, restated.to)
        }
        return (start, end.map { isLater ? operand($0) : operand($0, year: frame.later) })
    }

    /// Whether the claim at `claim` restates the amount of a change after 'met' at `amount` ('met € 2,7 mln ofwel 7,5
    /// procent', `restatement(after:)`).
    private func restatesAmount(at amount: Int, claim: Int) -> Bool {
        amount > 0 && Self.restatement(after: amount, tokens) == claim
            && tokens[Self.positionPastHedgesAndEuro(before: amount, in: tokens)].isWord("met")
    }

    /// Whether the sentence of the claim at `claim` names a year of its own that neither value of a pair from
    /// elsewhere is of, when one of them has a year ('in datzelfde jaar' names the year before it), or a base year in
    /// its own clause that the start is not of; a year that only a later clause a conjunction opens writes is that
    /// clause's (`standsInConjoinedClause`).
    private func namesOtherYear(_ frame: PeriodFrame, than pair: (from: Operand, to: Operand), claim: Int) -> Bool {
        guard !frame.inherited, pair.from.year != nil || pair.to.year != nil else { return false }
        // 'Dat is een daling van 40 procent ten opzichte van 2019' after a pair from 2024: the claim's own clause
        // compares with a year that is not the start's.
        if let start = pair.from.year,
            analysis.baseYears(in: analysis.clause(of: claim)).contains(where: { $0.year != start })
        {
            return true
        }
        guard let year = frame.later, year != pair.from.year && year != pair.to.year else { return false }
        let written = tokens.indices.filter { tokens[$0].year == year }
        return written.isEmpty || written.contains { !standsInConjoinedClause($0, after: claim) }
    }

    /// Whether the claim's own year is later than that of the quantity the sentence before gave: a value of its
    /// own year restates that quantity at a later time.
    private func isDatedAfterTopic(_ frame: PeriodFrame) -> Bool {
        guard !frame.inherited, frame.base == nil, let later = frame.later,
            let earlier = discourse.topic(needingValue: true)?.year
        else { return false }
        return earlier < later
    }

    /// The start and end value a clause gives by its end and the difference that led to it ('uitgebreid
    /// met 120 bedden tot 2.080 bedden': from 1.960 to 2.080), or by a difference from another time after the level
    /// it restates ('540 honden, 60 meer dan vorig jaar': from 480 to 540, `restatedLevel(ofDifference:)`); not for
    /// hedged counts. A start worked out from rounded ones ('met 35 miljoen tot 412 miljoen') may confirm a claim,
    /// never contradict it.
    func differenceSpan(in clause: Int, frame: PeriodFrame) -> (Operand?, Operand?)? {
        for index in numbers(.count, in: analysis.clauses[clause]) {
            guard let sign = differenceDirection(of: index), sign != 0,
                let end = endValue(after: index) ?? restatedLevel(ofDifference: index),
                let difference = tokens[index].number, let value = tokens[end].number,
                [difference, value].allSatisfy({ $0.hedge == nil })
            else { continue }
            let start = value.value - Exact(sign) * difference.value
            guard start > Exact(0) else { return nil }
            let written = WrittenNumber(
                value: start, unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
                text: PlainNumber.format(start), hedge: nil)
            return (
                Operand(
                    written, year: frame.base, token: nil, line: analysis.line(of: index),
                    binding: OperandBinding(
                        difference.isRounded || value.isRounded ? .roundedConstruction : .construction)),
                operand(end, year: frame.later)
            )
        }
        return nil
    }

    /// Whether a pair of another clause can be the claim's: not when the claim's clause names a year
    /// the pair does not end in ('…van 200 naar 150, in 2023 met 10%').
    private func fits(_ pair: FromTo, frame: PeriodFrame, claimClause: Int) -> Bool {
        let (from, to) = stated(pair, frame: PeriodFrame())
        // '…, 4 procent minder dan een jaar eerder; in 2019 waren het er nog 2.900': a pair of two known years
        // whose start is not the claim's base.
        if hasOwnBase(claimClause), let base = frame.base, let start = from?.year, to?.year != nil, start != base {
            return false
        }
        let ownYears = analysis.clauses[claimClause].filter { !analysis.isBaseYear($0) }.compactMap { tokens[$0].year }
        guard let year = ownYears.last, let end = to?.year else { return true }
        return year == end
    }

    /// Whether a clause names the base of its comparison: a base year ('ten opzichte van 2019') or a past
    /// ('dan een jaar eerder').
    private func hasOwnBase(_ clause: Int) -> Bool {
        let range = analysis.clauses[clause]
        return range.contains { analysis.isBaseYear($0) } || analysis.hasEarlierMarker(range)
    }

    /// Operands of a stated pair, each with the year written after it ('van 9.921 … in 2019 naar 8.118 … in 2023').
    func stated(_ pair: FromTo, frame: PeriodFrame) -> (Operand?, Operand?) {
        func year(after value: Int, before end: Int) -> Int? {
            // Not the year of a label that introduces the other value ('143 (2022: 158)').
            analysis.ownYear(of: value)?.year
                ?? (value + 1..<max(value + 1, end)).first { position in
                    tokens[position].year != nil && !(position + 1 < tokens.count && tokens[position + 1].isMark(":"))
                }.flatMap { tokens[$0].year }
        }
        let clauseEnd = analysis.clause(of: pair.to).upperBound
        let next = analysis.numberIndices.first { $0 > max(pair.to, pair.from) } ?? clauseEnd
        // An end value before its start ('94 dagen, tegen 88 dagen in 2022') takes no year from past its start.
        let afterEnd = analysis.numberIndices.first { $0 > pair.to } ?? clauseEnd
        let fromYear = year(after: pair.from, before: min(max(pair.to, pair.from + 1), next)) ?? frame.base
        // The sentence's one year is not the end's too when it is the start's ('410 in 2020, vorig jaar 380').
        let toYear = year(after: pair.to, before: min(clauseEnd, next, afterEnd)) ?? frame.later.flatMap {
            $0 == fromYear ? nil : $0
        }
        return (operand(pair.from, year: fromYear), operand(pair.to, year: toYear))
    }

    /// The numbers of the sentence written with the claim's base and later year ('in 2019 (31.456)'),
    /// or the one with the base year and the only other one ('ligt … 1.240 … als in 2020 (620)').
    private func datedValues(for index: Int, unit: NumberUnit, frame: PeriodFrame) -> (Operand?, Operand?)? {
        // A share's whole is no level of a change coordinated with it ('Dat is 23% van alle 5.000 …, en 8% minder
        // dan in 2022 (1.250)': both claims are of the subject; `isWholeOfShare`). A difference ('55 meer dan vorig
        // voorjaar') is no level either, nor the base of another comparison than the claim's own. A number that names
        // something ('In 2024 kwamen via 144 …': `namesSomething`) is never the later level, though it stands in the
        // way of another of its year.
        let othersBases = otherComparisonBases(of: index)
        let dated = numbers(unit, in: tokens.indices).filter {
            $0 != index && !Self.isWholeOfShare($0, analysis) && Self.isValue($0, tokens) && !othersBases.contains($0)
        }
        guard let base = frame.base else {
            // 'eind 2022 stonden 185 …, eind 2023 waren het er 296': two numbers with two years.
            let years = dated.compactMap { value in analysis.ownYear(of: value).map { (value, $0.year) } }
            guard dated.count == 2, years.count == 2, years[0].1 != years[1].1, countsOneNoun(dated) else { return nil }
            let ordered = years.sorted { $0.1 < $1.1 }
            return (operand(ordered[0].0), operand(ordered[1].0))
        }
        let from = dated.filter { analysis.ownYear(of: $0)?.year == base }
        guard from.count == 1 else { return nil }
        if let later = frame.later {
            let to = dated.filter { analysis.ownYear(of: $0)?.year == later }
            if to.count == 1, !Self.namesSomething(to[0], tokens) { return (operand(from[0]), operand(to[0])) }
        }
        let rest = dated.filter { $0 != from[0] && analysis.ownYear(of: $0) == nil }
        guard rest.count == 1, !Self.namesSomething(rest[0], tokens), !endsOtherChange(rest[0], claim: index) else {
            return nil
        }
        return (operand(from[0]), operand(rest[0], year: frame.later))
    }

    /// Whether `value` stands in another clause than the claim at `claim`, each with a verb of change of its own
    /// ('Het aantal leden is sinds 2020 (3.200) verdubbeld; het aantal donateurs steeg tot 6.500'): the value ends
    /// that clause's change, not the claim's.
    private func endsOtherChange(_ value: Int, claim: Int) -> Bool {
        let own = analysis.clause(of: claim)
        let other = analysis.clause(of: value)
        func changes(_ clause: Range<Int>) -> Bool {
            clause.contains {
                Self.isChangeVerb(tokens[$0]) || tokens[$0].kind == .word && Self.factor(of: tokens[$0].text) != nil
            }
        }
        return own != other && changes(own) && changes(other)
    }

    /// 'Het aantal steeg met 30%', 'Het aantal nam met 4 procent toe': a subject that names no noun of its own, right
    /// before its verb, is the quantity the sentence before gave.
    func hasBareQuantitySubject(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard analysis.matches("het aantal", at: index), index + 2 < tokens.count, tokens[index + 2].kind == .word
            else { return false }
            let verb = tokens[index + 2].text
            let clause = analysis.clause(of: index + 2)
            let separable = Lexicon.separableVerbs.contains { entry in
                entry.forms.contains(verb)
                    && tokens[(index + 3)..<clause.upperBound].contains { $0.isWord(entry.particle) }
            }
            return Lexicon.increase.contains(verb) || Lexicon.decrease.contains(verb) || Self.beingVerbs.contains(verb)
                || separable
        }
    }

    /// A sentence without a subject of its own that restates the one before: 'Een stijging van bijna 27
    /// procent, aldus …' (not 'De daling voor ambulante zorg was …', which has one), or one whose numbers
    /// all stand in a short last clause after ':' ('Reken maar uit: anderhalf keer zoveel.'), unless it is a
    /// memo's line with a label of its own under another; or a bare comparison ('Maar liefst 30 procent meer!').
    var isFragment: Bool {
        if isBareComparison { return true }
        if tokens.count > 3 && tokens[0].isWord("een") && Lexicon.changeNouns.contains(tokens[1].text)
            && tokens[2].isWord("van")
        {
            return true
        }
        // A memo's label of a change: 'Afname: 303 (−23%)', 'Groei 7,6%, vooral ambulant'.
        if tokens.count > 2 && Lexicon.changeNouns.contains(tokens[0].text)
            && (tokens[1].isMark(":") || tokens[1].kind == .number)
        {
            return true
        }
        // A line of a memo speaks of its own label: under a line with another label ('Caseload: 31 (norm: 28).
        // Instroom toezichten: +9%.'), and under a sentence that is no memo line when the label names no change
        // ('De wachtlijst ging van 80 naar 60. Aanvragen bijstand: 25 procent meer.'; not 'Relatieve afname: 4%',
        // nor a label that sums up: 'Kortom: …').
        if let label = analysis.memoLabel,
            discourse.lastMemoLabel.map({ label != $0 })
                ?? label.contains { word in
                    !Lexicon.grammarWords.contains(word) && !Self.summingUpWords.contains(word)
                } && !label.contains(where: Lexicon.changeNouns.contains)
        {
            return false
        }
        guard let last = analysis.clauses.last, analysis.clauses.count > 1,
            let colon = analysis.clauses[analysis.clauses.count - 2].last, tokens[colon].isMark(":")
        else { return false }
        return tokens[last].filter { $0.kind == .word }.count <= Self.appositionWords
            && analysis.numberIndices.allSatisfy { last.contains($0) }
    }

    /// The word that opens a sentence about another item like the one before ('Ook de wachtlijst groeide').
    static let anotherItemWord = "ook"

    /// Labels that sum up what was said before ('Kortom: anderhalf keer zoveel').
    static let summingUpWords: Set<String> = ["kortom", "conclusie", "samengevat", "samenvattend", "dus", "oftewel"]

    /// The start value the next sentence gives: its only number of the unit, put in the past of the
    /// claim ('Een jaar eerder stonden er nog 513', 'In 2019 ging het nog om 40,8 duizend', 'Toen …').
    /// A next sentence that opens with 'Ook' reports another item like this one ('… nam toe met bijna 15%. Ook de
    /// wachtlijst groeide: 43 namen, tegen 29'): it gives none of this sentence's values.
    private func lookahead(for index: Int, unit: NumberUnit, frame: PeriodFrame) -> (Operand?, Operand?)? {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph,
            next.tokens.first?.isWord(Self.anotherItemWord) != true
        else { return nil }
        // 'Het aantal … is gehalveerd. Waar in 2015 nog 1.230 …, waren dat er vorig jaar 598.': the values of the
        // next sentence that refers to the quantity, for a claim whose own sentence has no other number of its unit.
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        if numbers(unit, in: tokens.indices).allSatisfy({ $0 == index }) {
            switch following.valuesAhead(of: unit, claimedAt: index, in: self) {
            case .bound(let from, let to): return (from, to)
            case .contested: return nil
            case .none: break
            }
        }
        let values = next.numberIndices.filter { next.tokens[$0].number?.unit == unit }
        guard values.count == 1, let value = values.first else { return nil }
        let year = next.ownYear(of: value)?.year ?? next.tokens.first { $0.year != nil }?.year
        guard next.hasEarlierMarker(next.tokens.indices) || year != nil && year == frame.base else { return nil }
        let end =
            endValue(after: index)
            ?? {
                let others = numbers(unit, in: tokens.indices).filter { $0 != index }
                return others.count == 1 ? others[0] : nil
            }()
        guard let end else { return nil }
        return (
            Operand(next.tokens[value].number!, year: year ?? frame.base, token: nil, line: next.line(of: value))
                .carriedOver,
            operand(end, year: frame.later)
        )
    }

    /// The two values the sentence before contrasts, or that the two sentences before give one each
    /// (`contrastAcrossSentences(of:)`), as start and end of the change that refers to them
    /// ('In groep A 42 procent, in groep B 30 procent. B verlaagt dat dus met 12 procent', 'In groep A lag dat
    /// daarmee anderhalf keer zo hoog'): in the order of their years when each has its own, else from the group the
    /// comparison is with to the group its subject names (`newSide(of:claim:)`), never by the claim's own direction
    /// word, which is what is checked, unless the sentence names neither group and only its comparative orders them
    /// (`comparedSide(of:values:claim:)`).
    private func contrasted(for index: Int, unit: NumberUnit) -> (Operand?, Operand?)? {
        // 'In Drenthe … 2.140 … In Friesland waren dat er 1.870.': two sentences may give one side each.
        let across = discourse.lastContrast.isEmpty ? contrastAcrossSentences(of: unit) : nil
        let values = across?.values ?? discourse.lastContrast
        guard values.count == 2, values[0].unit == unit else { return nil }
        // 'De wachttijd is in Tiel dus twee keer zo lang' after counts of charging points: a factor of duration is of
        // a time, which only values counted in units of time are.
        let counted = discourse.lastTwoDatedValues(of: unit).compactMap(\.noun)
        if across != nil, let times = timesWord(after: index), isOfDuration(times: times),
            !counted.contains(where: Lexicon.durationUnits.contains)
        {
            return nil
        }
        // '… dus twee keer zoveel laadpalen als Culemborg', 'had in 2020 dus …': of another group or time.
        if let across, leavesContrast(index, values: values, groups: across.groups) { return nil }
        if let first = values[0].year, let second = values[1].year {
            guard first != second else { return nil }
            return first < second ? (values[0], values[1]) : (values[1], values[0])
        }
        // Between two groups a change is a comparison ('hoger', 'minder') or an effect ('verlaagt'), not a
        // change in time ('steeg in beide steden met 5 procent'); an apposition restates the comparison of the
        // clause before it ('Dat is 430 minder, ofwel een daling van 6,7%').
        let clause = analysis.clauseOf[index]
        var scope = analysis.clauses[clause]
        if clause > 0, isApposition(clause) { scope = analysis.clauses[clause - 1].lowerBound..<scope.upperBound }
        let compares = scope.contains { position in
            let word = tokens[position].kind == .word ? tokens[position].text : ""
            return Lexicon.comparatives.contains(word) || Lexicon.effectVerbs.contains(word)
        }
        // '6 procentpunt vaker': the claim's own comparative compares too.
        guard compares || comparative(after: index) != nil || timesWord(after: index) != nil,
            let groups = across?.groups ?? discourse.lastContrastGroups,
            // Across sentences a comparison that names neither side may be of the later sentence's value alone.
            let side = across == nil ? comparedSide(of: groups, values: values, claim: index)
                : newSide(of: groups, claim: index)
        else { return nil }
        let pair = groups.pair(side == 1 ? (values[0], values[1]) : (values[1], values[0]))
        return (pair.from, pair.to)
    }

    /// Whether a sentence refers to a quantity said before: 'dit aantal', or a pronoun with 'er' ('waren dat
    /// er', 'zijn het er'); 'dit jaar' is no such reference.
    static func refersToQuantity(_ sentence: SentenceAnalysis) -> Bool {
        let tokens = sentence.tokens
        return tokens.indices.contains { index in
            Lexicon.quantityReferences.contains { sentence.matches($0, at: index) }
                || ["dat", "het", "dit"].contains(tokens[index].text) && index + 1 < tokens.count
                    && tokens[index + 1].isWord("er")
        }
    }

    /// Whether this sentence names what numbers of another sentence count ('… het aantal meldingen …' for
    /// '840 meldingen'): the noun right after one of them, or a form of it; only in the stretch numbered `stretch`
    /// when one is given (`SentenceAnalysis.stretches`). A noun a rate is per ('De kosten per afgekeurde kilometer')
    /// names no count: '12 kilometer' is not what those costs count.
    func namesCountedNoun(of values: [Int], in other: SentenceAnalysis, within stretch: Int? = nil) -> Bool {
        let nouns = values.compactMap { value in
            value + 1 < other.tokens.count && other.tokens[value + 1].kind == .word
                && !Lexicon.grammarWords.contains(other.tokens[value + 1].text) ? other.tokens[value + 1].text : nil
        }
        return tokens.indices.contains { index in
            stretch.map { analysis.stretches[index] == $0 } != false && tokens[index].kind == .word
                && nouns.contains { Self.areForms(tokens[index].text, $0) }
                && !tokens[max(0, index - Self.perPhraseReach)..<index].contains { $0.isWord("per") }
        }
    }

    /// How many words before a noun a 'per' makes it the unit of a rate ('per afgekeurde kilometer').
    private static let perPhraseReach = 2

    /// Whether the change at `index` is one of a difference its clause names before it, by a verb of its own ('Dat
    /// verschil is sinds 2020 met een kwart toegenomen'): the two values the difference was of are its sides, no start
    /// and end of the change.
    private func changesDifference(at index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        let named = (clause.lowerBound..<index).contains { tokens[$0].isWord("verschil") }
        return named && clause.contains { position in
            tokens[position].kind == .word && !tokens[position].isWord("verschil")
                && Self.directionSign(of: tokens[position].text) != nil
        }
    }

    /// 'een verschil van 6,9 procentpunt' between two groups: larger minus smaller.
    private func isUnorderedDifference(_ index: Int) -> Bool {
        direction(for: index) == nil && analysis.clause(of: index).contains { tokens[$0].isWord("verschil") }
    }

    /// The count a change ends at: 'met 5,9% naar 19.910', 'tot 145 duizend', or in the clause after that opens
    /// with it ('met 46 procent gestegen, tot 1.679').
    func endValue(after index: Int) -> Int? {
        var clause = analysis.clause(of: index)
        let next = analysis.clauseOf[index] + 1
        if next < analysis.clauses.count, let first = analysis.clauses[next].first,
            tokens[first].isWord("naar") || tokens[first].isWord("tot")
        {
            clause = clause.lowerBound..<analysis.clauses[next].upperBound
        }
        guard index + 1 < clause.upperBound else { return nil }
        for position in (index + 1)..<clause.upperBound {
            if tokens[position].kind == .number { return nil }
            if tokens[position].isWord("naar") || tokens[position].isWord("tot"), let end = number(after: position),
                tokens[end].number?.unit == .count, clause.contains(end)
            {
                return end
            }
        }
        return nil
    }

    // MARK: Readings

    func changeReading(_ index: Int, _ number: WrittenNumber, direction: Int?) -> Claim {
        var claim = Claim(kind: .change, site: index, claimed: precise(number, direction: direction))
        if let stated = statedChange(for: index, unit: .count) ?? statedChange(for: index, unit: .percent) {
            (claim.from, claim.to) = stated
        } else if let based = indexBaseChange(for: index) ?? timedRowChange(at: index, unit: .count) {
            (claim.from, claim.to) = based
        } else if let rows = comparedRows(at: index, unit: .count) {
            // 'De damwanden kostten 84% meer dan de bekleding' under lines of both: the base is the row after 'dan'.
            claim = Claim(kind: .change, site: index, claimed: precise(number, direction: rows.sign))
            (claim.from, claim.to) = (rows.from, rows.to)
        }
        return spanningYearsBack(claim)
    }

    func pointsReading(_ index: Int, _ number: WrittenNumber) -> Claim {
        var claim = Claim(kind: .points, site: index, claimed: precise(number, direction: direction(for: index)))
        // '… nog 6,2 procentpunt onder het doel': a gap to a level the text names is no change of a pair.
        if !namesNormAfterGap(index), let stated = statedChange(for: index, unit: .percent),
            !leavesOutLevelArrivedAt(stated, pointsAt: index)
        {
            (claim.from, claim.to) = stated
        } else if let gap = normGap(at: index) ?? namedNormGap(at: index) {
            claim = Claim(kind: .points, site: index, claimed: precise(number, direction: gap.sign))
            (claim.from, claim.to) = (gap.from, gap.to)
        } else if let rows = comparedRows(at: index, unit: .percent) {
            claim = Claim(kind: .points, site: index, claimed: precise(number, direction: rows.sign))
            (claim.from, claim.to) = (rows.from, rows.to)
        } else if let amounts = pointsOfAmounts(at: index) ?? timedRowChange(at: index, unit: .percent) {
            (claim.from, claim.to) = amounts
        }
        return spanningYearsBack(claim)
    }

    /// Whether `pair` leaves out the one level the sentence of the change in points at `index` arrives at, a level
    /// that is no value of the sentence's own changes ('De directe handel kwam daarmee uit op 66 procent, een stijging
    /// van 6 procentpunt' after the 38 → 34 procent of another group): the points are that level's change, not the
    /// pair's. A series ('van 41% naar 45% en 50%, in totaal 9 procentpunt meer') arrives at its values in its pairs.
    private func leavesOutLevelArrivedAt(_ pair: (from: Operand?, to: Operand?), pointsAt index: Int) -> Bool {
        let changed = Set(pairs.flatMap { [$0.from, $0.to] })
        let levels = numbers(.percent, in: tokens.indices).filter {
            $0 != index && isEndLevel($0) && !changed.contains($0)
        }
        return leavesOut(pair, soleOf: levels)
    }

    /// The direction of a count that is a difference: 'toe met 14', 'een toename van 50', '50 meer'.
    func differenceDirection(of index: Int) -> Int? {
        if let comparative = comparative(afterCount: index) { return comparative }
        if let comparative = groupDifference(of: index)?.comparative ?? sidesBefore(of: index)?.comparative {
            return Lexicon.increase.contains(tokens[comparative].text) ? 1 : -1
        }
        if let sign = Self.signedDifference(index, tokens) { return sign }
        if let sign = particleDifferenceSign(of: index) { return sign }
        guard index > 0 else { return nil }
        var before = Self.positionPastHedges(before: index, in: tokens)
        if tokens[before].isMark("€"), before > 0 { before -= 1 }
        // 'scholen met 500 of meer leerlingen': 'met' takes a group's open bound, not the amount of a change.
        if tokens[before].isWord("met"), !Tokenizer.isOpenBound(index, tokens) {
            // 'De huur van een woning met drie kamers steeg …': a count of the subject's phrase, no amount.
            if inOpeningNounPhrase(before) { return nil }
            let clause = analysis.clause(of: index)
            let found = directions(in: clause)
            if found.isEmpty, before == clause.lowerBound { return signOfClause(before: clause, amount: index) }
            return found.min { abs($0.token - index) < abs($1.token - index) }?.sign
        }
        // 'een daling van 303', and a memo's label 'Afname: 303'.
        if tokens[before].isWord("van") || tokens[before].isMark(":"), before > 0, tokens[before - 1].kind == .word,
            Lexicon.changeNouns.contains(tokens[before - 1].text)
        {
            return directions(in: (before - 1)..<before).first?.sign ?? 0
        }
        // 'een verlies van 15 bedden', 'een plus van 41': a noun of gain or loss and a count.
        if tokens[before].isWord("van"), before > 0, let sign = gainOrLossSign(at: before - 1) { return sign }
        // 'Dan is de groei 150 leden', 'De daling bedroeg 60 meldingen': a noun of change as the count's subject.
        if let noun = changeNounSubject(of: index) { return Self.directionSign(of: tokens[noun].text) ?? 0 }
        // 'Het verschil bedraagt 310 fietsen', 'Het verschil tussen A en B bedraagt 24': the count a difference
        // without a direction is said to be.
        // 'een groei van 12,5 procent, ofwel 90 leden': the amount of a change in percent, restated.
        if let sign = restatedChangeSign(of: index) { return sign }
        return isBareDifference(index) || differenceNames(for: index) != nil || hasBracketedSides(index) ? 0 : nil
    }

    /// The one direction of the clause right before `clause`, a clause that opens with 'met' and the count at
    /// `amount` ('Alleen in de Rijntakken nam de depositie toe, met 13 mol', '… nam het sterkst toe: met 3 weken'):
    /// the amount of the change that clause tells, when it ends with a comma or colon, holds no number and words of
    /// one direction, and `clause` no other number.
    private func signOfClause(before clause: Range<Int>, amount: Int) -> Int? {
        guard clause.lowerBound >= 2, [",", ":"].contains(where: { tokens[clause.lowerBound - 1].isMark($0) }),
            !analysis.numberIndices.contains(where: { clause.contains($0) && $0 != amount })
        else { return nil }
        let earlier = analysis.clause(of: clause.lowerBound - 1)
        guard !analysis.numberIndices.contains(where: { earlier.contains($0) }) else { return nil }
        let signs = Set(directions(in: earlier).map(\.sign))
        return signs.count == 1 ? signs.first : nil
    }

    /// 'meer' or 'minder' right after a count ('6.590 meer mensen … dan', 'Dat zijn er 210 meer', '340 minder').
    func comparative(afterCount index: Int) -> Int? {
        guard let comparative = Self.differenceComparative(index, tokens) else { return nil }
        return Lexicon.increase.contains(tokens[comparative].text) ? 1 : -1
    }

    func differenceReading(_ index: Int, _ number: WrittenNumber, direction: Int) -> Claim {
        var claim = Claim(
            kind: .difference, site: index, claimed: precise(number, direction: direction == 0 ? nil : direction))
        if let net = netReading(of: index) {
            // 'per saldo met 8 cliënten groeide' after an inflow and an outflow: their balance, or no pair at all.
            if case .balance(let from, let to) = net { (claim.from, claim.to) = (from, to) }
        } else if let group = groupDifference(of: index) {
            // Each side's value is bound to its side by a bracket or the order of a pair after ':'.
            let named = OperandBinding(.reference)
            (claim.from, claim.to) = (operand(group.from).bound(named), operand(group.to).bound(named))
        } else if let sides = sidesBefore(of: index) {
            // Each side's value is named by the side's own words in the sentence before.
            (claim.from, claim.to) = (sides.from, sides.to)
        } else if !isOneOfContributions(index),
            let stated = statedChange(for: index, unit: .count) ?? timedRowDifference(at: index, number)
        {
            (claim.from, claim.to) = stated
        }
        return claim
    }

    /// 'Met de uitbreiding van De Kamp met 6 plaatsen en de nieuwe locatie (10 plaatsen) groeit het totaal van 64
    /// naar 80': an amount that 'en' joins to a later count of its noun in its clause, no value of a change, is one
    /// of the contributions to the change, not the whole difference of its start and end.
    private func isOneOfContributions(_ index: Int) -> Bool {
        guard let noun = ReadingSanity.noun(after: index, in: tokens) else { return false }
        let clause = analysis.clause(of: index)
        let changeValues = Set(pairs.flatMap { [$0.from, $0.to] })
        guard let next = analysis.numberIndices.first(where: { $0 > index && clause.contains($0) }),
            !changeValues.contains(next), tokens[next].number?.unit == .count,
            ReadingSanity.noun(after: next, in: tokens).map({ Self.areForms($0, noun) }) == true
        else { return false }
        return tokens[(index + 1)..<next].contains { $0.isWord("en") }
    }
}
