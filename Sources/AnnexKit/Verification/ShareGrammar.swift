import BigInt

/// Shares and claims in words. A share's part and whole are read from where they stand: the count a
/// '(86%)' follows, '(n = 159)' right after it, a count in parentheses after it ('87,2% van de
/// verzoeken … (17.369)'), one restated ('ofwel 85 procent'), 'M van (de) W', a whole after 'van de',
/// 'van het totaal van', 'op (een capaciteit van)', before 'waarvan', or the quantity 'daarvan' refers
/// to; with the whole marked, the sentence's only other count is the part. Fractions in words are
/// shares ('de helft van', 'drie op de tien', 'twee derde') or, before a comparative or after 'met',
/// changes ('een kwart minder', 'met een derde toegenomen'); factors are changes ('verdubbeld', '2,5
/// keer zo groot').
extension ClaimParser {
    /// How far a word ('de helft', 'verdubbeld', 'drie keer zo') may be from the value, relatively, and
    /// still be right: 5% ('de helft' is 47,5%–52,5%); up to `wordDoubt` it is left unverifiable.
    static let wordTolerance = Exact(5, over: 100)
    static let wordDoubt = Exact(10, over: 100)

    func shareReading(_ index: Int, _ number: WrittenNumber) -> Claim {
        var claim = Claim(kind: .share, site: index, claimed: precise(number, direction: nil))
        if let (parts, whole) = joinedParts(ofShareAt: index) {
            (claim.parts, claim.whole) = (parts.map { operand($0) }, operand(whole))
            return claim
        }
        (claim.part, claim.whole) = partAndWhole(around: index, end: index + 1)
        return claim
    }

    /// 'Amsterdam (1.200) en Rotterdam (900) zijn samen goed voor 42 procent van de 5.000 meldingen', 'Van de 5.000
    /// … 1.200 … en 900 …; bij elkaar opgeteld is dat 42 procent': a share after a word that joins the numbers
    /// before it ('samen', 'tezamen', 'bij elkaar', 'opgeteld'; at most `totalReach` words before the share, in its
    /// stretch) is the share of their sum: the counts of a list before the word (at least two, counting one
    /// thing, none of them a whole), of the whole the sentence marks ('van de 5.000'). None without such a whole.
    func joinedParts(ofShareAt index: Int) -> (parts: [Int], whole: Int)? {
        let stretches = analysis.stretches
        let start = max(0, index - Self.totalReach - 1)
        guard let cue = (start..<index).first(where: { analysis.firstPhrase(Lexicon.joiningCues, at: $0) != nil }),
            tokens[cue..<index].allSatisfy({ $0.kind == .word }), stretches[cue] == stretches[index]
        else { return nil }
        let wholes = numbers(.count, in: tokens.indices).filter(isWholeMarked)
        let parts = coordinated(candidates(.count, in: 0..<cue).filter { !wholes.contains($0) })
        guard parts.count >= 2, wholes.count == 1, ReadingSanity.countAlike(parts, in: tokens) else { return nil }
        return (parts, wholes[0])
    }

    /// Whether the number at `index` counts time or is a frequency ('drie weken', 'twee keer per week', '30 nachten
    /// per jaar'): no part or whole of a share. Times alone may count occasions that are ('1.800 keer positief
    /// beslist').
    func countsTime(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].text
        let frequency = index + 2 < tokens.count && Lexicon.timesWords.contains(next) && tokens[index + 2].isWord("per")
        return Lexicon.durationUnits.contains(next) || frequency || isRatePerTime(index)
    }

    /// Whether the number at `index` is a count per a unit of time ('30 nachten per jaar', '4 bezoeken per maand'):
    /// a rate, no factor of a product nor a part or whole of a share.
    func isRatePerTime(_ index: Int) -> Bool {
        index + 3 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 2].isWord("per")
            && Lexicon.durationUnits.contains(tokens[index + 3].text)
    }

    /// The part and whole the text gives for a share written at `start..<end`; a count of time or times is neither,
    /// nor is a count on a line after a share in brackets (a bracket speaks of its own line).
    func partAndWhole(around start: Int, end: Int) -> (Operand?, Operand?) {
        let bracketLine = tokens[start].depth > 0 ? analysis.line(of: start) : nil
        let counts = numbers(.count, in: tokens.indices).filter { count in
            let restated = tokens[count].number?.hedge != nil && exactRestatement(of: count) != nil
            let beyondBracket = count > start && bracketLine.map { analysis.line(of: count) > $0 } ?? false
            return !(start..<end).contains(count) && !restated && !countsTime(count) && !beyondBracket
        }
        if counts.isEmpty, let ratio = columnRatioShare(start: start) { return (ratio.part, ratio.whole) }
        if namesOwnWhole(share: start, end: end, counts: counts)
            || namesOtherSharesWhole(share: start, end: end, counts: counts)
        {
            return (nil, nil)
        }
        if isScopedByPair(shareAt: start) || isItemsOwnPercentage(start)
            || isListedBesideFewerPairs(start: start, end: end) || opensGappedClause(before: start, counts)
        {
            return (nil, nil)
        }
        if let respective = respectiveShare(at: start, end: end) { return respective }
        if let rest = shareOfRest(at: start, end: end) { return rest }
        if let chained = chainedShare(at: start, end: end, counts: counts) { return chained }
        if refersIntoList(shareAt: start, end: end) { return (nil, nil) }
        if let possessed = possessedLaterLevel(ofShareAt: start, end: end, counts: counts) {
            return (possessed.part, possessed.whole)
        }
        if counts.isEmpty,
            let found = namedWholeShare(at: start, end: end) ?? groupPartShare(at: start, end: end)
                ?? closingShare(at: start, end: end) ?? neighbourPartAndWhole(start: start, end: end)
        {
            return checkedAgainstVerb(found, shareAt: start)
        }
        if counts.isEmpty, !sizesGapAfterVerb(start: start, end: end),
            let row = labelledRowShare(start: start, end: end)
        {
            return (row.part, row.whole)
        }
        var part: Int?
        var whole: Int?
        var wholeOperand: Operand?
        // '21,1 procent (n = 526; 111 recidivisten)': the group size is the whole, the other count the part.
        if let inside = analysis.parenthesis(after: end - 1), let size = inside.first(where: isSampleSize) {
            let others = counts.filter { inside.contains($0) && $0 != size }
            if others.count == 1 { return (operand(others[0]), operand(size)) }
        }
        let referredAfter = end < tokens.count && Lexicon.partReferences.contains(tokens[end].text)
        // 'M van (de) W', the one nearest the claim; for a share in parentheses one before it first ('23 van de 140
        // (16 procent) tegen 51 van de 150'): a parenthesis speaks of what stands before it, and never of a pair
        // after it with a share of its own in parentheses ('… (15 procent), tegen 42 van de 160 (26 procent)').
        let outsideAfter = { (index: Int) in index > start && tokens[index].depth < tokens[start].depth ? 1 : 0 }
        let rank = { (index: Int) in (outsideAfter(index), abs(index - start)) }
        for index in counts.sorted(by: { rank($0) < rank($1) }) where part == nil {
            if index + 2 < tokens.count,
                let w = (tokens[index + 1].isWord("van") ? pairedWhole(of: index) : nil) ?? namedAmountWhole(of: index),
                tokens[w].number?.unit == .count, !isDifferenceStart(w),
                outsideAfter(index) == 0 || !hasOwnShare(w)
            {
                (part, whole) = (index, w)
            }
        }
        // '214 van de 342 …; 41 procent daarvan …': 'daarvan' after the share takes the part before it as the
        // share's whole, and the share's own part is not given.
        if referredAfter, let stated = part, stated < start, let other = whole, other < start {
            return (nil, operand(stated))
        }
        part = part ?? self.part(after: start, end: end)
        if part == nil, let member = apposedCount(before: start, end: end, counts: counts) {
            // '400 daarvan …, 2 procent van alle vergunningaanvragen in het land': a whole its words qualify may be
            // another set than the one the sentence counts; the member's share of it is not given.
            if qualifiesItsWhole(afterShareEndingAt: end) { return (operand(member), nil) }
            part = member
        }
        if part == nil, let member = contributedCount(beforeShareAt: start) { part = member }
        if whole == nil {
            whole = markedWhole(excluding: part, near: start)
            if let marked = whole, let named = ownNamedWhole(ofShareAt: start, end: end, marked: marked, part: part) {
                whole = named
            }
        }
        // 'Bij 1.930 controles …, ofwel één op de zes controles': the count of the noun the share counts.
        if whole == nil, let counted = groupNounWhole(ofShareEndingAt: end, counts: counts, part: part) {
            whole = counted
        }
        // 'Van de 148 gasten … Zo'n één op de tien gasten (15) …': else the count of that noun in the sentence before.
        if whole == nil, let counted = groupNounWholeBefore(ofShareEndingAt: end, counts: counts) {
            wholeOperand = counted
        }
        if whole == nil, let named = namedWhole(afterShareEndingAt: end, part: part) { wholeOperand = named.whole }
        if whole == nil, wholeOperand == nil, let member = part {
            wholeOperand = totalBefore(ofShareEndingAt: end, part: member)
                ?? columnTotalWhole(ofPart: member, shareAt: start)
                ?? openedSplitWhole(ofShareEndingAt: end, part: member)
        }
        if whole == nil, wholeOperand == nil, let opened = openedWhole(ofShareAt: start) { wholeOperand = opened }
        // 'Van de 86.400 bezoekers kwamen er 28.900 met de fiets. Met de bus reisden er 21.600, een kwart.'
        if whole == nil, wholeOperand == nil, let member = part,
            let split = continuedSplitWhole(ofShareEndingAt: end, part: member)
        {
            wholeOperand = split
        }
        if whole == nil, wholeOperand == nil, referredAfter, let link = linkReferredAfter(shareAt: start) {
            wholeOperand = link
        }
        // 'Ongeveer een kwart daarvan, 2.100 …': a part reference right after the share names its whole too, and so
        // does 'van hen' ('Ruim de helft van hen (214) …').
        if whole == nil, wholeOperand == nil,
            refersToValue(0..<start) || referredAfter || opensWithPartOfThem || isOfThem(afterShareEndingAt: end)
                || namesTopic(before: start),
            let topic = discourse.topic(needingValue: true)
        {
            wholeOperand = operand(topic)
        }
        if whole == nil, opensWithWhichOf, let above = lineAbove { wholeOperand = operand(above) }
        // 'Plaatsen: 840. Bezet: 756 (90%).': a memo line's own share is of the line above that names a total, else of
        // the line that opens the run above it.
        if whole == nil, wholeOperand == nil, analysis.memoShareValue != nil,
            let above = discourse.totalAboveShareLines ?? discourse.wholeAboveShareLines
        {
            wholeOperand = above
        }
        if whole == nil, wholeOperand == nil, let asked = discourse.earlier.last?.askedWhole { wholeOperand = asked }
        // '6.480 verdachten, van wie 1.296 …: een op de vijf': a share tied to the part a relative marker makes
        // of the count before it, also when a whole is marked before that count ('Van de 5.600 … hadden er 1.960
        // …, van wie 588 …: drie op de tien'): the nearer whole is the share's.
        if wholeOperand == nil, let relative = relativePart(), relative.part < start,
            whole.map({ $0 < relative.whole }) ?? true,
            part == nil || part == relative.part, isTied(relative.part, toShareAt: start)
        {
            (part, whole) = (relative.part, relative.whole)
        }
        if whole == nil, wholeOperand == nil,
            let which = tokens[..<start].lastIndex(where: { $0.isWord("waarvan") }),
            let before = waarvanTotal(before: firstOfSiblingParts(which), excluding: part)
        {
            whole = before
        }
        if part == nil, let base = whole.map({ operand($0) }) ?? wholeOperand,
            let rest = restBeside(shareAt: start, counts: counts, whole: whole), ReadingSanity.kindAlike(
                [rest] + [whole].compactMap { $0 }, in: tokens)
        {
            return (Operand(rest: base, less: [operand(rest)]), base)
        }
        if part == nil, wholeOperand != nil, let referred = partOfReferredWhole() { part = referred }
        // '…1.315 respondenten …; 421 van hen (32,2%)': a part of 'hen' is of the sentence's other count.
        // 'Voor 880 van hen …, een op de drie': the sentence's only count, tied to the share, is a part of the
        // quantity of the sentence before.
        let only = part ?? (counts.count == 1 && isTied(counts[0], toShareAt: start) ? counts[0] : nil)
        // 'In 2024 … 312 locaties. Op 87 locaties …; dat is 28 procent': the share's one count, in the noun of the
        // count the sentence before is about, is a part of that count.
        if whole == nil, wholeOperand == nil, let candidate = only, counts == [candidate],
            let counted = countedWholeBefore(ofPart: candidate, shareEnd: end)
        {
            (part, wholeOperand) = (candidate, counted)
        }
        if whole == nil, wholeOperand == nil, let candidate = only, candidate + 2 < tokens.count,
            tokens[candidate + 1].isWord("van"), Self.partPronouns.contains(tokens[candidate + 2].text)
        {
            if let stated = statedPartAndWhole(), stated.part.token == candidate {
                wholeOperand = stated.whole
            } else if counts == [candidate], let referred = discourse.topic(needingValue: true).flatMap(operand),
                referred.unit == .count
            {
                (part, wholeOperand) = (candidate, referred)
            }
        }
        // '…, waarvan 420 door A, 190 door B …; het aandeel van A kwam daarmee op 60 procent': a clause after ';'
        // that refers back names its part among the counts before it by its words.
        if part == nil, let whole, let told = closingClausePart(ofShareAt: start, end: end, whole: whole) {
            return (told.part, told.whole)
        }
        // With the whole marked, the part is the only other count the share is tied to; one in another
        // clause ('…, werd 47 procent …; 5.120 van hen …') counts something else, and a difference ('Dat is 6,4% van
        // alle 33.400 huishoudens en 180 meer dan in 2024') or a comparison's base ('…, en 8,3% meer dan in 2022
        // (1,33 miljard)') is no part, nor is a rate ('…, gemiddeld 3.280 per dag en bijna 13 procent van …').
        if part == nil, whole != nil || wholeOperand != nil {
            let rest = counts.filter {
                $0 != whole && referringRest(before: $0) == nil && !bases.contains($0) && !isSampleSize($0)
                    && !isGroupSize($0)
                    && !UnitAgreement.isRate($0, in: tokens)
                    && !isPartOfAnotherShare($0, start)
                    && !Self.isDifferenceFromTime($0, tokens) && !Self.isValueOfComparedTime($0, tokens)
                    && isTied($0, toShareAt: start)
                    && ReadingSanity.kindAlike([$0] + [whole].compactMap { $0 }, in: tokens) && !countsNamedItems($0)
            }
            let digits = rest.filter { tokens[$0].number?.isWord == false }
            if digits.count == 1 { part = digits[0] } else if rest.count == 1 { part = rest[0] }
        }
        if part == nil, whole != nil || wholeOperand != nil, let size = closingGroupSize(ofShareAt: start, end: end),
            whole != size
        {
            part = size
        }
        // '…, 6.944 in totaal': a count that closes the sentence as a total restates the share's part, also of a whole
        // of the sentence before ('Drie op de tien groepen kwamen van buiten, 14 in totaal').
        if part == nil, let base = whole.map({ operand($0) }) ?? wholeOperand,
            let totalled = totalledPart(afterShareAt: start, whole: base)
        {
            part = totalled
        }
        // 'Dat is een derde van alle 5.760 aanmeldingen', 'Daarmee is …': a sentence that opens by restating the
        // quantity of the one before, with its whole marked and no other count than a difference from another time
        // and that time's value in brackets ('… en 180 meer dan in 2024 (1.110)'), takes that quantity as the part,
        // when it is less than the whole (a total restated as the whole is no part of it).
        let onlyWhole = whole.map { whole in
            counts.filter({
                !Self.isDifferenceFromTime($0, tokens) && !Self.isValueOfComparedTime($0, tokens) && !bases.contains($0)
            }) == [whole]
        }
        let referred = whole.flatMap { whole -> Operand? in
            guard let topic = discourse.topic(needingValue: true).flatMap(operand), topic.unit == .count,
                topic.value < operand(whole).value
            else { return nil }
            return topic
        }
        if part == nil, let whole, opensWithRestatement, onlyWhole == true, let referred {
            // 'Daarmee' may say by what means as well as what follows ('De gemeente nam 40 handhavers aan. Daarmee is
            // een derde van de 1.200 klachten afgehandeld'): the quantity it takes up may confirm the share, never
            // contradict it.
            let byMeans = Self.referringAdverbs.contains(tokens[0].text)
            return (byMeans ? referred.carriedOverByPosition : referred, operand(whole))
        }
        // 'Het aantal … steeg van 40 naar 48. Zij vormen nu 6 procent van alle 800 …': the change's later value.
        if part == nil, let whole,
            let level = referredLaterLevel(ofShareAt: start, end: end, whole: whole, counts: counts)
        {
            return (level, operand(whole))
        }
        // 'De horeca nam 8.350 flessen af. Van de totale verkoop van 33.400 flessen ging daarmee een kwart naar de
        // horeca.': 'daarmee' or 'hiermee' inside the share's clause takes up the quantity of the sentence before as
        // 'Daarmee is' does; it may name the means as well, so that quantity may confirm the share, never contradict
        // it. After a sentence that states a change the group is named by words (`referredLaterLevel`), not taken
        // by position.
        if part == nil, let whole, onlyWhole == true, discourse.lastPair == nil,
            refersByAdverb(analysis.clause(of: start)), let referred
        {
            return (referred.carriedOverByPosition, operand(whole))
        }
        // 'Er werden 96 nalatenschappen afgewikkeld. In 31 gevallen was er geen testament, bijna een derde.'
        if whole == nil, wholeOperand == nil, let member = part,
            let sole = soleCountWhole(ofShareEndingAt: end, part: member)
        {
            wholeOperand = sole
        }
        let ahead = part == nil ? whole.flatMap { self.partAhead(ofShareAt: start, end: end, whole: $0) } : nil
        return (part.map { operand($0) } ?? ahead, whole.map { operand($0) } ?? wholeOperand)
    }

    /// Whether the share at `start..<end` follows 'met' inside its clause and closes that clause ('Het taxivervoer
    /// overschreed de begroting met 11,5 procent.'): the size by which a verb's subject changed or passed a value, no
    /// row's share of a table's total. 'Met 35 procent …' opening its clause, and 'had met 30 procent het grootste
    /// aandeel' with the share's noun after it, may be one.
    private func sizesGapAfterVerb(start: Int, end: Int) -> Bool {
        let before = Self.positionPastHedges(before: start, in: tokens)
        let clause = analysis.clause(of: start)
        return before > clause.lowerBound && tokens[before].isWord("met")
            && tokens[end..<max(end, clause.upperBound)].allSatisfy { $0.kind == .mark }
    }

    /// Whether the sentence opens with 'Dat is', 'Dit was' and the like: it restates what the sentence before said;
    /// or with 'Daarmee is', 'Hiermee was': it states what follows from it, the same quantity of a whole named now
    /// ('De zwemclub telde 1.240 leden. Daarmee is een op de vijf van de 6.450 inwoners lid'), or what was done by
    /// it (`referringAdverbs`).
    /// 'Dat komt overeen met', 'Dit kwam neer op': a demonstrative before a verb that equates restates as before a form
    /// of 'zijn' (`equatingVerbs`).
    var opensWithRestatement: Bool {
        guard tokens.count > 2, Self.restatingOpeners.contains(tokens[0].text) else { return false }
        return Self.copulas.contains(tokens[1].text)
            || !Self.referringAdverbs.contains(tokens[0].text) && analysis.firstPhrase(Self.equatingVerbs, at: 1) != nil
    }

    /// A verb with its particle and preposition that says its subject equals what follows ('komt overeen met', 'kwam
    /// neer op').
    static let equatingVerbs: [String] = ["komt", "kwam", "komen", "kwamen"].flatMap {
        ["\($0) overeen met", "\($0) neer op"]
    }

    /// Words of reference that open a restatement before a form of 'zijn'; of them the adverbs that refer back
    /// ('Daarmee is', 'Hiermee was': `referringAdverbs`) may name the means rather than the quantity.
    private static let restatingOpeners: Set<String> = referringAdverbs.union(["dat", "dit"])

    /// Forms of 'zijn' that make a restatement ('Dat is', 'Dit waren').
    static let copulas: Set<String> = ["is", "was", "zijn", "waren"]

    /// 'Van die jongeren was 85 procent …': 'van' with a demonstrative and the noun the sentence before
    /// counted refers to its quantity.
    private func namesTopic(before start: Int) -> Bool {
        guard let noun = discourse.topic(needingValue: true)?.noun else { return false }
        return (0..<max(0, start - 2)).contains { index in
            tokens[index].isWord("van") && Lexicon.pronouns.contains(tokens[index + 1].text)
                && tokens[index + 2].kind == .word && ClaimParser.isForm(tokens[index + 2].text, of: noun)
        }
    }

    /// '… en 1.980, een op de vijf, in …': the count a share set off by a comma right after it restates.
    /// 'Van de 412 … vonden er 133 plaats in Zuid, bijna een derde van het totaal, en 64 in het Centrum, ruim een
    /// vijfde': a share that opens a clause after a comma, with nothing after it there but the whole it is of ('van
    /// het totaal', not 'daarvan' or 'van hen'), stands in apposition to the member before it: its part is the one
    /// count of that clause that is no whole (of `counts`, the sentence's candidates). A member after it is another.
    /// So does a share after ':' ('Sleutels vormen de grootste groep: 26 procent van alle …') and one after a phrase
    /// that restates in its clause (`Lexicon.restatements`: '…, dat is 9 procent van het totaal').
    private func apposedCount(before start: Int, end: Int, counts: [Int]) -> Int? {
        if start >= 2, tokens[start - 1].isMark(","), tokens[start - 2].number?.unit == .count,
            tokens[start].number == nil
        {
            return start - 2
        }
        let own = analysis.clauseOf[start]
        let lead = lead(ofShareAt: start)
        let opening = analysis.clauses[own].lowerBound
        let restating = analysis.firstPhrase(Lexicon.restatements, at: opening)?.end == lead
        guard own > 0, opening == lead || restating, let comma = analysis.clauses[own - 1].last,
            tokens[comma].isMark(",") || tokens[comma].isMark(":"), namesOnlyItsWhole(afterShareEndingAt: end)
        else { return nil }
        // After ':' the member stands outside brackets, as the share does (a count in a bracket of a label before the
        // colon, 'Noord (1.200 inwoners): …', names the label), is no rate, and is of one kind with the sentence's
        // other counts ('2.160 gezinnen, waarvan € 540 per maand aan huur: een kwart' sets an amount against a count).
        let others = counts.filter { analysis.clauseOf[$0] != own - 1 }
        let member = counts.filter {
            analysis.clauseOf[$0] == own - 1 && !isWholeMarked($0) && !isSampleSize($0)
                && !Self.isDifferenceFromTime($0, tokens)
                && (tokens[comma].isMark(",")
                    || tokens[$0].depth == tokens[start].depth && !UnitAgreement.isRate($0, in: tokens)
                        && ReadingSanity.kindAlike([$0] + others, in: tokens))
        }
        if member.count == 1 { return member[0] }
        // 'Vogels (1.210) en egels (412) waren samen goed voor 1.622 dieren, 42,5 procent van alle …': counts in
        // brackets tell the members of a list apart; of the clause's counts the one at the share's depth heads the
        // phrase the share stands in apposition to.
        let level = member.filter { tokens[$0].depth == tokens[start].depth }
        return tokens[comma].isMark(",") && level.count == 1 ? level[0] : nil
    }

    /// Where the share at `start` begins with its hedge ('ruim' of 'ruim een derde') or a word that says it is exact
    /// ('precies' of '…, precies de helft, …': `Lexicon.precisionWords`).
    func lead(ofShareAt start: Int) -> Int {
        let hedged = start - (hedgePhrase(before: start).map { SentenceAnalysis.parts(of: $0.phrase).count } ?? 0)
        let exact = hedged > 0 && tokens[hedged - 1].kind == .word
            && Lexicon.precisionWords.contains(tokens[hedged - 1].text)
        return exact ? hedged - 1 : hedged
    }

    /// Whether the share at `start` stands in a clause that opens with a subject of its own and no verb, after the
    /// words that hold all of `counts` ('Het CDA verloor drie van zijn vijf zetels, de VVD een derde'; '… zetels en
    /// de VVD een derde'): the verb is left out, the share is the other subject's, and those counts are not its part
    /// and whole. The clause opens at its start or after a joining 'en' or 'of' of its own before the share.
    private func opensGappedClause(before start: Int, _ counts: [Int]) -> Bool {
        let clauseStart = analysis.clause(of: start).lowerBound
        let lead = max(lead(ofShareAt: start), clauseStart)
        let joiner = (clauseStart..<lead).last {
            tokens[$0].kind == .word && tokens[$0].depth == 0 && Lexicon.listJoiners.contains(tokens[$0].text)
        }
        let opening = joiner.map { $0 + 1 } ?? clauseStart
        guard !counts.isEmpty, counts.allSatisfy({ $0 < opening }) else { return false }
        let subject = tokens[opening..<lead]
        guard let first = subject.first, Self.determiners.contains(first.text), subject.count >= 2,
            subject.count <= Self.gappedSubjectLength
        else { return false }
        return subject.dropFirst().allSatisfy {
            ($0.kind == .word || $0.kind == .label) && !Lexicon.finiteVerbs.contains($0.text)
                && !Lexicon.grammarWords.contains($0.text)
        }
    }

    /// The most tokens the subject of a clause whose verb is left out may have ('de VVD', 'het kleinste district').
    static let gappedSubjectLength = 4

    /// Whether the share's clause holds nothing after the share ending at `end` but marks or the whole it is of: 'van'
    /// and no pronoun that takes up a part ('van hen', 'van die') or word that refers back ('daarvan').
    private func namesOnlyItsWhole(afterShareEndingAt end: Int) -> Bool {
        let rest = analysis.clause(of: end - 1).upperBound
        guard let word = (end..<rest).first(where: { tokens[$0].kind != .mark }) else { return true }
        return tokens[word].isWord("van") && word + 1 < rest
            && !Self.partPronouns.contains(tokens[word + 1].text) && !Lexicon.pronouns.contains(tokens[word + 1].text)
    }

    /// Whether the whole named in words after the share ending at `end` is qualified in its clause by a phrase after
    /// its noun ('van alle aanvragen in het land', 'van het totaal in de gemeente'); a whole written as a number
    /// there ('van het totaal van 1.254 personen in de opvang') is the one it names.
    ///
    /// Not one concept with `qualifier(afterShareEndingAt:noun:)` of a count chain, though both look for 'met' or
    /// 'in' (`qualifyingPrepositions`) after a share's whole: this one asks whether the whole may be another set than
    /// the one counted, so any such preposition in the clause leaves the share's whole unread (a doubt, taken
    /// broadly); that one picks the words that name one link of a chain, so only the words right after the noun's
    /// preposition count (a match, taken narrowly: words further on would name links the share does not).
    private func qualifiesItsWhole(afterShareEndingAt end: Int) -> Bool {
        let rest = analysis.clause(of: end - 1).upperBound
        guard let word = (end..<rest).first(where: { tokens[$0].kind != .mark }), tokens[word].isWord("van") else {
            return false
        }
        let words = tokens[(word + 1)..<rest]
        return words.allSatisfy { $0.number == nil } && words.contains { Self.qualifyingPrepositions.contains($0.text) }
    }

    /// '…, 30 procent (270 jongeren) niet', '45 procent in de stad (1.080) en 55 procent …': a count in the
    /// parenthesis after another percentage and the words of its phrase is that share's part.
    private func isPartOfAnotherShare(_ count: Int, _ share: Int) -> Bool {
        guard let inside = analysis.enclosingParenthesis(of: count), inside.lowerBound >= 2,
            let host = (0..<(inside.lowerBound - 1)).last(where: { tokens[$0].kind != .word })
        else { return false }
        return host != share && tokens[host].number?.unit == .percent
    }

    /// The part and whole a sentence states as such: its only two counts (of items, beside sums of money:
    /// `itemsBesideMoney`), 'M van (de) W', 'W …, waarvan M', 'Van de W … M', 'M van hen', 'M … op W' or 'W …, van wie
    /// M'; or its one count of the quantity of the sentence before ('Daarvan werden er 640 verlengd').
    func statedPartAndWhole() -> (part: Operand, whole: Operand)? {
        if let used = timeUsedOfAvailable() { return used }
        // A count of time ('binnen de norm van zes maanden') is neither part nor whole.
        let counts = numbers(.count, in: tokens.indices).filter { !countsTime($0) }
        if let part = partOfReferredWhole(), let whole = referredWhole(ofPart: operand(part)), whole.unit == .count {
            return (operand(part), whole)
        }
        let candidates = itemsBesideMoney(counts)
        guard candidates.count == 2 else { return nil }
        let (first, second) = (candidates[0], candidates[1])
        if pairedWhole(of: first) == second {
            return (operand(first), operand(second))
        }
        if tokens[first..<second].contains(where: { $0.isWord("waarvan") }) {
            return (operand(second), operand(first))
        }
        // 'Van de 1.280 inwoners … hadden er 320 …' (also after a quotation mark, or 'Van die 320 …' of a count said
        // before); '7.450 mensen …; 2.480 van hen …'.
        let opening = tokens.firstIndex { $0.kind != .mark } ?? 0
        let opensWithWhole = tokens[opening].isWord("van")
            && number(after: opening, skipping: Lexicon.wholeDeterminers.union(Self.demonstratives)) == first
            || opensWholeAfterLead(before: first)
        let partOfThem =
            second + 2 < tokens.count && tokens[second + 1].isWord("van")
            && Self.partPronouns.contains(tokens[second + 2].text)
        if opensWithWhole || partOfThem { return (operand(second), operand(first)) }
        // '6.020 slachtoffers op 41.500 ondervraagden': the second marked as the whole of the first.
        if isWholeMarked(second), !isWholeMarked(first) { return (operand(first), operand(second)) }
        // '2.400 wachtenden, van wie 770 …'.
        return relativePart().map { (operand($0.part), operand($0.whole)) }
    }

    /// 'Kleine mijlpaal: van de 48 managers zijn er nu 21 vrouw', 'Ledenwerving⏎Van de 210 huishoudens …': 'van',
    /// a determiner and the count `whole` open the clause after a lead without numbers, closed by a colon or by its
    /// line's end (a title): the whole of a part as at the sentence's opening.
    private func opensWholeAfterLead(before whole: Int) -> Bool {
        guard whole >= 3, tokens[whole - 2].isWord("van"), Lexicon.wholeDeterminers.contains(tokens[whole - 1].text),
            !tokens[..<whole].contains(where: { $0.kind == .number })
        else { return false }
        let opener = whole - 2
        let afterColon = tokens[opener - 1].isMark(":") && tokens[opener - 1].depth == 0
        let afterTitle = analysis.line(of: opener) != analysis.line(of: opener - 1)
            && analysis.scalars[tokens[opener].start].properties.isUppercase
        return afterColon || afterTitle
    }

    /// The part a relative marker makes of the count before it, and that count: '6.480 verdachten …, van wie
    /// (er) 1.296 …', '14.870 consulten, waarvan 2.974 …', '68.450 meldingen; 41.070 daarvan …'. Nil when the
    /// sentence has no such marker, more than one, or a part and whole of unlike kinds (`ReadingSanity.kindAlike`).
    func relativePart() -> (part: Int, whole: Int)? {
        var found: [(part: Int, whole: Int)] = []
        for index in tokens.indices where tokens[index].kind == .word {
            let part: Int?
            let marker: Int
            // 'onder wie' picks a part among the persons counted as 'van wie' does ('64 leden, onder wie 40 vrouwen').
            if tokens[index].isWord("waarvan") || (tokens[index].isWord("van") || tokens[index].isWord("onder"))
                && index + 1 < tokens.count && tokens[index + 1].isWord("wie")
            {
                marker = index
                part = number(after: tokens[index].isWord("waarvan") ? index : index + 1, skipping: ["er"])
            } else if Lexicon.partReferences.contains(tokens[index].text), index > 0 {
                marker = index - 1
                part = tokens[index - 1].number == nil ? nil : index - 1
            } else {
                continue
            }
            guard let part, tokens[part].number?.unit == .count,
                let whole = waarvanTotal(before: marker, excluding: part),
                ReadingSanity.kindAlike([part, whole], in: tokens)
            else { continue }
            found.append((part, whole))
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Whether the count at `index` is written in words right after a demonstrative or the definite article ('Deze
    /// twee posten waren samen …', 'in de drie nieuwbouwwijken'): it counts items the reader knows of, no part of a
    /// whole.
    private func countsNamedItems(_ index: Int) -> Bool { Self.countsNamedItems(index, in: tokens) }

    /// Whether the count at `index` of `tokens` counts items the reader knows of (see `countsNamedItems(_:)`).
    static func countsNamedItems(_ index: Int, in tokens: [Token]) -> Bool {
        index > 0 && tokens[index].number?.isWord == true
            && (demonstratives.contains(tokens[index - 1].text) || tokens[index - 1].isWord("de"))
    }

    /// 'Daarvan ging 62 procent naar personeel; de rest, € 212.800, naar strooizout': the one count other than the
    /// whole, after a word of the rest in another clause than the share's, is the whole less the share's part, not
    /// that part. The count's currency sign may stand between the comma and it. So is the count of a later clause
    /// that denies the share's ('…; in 40 gevallen lukte dat niet': `deniesShareClause`).
    private func restBeside(shareAt start: Int, counts: [Int], whole: Int?) -> Int? {
        let others = counts.filter { $0 != whole }
        guard others.count == 1, let rest = others.first,
            referringRest(before: rest > 0 && tokens[rest - 1].isMark("€") ? rest - 1 : rest) != nil
                || deniesShareClause(rest, shareAt: start),
            analysis.clause(of: rest) != analysis.clause(of: start), referringRest(before: start) == nil
        else { return nil }
        return rest
    }

    /// Whether the clause of the count at `rest` comes after the share's and denies it: a pronoun that refers back
    /// ('dat', 'dit', 'het') right before 'niet' ('in 40 gevallen lukte dat niet'), with no other number there and no
    /// word of absence in the share's clause (`Lexicon.absenceWords`: a share of what did not happen is no rest's
    /// complement).
    private func deniesShareClause(_ rest: Int, shareAt start: Int) -> Bool {
        let clause = analysis.clause(of: rest)
        let own = analysis.clause(of: start)
        guard clause.lowerBound >= own.upperBound, analysis.numberIndices.filter(clause.contains) == [rest],
            !own.contains(where: { tokens[$0].kind == .word && Lexicon.absenceWords.contains(tokens[$0].text) })
        else { return false }
        return clause.dropLast().contains { index in
            Self.deniedReferences.contains(tokens[index].text) && tokens[index + 1].isWord("niet")
        }
    }

    /// Pronouns that refer back to a clause before, which 'niet' after them denies ('lukte dat niet').
    private static let deniedReferences: Set<String> = ["dat", "dit", "het"]

    /// Whether the sentence opens with a part of those the sentence before counted ('Van hen werden er 900 …'), or of
    /// the quantity or amount it gave ('Van dat aantal …', 'Van dit bedrag …': `amountReferences`).
    private var opensWithPartOfThem: Bool {
        tokens.count > 1 && tokens[0].isWord("van")
            && (tokens[1].isWord("hen")
                || (Lexicon.quantityReferences + Self.amountReferences).contains { analysis.matches($0, at: 1) })
    }

    /// Demonstratives with the noun of an amount of money that refer to the amount the sentence before gave.
    static let amountReferences = ["dit bedrag", "dat bedrag"]

    /// Whether 'van hen' follows the share ending at `end` ('De helft van hen (214) …'): it is of those the sentence
    /// before counted, as a sentence that opens with 'Van hen' is.
    private func isOfThem(afterShareEndingAt end: Int) -> Bool {
        end + 1 < tokens.count && tokens[end].isWord("van") && tokens[end + 1].isWord("hen")
    }

    /// The 'waarvan' at `index`, or the first of the list items right before it that each open with 'waarvan', as
    /// the one at `index` does ('Meldingen: 3.420 - waarvan A: 1.710 (50%) - waarvan B: 205 (6%)', also segments of
    /// one line split by '/': 'Klanten: 3.640 / waarvan kinderen: 1.310 / waarvan …'): parts of one whole are no
    /// wholes of each other, so the whole stands before the first of them.
    private func firstOfSiblingParts(_ index: Int) -> Int {
        var first = index
        while opensItem(first), let mark = tokens[..<(first - 1)].lastIndex(where: isItemSeparator),
            tokens[mark + 1].isWord("waarvan")
        {
            first = mark + 1
        }
        return first
    }

    /// Whether the token at `index` opens an item of a list: a list's mark or a segment separator outside brackets
    /// stands right before it.
    private func opensItem(_ index: Int) -> Bool { index > 0 && isItemSeparator(tokens[index - 1]) }

    /// Whether `token` opens an item of a list ('-', '•') or a segment of a line ('/', '|'), outside brackets.
    private func isItemSeparator(_ token: Token) -> Bool {
        LineShape.isItemMark(token) || token.kind == .mark && token.depth == 0 && Self.segmentMarks.contains(token.text)
    }

    /// Marks that split one line into segments ('Klanten: 3.640 / waarvan kinderen: 1.310').
    private static let segmentMarks: Set<String> = ["/", "|"]

    /// 'Instroom: 1.248. Waarvan jeugdigen: 312 (25%).': a line that opens with 'waarvan' is a part of the quantity of
    /// the line above it.
    private var opensWithWhichOf: Bool { tokens.first?.isWord("waarvan") == true }

    /// The quantity of the nearest line above that is no 'Waarvan' line itself: a sibling part is no whole ('Meldingen:
    /// 4.120. Waarvan A: 1.030 (25%). Waarvan B: 960 (23%).' takes 4.120 for both).
    private var lineAbove: Topic? {
        discourse.earlier.last { $0.memoLabel?.first != "waarvan" }?.topic
    }

    /// Pronouns after 'van' that make a count a part of the one before ('2.480 van hen').
    static let partPronouns: Set<String> = ["hen", "wie", "die", "deze"]

    /// The count a sentence takes of the quantity of the sentence before: its only count, when 'daarvan' or
    /// 'hiervan' opens it, or a reference to a group follows that count ('Bij 810 daarvan …', 'Bij 810 van hen …', '48
    /// van die dossiers': `refersToGroup(after:)`).
    func partOfReferredWhole() -> Int? {
        let counts = numbers(.count, in: tokens.indices)
        let references = Lexicon.partReferences
        guard counts.count == 1, let count = counts.first else { return nil }
        let opens =
            opensWithPartOfThem || tokens.first.map { $0.kind == .word && references.contains($0.text) } ?? false
        return opens || refersToGroup(after: count) ? count : nil
    }

    /// The whole a word of reference makes `part` a part of ('160 daarvan', 'Bij 160 van hen'): the part the
    /// sentence before states of its own whole, the group it named last ('Van de 800 aanvragen werden er 640
    /// behandeld. Bij 160 daarvan …' takes 640), when it is larger than `part`; else the quantity the text is about.
    private func referredWhole(ofPart part: Operand) -> Operand? {
        if let stated = discourse.lastPartAndWhole {
            return part.value < stated.part.value ? stated.part : nil
        }
        return discourse.topic(needingValue: true).flatMap(operand)
    }

    /// Whether the share ending at `end` names its whole in words that do not name `stated`, the whole the sentence
    /// before states, while another share of its sentence names it: '… Van de 40.967 jeugdleden was 18.220 meisje.
    /// Meisjes vormen daarmee 24,6 procent van de vrouwelijke leden, maar 44,5 procent van de jeugdleden.' Each share
    /// names its own whole; a whole renamed with no such contrast ('Dat is 30 procent van de opgave') may be the
    /// stated one.
    private func namesOtherWhole(than stated: Operand, shareEnd end: Int) -> Bool {
        guard let name = wholeName(afterShareEndingAt: end),
            let counted = discourse.earlier.last?.namedCounts.first(where: { Self.isSame($0.operand, stated) }),
            !Self.names(counted.words, name.noun)
        else { return false }
        return numbers(.percent, in: tokens.indices).contains { other in
            other + 1 != end && wholeName(afterShareEndingAt: other + 1).map { Self.names(counted.words, $0.noun) }
                ?? false
        }
    }

    /// For a share in a sentence without counts: the part and whole the sentence before states, when this
    /// one refers back ('Daarmee kwam een op de vijf …'), or the next one, when it names them as the share's
    /// count ('… een op de drie ouderen … In het onderzoek ging het om 4.100 van de 12.300 …') or opens by referring
    /// back to it ('… Dat blijkt uit een peiling onder 2.400 wachtenden, van wie 770 …'). A next sentence whose whole
    /// only counts the noun the share counts ('Drie op de tien deelnemers … Van de 4.300 deelnemers haakten er 1.290
    /// af') is tied by position only: it may confirm the share, never contradict it. A sentence that puts itself
    /// before the one it refers to ('Vorig jaar lag dat aandeel nog op 31 procent', 'In 2022 was dat nog 21 procent':
    /// the level of the same measure in an earlier period) is of another period, one that names the country
    /// ('Landelijk is dat een op de zes') of another population. One part and whole is the share of one figure, not
    /// of each item of a list of `itemListLength` or more percentages ('Kust 9,4%, Delta 8,8% en Heide 7,1%'): such
    /// an item takes none. (Two percentages may be one value and its restatement: '61 procent, ruim drie vijfde'.)
    /// A share that turns polarity against the sentence before in its own clause speaks of the others
    /// (`turnsPolarity(inClauseOf:)`); a word of absence in a later clause ('Dat is 70 procent, en daar ben ik niet
    /// blij mee', but also '…, en die zijn niet afgewezen') may or may not: the pair binds it weakly.
    private func neighbourPartAndWhole(start: Int, end: Int) -> (Operand?, Operand?)? {
        let listed = listRuns(numbers(.percent, in: tokens.indices)).contains { run in
            run.count >= Self.itemListLength && run.contains { (start..<end).contains($0) }
        }
        if listed { return nil }
        if refersBack(tokens.indices),
            let stated = discourse.lastPartAndWhole ?? discourse.earlier.last?.countedPartAndWhole
        {
            let country = tokens.contains { $0.kind == .word && Lexicon.countryWords.contains($0.text) }
            let otherGroup = namedShareNoun.map { named in
                discourse.earlier.last?.partNoun.map { !Self.areForms(named, $0) } ?? false
            } ?? false
            let otherWhole = namesOtherWhole(than: stated.whole, shareEnd: end)
            // 'Vorig seizoen lag dat aandeel nog op 17 procent; nu is het 23,8 procent': a clause that says it is of
            // now is not put in the past by another clause's marker.
            let ownClause = analysis.clause(of: end - 1)
            let earlier = analysis.hasEarlierMarker(analysis.hasPresentMarker(ownClause) ? ownClause : tokens.indices)
                || analysis.namesPreviousOne(ownClause) || isOtherPeriodLevel(end - 1)
            if earlier || country || otherGroup || otherWhole || opensWithScopeOfItsOwn
                || turnsPolarity(inClauseOf: start) || namesOtherYear(end - 1, than: stated.part)
            {
                return nil
            }
            // A word of absence in a later clause of its own may speak of the others: confirm, never contradict.
            return turnsPolarity
                ? (stated.part.adding(.absenceElsewhere), stated.whole.adding(.absenceElsewhere))
                : (stated.part, stated.whole)
        }
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph else { return nil }
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        guard let stated = following.statedPartAndWhole() else { return nil }
        if next.tokens.indices.contains(where: { index in
            Lexicon.countRestatements.contains { next.matches($0, at: index) }
        }) || !next.tokens.isEmpty && following.refersBack(0..<1)
        {
            return (stated.part.carriedOver, stated.whole.carriedOver)
        }
        guard let shareNoun = ReadingSanity.noun(after: end - 1, in: tokens), let whole = stated.whole.token,
            let wholeNoun = ReadingSanity.noun(after: whole, in: next.tokens),
            Self.areForms(shareNoun, wholeNoun)
        else { return nil }
        return (stated.part.carriedOverByPosition, stated.whole.carriedOverByPosition)
    }

    /// Whether the share at `index` stands in a later clause of its sentence that names a year other than the year
    /// of the part the sentence before stated ('Dat is ruim twee derde, terwijl het in 2019 nog op 61 procent lag'):
    /// a share of another time, not of that part. In the sentence's opening clause a year before the share frames
    /// the sentence: it restates the part's only when it is the year of the part or of the sentence before; a year
    /// where that sentence gave none ('… 11,0% terug (431 personen). In 2022 lag dit op 13,6 procent') is another
    /// time.
    private func namesOtherYear(_ index: Int, than part: Operand) -> Bool {
        let clause = analysis.clause(of: index)
        if clause.lowerBound > 0 { return clause.contains { tokens[$0].year.map { $0 != part.year } ?? false } }
        // The opening clause's frame stands before the share ('In 2022 lag dit op …'); a date after it is none.
        let stated = part.year ?? discourse.earlier.last?.year
        return (clause.lowerBound..<index).contains { tokens[$0].year.map { $0 != stated } ?? false }
    }

    /// Whether the share speaks of the others than the part the sentence before stated: it says what is absent or
    /// outside where that sentence did not ('Dat betekent dat in drie op de vier dossiers een taxatie ontbrak' after
    /// 'Van de 640 dossiers bevatten er 160 een taxatie'; '… buiten de stad' after '… in de stad wonen':
    /// `Lexicon.saysComplement`), or 'wel' where that sentence said what is absent.
    var turnsPolarity: Bool { polarityTurns(in: tokens) }

    /// Whether the clause of the figure at `index` turns polarity against the sentence before (`turnsPolarity`): a
    /// word of absence in another clause of the sentence ('…, wat geen goed teken is') does not, nor one right before
    /// the figure, which bounds or denies it ('net geen 25 procent', `DeniedFigure`) and says nothing of the part.
    func turnsPolarity(inClauseOf index: Int) -> Bool {
        polarityTurns(in: analysis.clause(of: index).filter { $0 != index - 1 }.map { tokens[$0] })
    }

    /// Whether `words` say what is absent or outside where the sentence before did not, or 'wel' where it did.
    private func polarityTurns(in words: [Token]) -> Bool {
        discourse.earlier.last?.negated == true ? words.contains { $0.isWord("wel") } : Lexicon.saysComplement(words)
    }

    /// Whether the sentence opens with a place or group of its own ('In Utrecht was dat …', 'Bij de mannen lag dat
    /// aandeel op …'): a preposition of scope and then no word of reference ('In die groep …'), no year or number.
    var opensWithScopeOfItsOwn: Bool {
        guard tokens.count > 1, tokens[0].kind == .word, Self.scopePrepositions.contains(tokens[0].text) else {
            return false
        }
        return tokens[1].kind == .word && !Self.referringDeterminers.contains(tokens[1].text)
    }

    /// How many percentages a list holds at least to be one of items, each a value of its own, not a value and its
    /// restatement.
    static let itemListLength = 3
    /// Prepositions that open a place or group ('In Utrecht', 'Bij vrouwen', 'Onder jongeren', 'Voor mannen').
    static let scopePrepositions: Set<String> = ["in", "bij", "onder", "voor"]
    /// Words after such a preposition that refer to the group named before ('In die groep', 'Bij hen', 'In totaal').
    static let referringDeterminers: Set<String> = [
        "die", "deze", "dit", "dat", "diezelfde", "dezelfde", "datzelfde", "hetzelfde", "hen", "hun", "totaal",
    ]

    /// The noun a share names as its part: 'Het aandeel vrouwen kwam …', 'het aandeel van jongeren is …': a word of
    /// content after 'aandeel' that its verb follows (in 'Het aandeel kwam daarmee …' the word is the verb). A part
    /// of the sentence before that counts another noun ('… waren er 1.985 man') is not that share's part.
    private var namedShareNoun: String? {
        guard let share = tokens.firstIndex(where: { $0.isWord(Lexicon.shareNoun) }) else { return nil }
        let noun = share + 1 < tokens.count && tokens[share + 1].isWord("van") ? share + 2 : share + 1
        guard noun + 1 < tokens.count, tokens[noun].kind == .word, ContrastedGroups.isContent(tokens[noun].text),
            tokens[noun + 1].kind == .word,
            ContrastedGroups.isContent(tokens[noun + 1].text) || Lexicon.finiteVerbs.contains(tokens[noun + 1].text)
        else { return nil }
        return tokens[noun].text
    }

    /// Whether a count can be the part of the share at `share`: it stands in the share's clause; in a
    /// clause next to it, joined by ',' or ':', when the later one opens with a restating word ('werden er
    /// 1.218 gerealiseerd, ofwel 85 procent') or one of the two is a bare restatement ('…, 93 procent',
    /// 'Instroom: 482 personen, bijna de helft van …'); in a bare clause after ':' ('De helft van de 860 …,
    /// deed dat …: 437 jongeren'); or in the clause before one that opens with a reference to it ('…; dat
    /// is circa 42% van …'), or in the clause after that names its count ('…; het gaat om 1,07 miljoen').
    /// A clause with a verb of its own ('…, 45 leerlingen zakten') counts something else.
    func isTied(_ count: Int, toShareAt share: Int) -> Bool {
        let (own, other) = (analysis.clauseOf[share], analysis.clauseOf[count])
        guard own != other else { return true }
        func joiner(before clause: Int) -> Token? {
            clause > 0 ? analysis.clauses[clause - 1].last.map { tokens[$0] } : nil
        }
        func opens(_ clause: Int, with words: Set<String>) -> Bool {
            analysis.clauses[clause].first.map { tokens[$0].kind == .word && words.contains(tokens[$0].text) } ?? false
        }
        if other > own, isBareRestatement(other), joiner(before: other)?.isMark(":") == true { return true }
        // '… lag op krap 97 procent: van de 12.000 plaatsen waren er 11.610 bezet': a clause after ':' that marks
        // its own whole spells out the share of a clause with no count.
        if other == own + 1, joiner(before: other)?.isMark(":") == true,
            numbers(.count, in: analysis.clauses[own]).isEmpty, analysis.clauses[other].contains(where: isWholeMarked)
        {
            return true
        }
        if other == own - 1, opens(own, with: Lexicon.backReferences) { return true }
        // '…; het gaat om 1,07 miljoen personen', '…; in absolute aantallen ging het om 1.110': the clause after
        // names the share's count.
        let opening = analysis.clauses[other].lowerBound
        let absolute = analysis.firstPhrase(Lexicon.absoluteMarkers, at: opening)?.end
        if other == own + 1,
            absolute == count || analysis.firstPhrase(Lexicon.countRestatements, at: absolute ?? opening) != nil
        {
            return true
        }
        // 'Ruim 60 procent van de 2.480 huishoudens die zich meldden, had een huurachterstand (1.120
        // huishoudens)': after a relative clause the share's own clause goes on, its count in parentheses.
        if other == own + 1, joiner(before: other)?.isMark(",") == true, tokens[count].depth > tokens[share].depth,
            resumesAfterRelativeClause(own, after: share, next: other)
        {
            return true
        }
        guard abs(own - other) == 1, let joiner = joiner(before: max(own, other)) else { return false }
        // '… werden er 512 toegelaten; vier op de vijf dus': after ';' a share that makes no statement of its own
        // restates the clause before it.
        if joiner.isMark(";") { return own == other + 1 && isBareRestatement(own) }
        guard joiner.isMark(",") || joiner.isMark(":") else { return false }
        return opens(max(own, other), with: Self.restatingWords) || isBareRestatement(own) || isBareRestatement(other)
    }

    /// Whether the clause `next` goes on with the subject of `own`: `own` ends in a relative clause ('die',
    /// 'dat' after the share) and `next` opens with a verb, not with a subject of its own (an article,
    /// pronoun, preposition or number).
    private func resumesAfterRelativeClause(_ own: Int, after share: Int, next: Int) -> Bool {
        let clause = analysis.clauses[own]
        guard clause.contains(where: { $0 > share && (tokens[$0].isWord("die") || tokens[$0].isWord("dat")) }),
            let first = analysis.clauses[next].first, tokens[first].kind == .word
        else { return false }
        return Lexicon.finiteVerbs.contains(tokens[first].text) || !Lexicon.grammarWords.contains(tokens[first].text)
            && !Lexicon.pronouns.contains(tokens[first].text) && !Lexicon.backReferences.contains(tokens[first].text)
    }

    /// Words that open a clause restating the one before ('ofwel 85 procent').
    static let restatingWords: Set<String> = ["ofwel", "oftewel", "namelijk", "dus"]

    /// Whether a clause is nothing but a number with at most its noun (`SentenceAnalysis.isBare`).
    private func isBareRestatement(_ clause: Int) -> Bool { analysis.isBare(analysis.clauses[clause]) }

    /// Whether a percentage stands in the parenthesis right after the whole at `whole` ('42 van de 160 (26
    /// procent)'): that pair is the other share's.
    private func hasOwnShare(_ whole: Int) -> Bool {
        analysis.parenthesis(after: whole)?.contains { tokens[$0].number?.unit == .percent } ?? false
    }

    /// The part written with a share: the count its parenthesis follows ('16.166 … (86%)'), '(n = 159)'
    /// right after it, the first count in parentheses after it in its clause, or one it restates.
    private func part(after start: Int, end: Int) -> Int? {
        let clause = analysis.clause(of: start)
        if let inside = analysis.enclosingParenthesis(of: start), inside.lowerBound == start, start >= 2 {
            let host = clause.lowerBound..<(start - 1)
            if let last = analysis.numberIndices.last(where: {
                host.contains($0) && !isWholeMarked($0) && !countsTime($0) && !boundsGroup($0)
            }),
                tokens[last].number?.unit == .count, tokens[last].depth == tokens[start].depth - 1
            {
                return last
            }
        }
        if let inside = analysis.parenthesis(after: end - 1), inside.count >= 3, tokens[inside.lowerBound].isWord("n"),
            tokens[inside.lowerBound + 1].isMark("="), tokens[inside.lowerBound + 2].kind == .number
        {
            return inside.lowerBound + 2
        }
        guard end < clause.upperBound else { return nil }
        for position in end..<clause.upperBound where tokens[position].kind == .number {
            guard tokens[position].number?.unit == .count else { return nil }
            // 'van de respondenten (n = 1.480)': the size of the group the share is of, no part.
            if isWholeMarked(position) || isSampleSize(position) || bracketedWhole(position, ofShareAt: start) {
                continue
            }
            let restated = Lexicon.restatements.contains { phrase in
                analysis.phraseStart(phrase, endingBefore: position).map { $0 >= end } ?? false
            }
            return tokens[position].depth > tokens[start].depth || restated ? position : nil
        }
        return nil
    }

    /// Whether the number at `index` bounds the group a count before it is of ('86 … drie of meer meldingen', '10.475
    /// tussen twee en vier uur', 'korter dan twee uur'): after 'tussen' or a comparative and 'dan', or before 'of'
    /// and a comparative. It is no part of a share in brackets after it.
    private func boundsGroup(_ index: Int) -> Bool {
        let before = index >= 1 ? tokens[index - 1] : nil
        if before?.isWord("tussen") == true { return true }
        if before?.isWord("dan") == true, index >= 2, Lexicon.comparatives.contains(tokens[index - 2].text) {
            return true
        }
        return Tokenizer.isOpenBound(index, tokens)
    }

    /// A count marked as a whole: after 'van de', 'van het totaal van', 'op (een capaciteit van)', or
    /// a group size '(n = 512)' that is no part. Of several, the one in the share's clause, else the nearest before
    /// the share that takes up a part said before ('van die 198'), else the first.
    private func markedWhole(excluding part: Int?, near site: Int) -> Int? {
        let marked = numbers(.count, in: tokens.indices).filter {
            $0 != part && (isWholeMarked($0) || isSampleSize($0) || bracketedWhole($0, ofShareAt: site))
        }
        return marked.first { analysis.clauseOf[$0] == analysis.clauseOf[site] }
            ?? marked.last { $0 < site && restatesPart($0) } ?? marked.first
    }

    /// Whether the whole at `index` is a part the sentence gave before, taken up by 'van die' or 'van deze' ('Van de
    /// 264 … hebben 198 …; van die 198 werken er 66 …'): a whole nested in the one before it, the nearer of the two.
    private func restatesPart(_ index: Int) -> Bool {
        guard index >= 2, tokens[index - 2].isWord("van"), Self.demonstratives.contains(tokens[index - 1].text),
            let value = tokens[index].number?.value
        else { return false }
        return numbers(.count, in: 0..<(index - 2)).contains { tokens[$0].number?.value == value }
    }

    func isWholeMarked(_ index: Int) -> Bool {
        if Lexicon.partOfMarkers.contains(where: {
            analysis.phraseStart($0, endingBefore: index) ?? skippedStart($0, before: index) != nil
        }) {
            return true
        }
        // 'Van die 450 gaat een derde in bezwaar': 'die' after the 'van' that opens the clause is a demonstrative.
        if index >= 2, tokens[index - 1].isWord("die"), tokens[index - 2].isWord("van"),
            analysis.clause(of: index).lowerBound == index - 2
        {
            return true
        }
        // 'M gedetineerden op (een capaciteit van) W': 'op' after a count in the same clause.
        guard let at = analysis.phraseStart("op", endingBefore: index) ?? skippedStart("op", before: index) else {
            return false
        }
        let clause = analysis.clause(of: index)
        return numbers(.count, in: clause.lowerBound..<at).last.map {
            tokens[($0 + 1)..<at].allSatisfy { $0.kind == .word }
        } ?? false
    }

    /// 'van alle melkveebedrijven (13.870)', 'Van alle afgehandelde zaken (176.200) werd …', 'van het totale
    /// spelresultaat (€ 3.362 mln)': a count or amount alone in brackets
    /// right after a phrase of 'van', a determiner and a few words with no preposition gives the size of the whole that
    /// phrase names, as it would before its noun ('van alle 13.870 melkveebedrijven'): of the share at `site` when that
    /// 'van' follows it, or opens a clause before it (the whole of a split) and the share names no whole of its own.
    /// A phrase of a moment in a period may close the words before the bracket ('van het ledenbestand aan het begin
    /// van het kwartaal (45.480)', `momentPhraseStart`): it dates the whole, and names no part of it.
    func bracketedWhole(_ index: Int, ofShareAt site: Int) -> Bool {
        let open = amountStart(index) - 1
        guard open >= 2, index + 1 < tokens.count, tokens[open].isMark("("), tokens[index + 1].isMark(")"),
            tokens[index].number?.unit == .count
        else { return false }
        let close = momentPhraseStart(before: open)
        // A fraction in words ends past its site: 'een derde van het totaal van de keten (186.400)'.
        let shareEnd = fraction(at: site)?.1 ?? site + 1
        let namesOwnWhole = shareEnd < tokens.count && tokens[shareEnd].isWord("van")
        if namesOwnWhole, shareEnd < close, isWholePhrase(shareEnd..<close) { return true }
        guard let van = (max(0, close - Self.wholeReach - 1)..<close).last(where: { tokens[$0].isWord("van") }),
            isWholePhrase(van..<close)
        else { return false }
        return van < site && analysis.clause(of: van).lowerBound == van && !namesOwnWhole
    }

    /// Whether `phrase` names a whole: 'van', a determiner and a few words of no preposition ('van alle leden'), or
    /// two such, the second of the first's noun ('van het totaal van de keten').
    private func isWholePhrase(_ phrase: Range<Int>) -> Bool {
        let vans = phrase.filter { tokens[$0].isWord("van") }
        guard vans.first == phrase.lowerBound, vans.count <= 2 else { return false }
        let ends = vans.dropFirst() + [phrase.upperBound]
        return zip(vans, ends).allSatisfy { van, end in
            van + 2 < end && end - van <= Self.wholeReach + 1 && Lexicon.wholeDeterminers.contains(tokens[van + 1].text)
                && tokens[(van + 1)..<end].allSatisfy { $0.kind == .word && !Lexicon.prepositions.contains($0.text) }
        }
    }

    /// Where a phrase of a moment in a period ends the words before `end`: a word of a moment, 'van' and a
    /// determiner or two, and a noun of time ('aan het begin van het kwartaal', 'eind van dit jaar', 'bij het einde
    /// van de maand'), all words; `end` when none does.
    private func momentPhraseStart(before end: Int) -> Int {
        var at = end - 1
        guard at > 0, tokens[at].kind == .word, Lexicon.timeNouns.contains(tokens[at].text) else { return end }
        at -= 1
        while at > 0, tokens[at].kind == .word, Self.timeDeterminers.contains(tokens[at].text) { at -= 1 }
        if at > 0, tokens[at].isWord("van") { at -= 1 }
        guard tokens[at].kind == .word, Self.momentNouns.contains(tokens[at].text) else { return end }
        if at >= 2, tokens[at - 1].kind == .word, ["het", "de"].contains(tokens[at - 1].text),
            tokens[at - 2].kind == .word, ["aan", "bij"].contains(tokens[at - 2].text)
        {
            at -= 2
        }
        return at
    }

    /// The words of a moment in a period ('het begin van het kwartaal', 'eind van het jaar'); 'per' needs a date.
    private static let momentNouns = Lexicon.momentWords.subtracting(["per"])

    /// Determiners before a noun of time ('van het kwartaal', 'van dit jaar').
    private static let timeDeterminers: Set<String> = ["het", "de", "dit", "dat", "deze", "die"]

    /// 'van het totaal van 1.254', 'op een (operationele) capaciteit van 11.617': a marker with a few words
    /// before the number; after 'op' also an adjective (a word of content ending in -e, not a verb).
    /// An amount's currency sign stands before its number ('van de totale lasten van € 148,6 mln'), and before the
    /// noun that names the whole an adjective may stand ('de totale lasten', 'hun bruto spelresultaat').
    private func skippedStart(_ marker: String, before index: Int) -> Int? {
        let number = amountStart(index)
        var position = number
        while position > 0, tokens[position - 1].kind == .word,
            ["totaal", "van", "een", "capaciteit", "in"].contains(tokens[position - 1].text)
                || (marker == "op" || isNamingNoun(position, before: number))
                    && (tokens[position - 1].text.hasSuffix("e")
                        || Self.uninflectedAdjectives.contains(tokens[position - 1].text))
                    && !Lexicon.grammarWords.contains(tokens[position - 1].text)
                || isNamingNoun(position - 1, before: number),
            number - position < Self.wholeReach
        {
            position -= 1
            if analysis.phraseStart(marker, endingBefore: position) != nil { return position }
        }
        return nil
    }

    /// Where the amount at `index` begins: at its currency sign when one stands right before it ('€ 148,6 mln').
    private func amountStart(_ index: Int) -> Int { index > 0 && tokens[index - 1].isMark("€") ? index - 1 : index }

    /// Adjectives that never take the -e of an adjective before a noun ('hun bruto spelresultaat', 'de netto omzet').
    static let uninflectedAdjectives: Set<String> = ["bruto", "netto", "extra", "gratis"]

    /// 'van het budget van 312 miljoen': a noun right before the 'van' that gives the whole its number.
    private func isNamingNoun(_ position: Int, before index: Int) -> Bool {
        position + 2 == index && tokens[position + 1].isWord("van") && tokens[position].kind == .word
            && !Lexicon.grammarWords.contains(tokens[position].text)
    }

    /// How many words may stand between a whole's marker and the whole ('op een operationele capaciteit van').
    static let wholeReach = 4
    /// The largest N of 'x op de N' read ('1 op de 1.000'); beyond it the words are no share.
    static let largestCardinal = 1_000_000

    /// '(n = 512)': the size of a group.
    func isSampleSize(_ index: Int) -> Bool { Self.isSampleSize(index, tokens) }

    /// Whether the number at `index` is a group's size: 'n = 1.120'.
    static func isSampleSize(_ index: Int, _ tokens: [Token]) -> Bool {
        index >= 2 && tokens[index - 1].isMark("=") && tokens[index - 2].isWord("n")
    }

    /// '…, met 410 verzoeken, was dat 71 procent': a clause opening with 'met' or 'bij' and the count
    /// introduces the size of a group, a base and never a part.
    private func isGroupSize(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return index == clause.lowerBound + 1 && ["met", "bij"].contains(tokens[clause.lowerBound].text)
            && tokens[clause.lowerBound].kind == .word && !precedesWholeOn(index, in: clause)
    }

    /// 'Met 120 ingevulde formulieren op 400 aangeschreven leden was de respons 30 procent': the count right before
    /// 'op' and the clause's next count, with only words between, is the part of that 'M op W' pair, no group size.
    private func precedesWholeOn(_ index: Int, in clause: Range<Int>) -> Bool {
        guard let next = numbers(.count, in: (index + 1)..<clause.upperBound).first,
            let at = analysis.phraseStart("op", endingBefore: next) ?? skippedStart("op", before: next)
        else { return false }
        return at > index && tokens[(index + 1)..<at].allSatisfy { $0.kind == .word }
    }

    /// A count right after 'van' that starts a change ('van 4.810 naar 5.260'), not a whole.
    private func isDifferenceStart(_ index: Int) -> Bool { pairs.contains { $0.from == index } }

    // MARK: Claims in words

    /// Fractions ('de helft', 'een derde', 'twee op de drie') as shares or changes, and factors
    /// ('verdubbeld', '3 keer zo veel') as changes, with the tokens they consist of.
    func wordClaims() -> (claims: [Claim], consumed: Set<Int>) {
        var claims: [Claim] = []
        var consumed = Set<Int>()
        for index in tokens.indices where !consumed.contains(index) {
            if let (value, end, rounding) = fraction(at: index) {
                // 'Het streven om de helft … te doen': a target's value, no claim about the data.
                if !Self.isReferenceValue(index, tokens) {
                    claims.append(fractionClaim(index, value: value, end: end, rounding: rounding))
                }
                consumed.formUnion(index..<end)
            } else if tokens[index].kind == .word, let factor = Self.factor(of: tokens[index].text) {
                claims.append(
                    factorClaim(
                        index, times: nil, factor: factor, text: analysis.text(index..<(index + 1)),
                        hedge: hedge(before: index), exact: nil))
            } else if let factor = multipleNoun(at: index) {
                // 'ruim het dubbele van Drenthe': the hedge stands before the article.
                let words = [hedgeWords(before: index - 1), analysis.text((index - 1)..<(index + 1))]
                claims.append(
                    factorClaim(
                        index, times: nil, factor: factor, text: words.filter { !$0.isEmpty }.joined(separator: " "),
                        hedge: hedge(before: index - 1), exact: nil))
            } else if let (factor, end) = factorPhrase(at: index) {
                claims.append(
                    factorClaim(
                        index, times: nil, factor: factor, text: analysis.text(index..<(end + 1)),
                        hedge: hedge(before: index), exact: nil, last: end, asFall: false))
                consumed.formUnion(index..<end)
            } else if let (factor, start) = timesFactor(at: index) {
                let end = tokens[index + 1].isWord("zoveel") ? index + 2 : index + 3
                let text = analysis.text(start..<min(end, tokens.count))
                let number = tokens[start].number
                let exact = start == index - 1 && number?.isWord == false ? number : nil
                // 'ruim half zo veel' compares, it tells no fall: its hedge is of the factor as written.
                claims.append(
                    factorClaim(
                        start, times: index, factor: factor,
                        text: (number?.hedgeText.isEmpty == false ? number!.hedgeText + " " : "") + text,
                        hedge: number?.hedge ?? hedge(before: start), exact: exact, asFall: false))
                consumed.formUnion(start..<index)
            }
        }
        return (claims, consumed)
    }

    /// A fraction in words at `index`, as a percentage, the token after it, and for 'x op de N' the
    /// rounding it implies: 'de helft', 'een derde', 'twee derde', 'driekwart', 'drie op de tien',
    /// '1 op de 5', 'een derde daarvan'. 'de derde' and 'een derde plaats' are ordinals, no fractions.
    func fraction(at index: Int) -> (Exact, Int, Interval?)? {
        let word = tokens[index].kind == .word ? tokens[index].text : ""
        if index + 1 < tokens.count, let (numerator, denominator) = Lexicon.fractions[tokens[index + 1].text] {
            let next = index + 2 < tokens.count ? tokens[index + 2] : nil
            let change =
                index > 0 && tokens[index - 1].isWord("met")
                || next.map { Lexicon.increase.contains($0.text) || Lexicon.decrease.contains($0.text) } == true
                || sizesChange(before: index) && next.map(Self.isFunctionWord) == true
            // 'een derde plaats', 'de vierde keer': after an article an ordinal; 'twee derde' never is one, nor is
            // 'kwart' (the ordinal is 'vierde': 'Utrecht neemt een kwart voor zijn rekening'), but for a span of
            // time ('een kwart eeuw'), nor 'een derde' before a preposition or a verb in a clause that opens with its
            // whole ('Van die 450 gaat een derde in bezwaar', 'Daarvan werd een derde …').
            let ofWhole = word != "de" && opensWithWholeWord(before: index)
            let ordinalLike =
                numerator == 1 && denominator > 2 && !change
                && (word == "de" || Self.articlesOfOne.contains(word))
                && next.map {
                    $0.kind == .word && !["van", "deel"].contains($0.text) && !Lexicon.partReferences.contains($0.text)
                        && (tokens[index + 1].text != Self.quarter || Self.spansOfTime.contains($0.text))
                        && !(ofWhole && (Lexicon.prepositions.contains($0.text)
                            || Lexicon.finiteVerbs.contains($0.text)))
                } == true
            let count =
                word == "de" && denominator == 2 ? 1
                : Self.articlesOfOne.contains(word) ? 1 : cardinal(tokens[index])
            if let count, count * numerator < denominator, !ordinalLike {
                return (Exact(100 * count * numerator, over: denominator), index + 2, nil)
            }
        }
        if ["driekwart", "tweederde"].contains(word), let (numerator, denominator) = Lexicon.fractions[word] {
            return (Exact(100 * numerator, over: denominator), index + 1, nil)
        }
        // 'drie op de tien', '1 op de 5': rounded to whole numbers of N.
        guard index + 3 < tokens.count, tokens[index + 1].isWord("op"), tokens[index + 2].isWord("de"),
            let count = cardinal(tokens[index]), let total = cardinal(tokens[index + 3]), total > count
        else { return nil }
        let rounding = Interval(
            lower: Exact(100 * (2 * count - 1), over: 2 * total), upper: Exact(100 * (2 * count + 1), over: 2 * total),
            upperOpen: true)
        return (Exact(100 * count, over: total), index + 4, rounding)
    }

    /// Whether the words before a fraction at `index`, past its hedges, make it the size of a change: 'met' ('met ruim
    /// een vijfde is afgenomen') or 'van' after a noun of change ('een afname van een vijfde die …'). Read so only
    /// before a function word: before a noun the fraction word is an ordinal ('de uitbreiding van een derde filiaal').
    private func sizesChange(before index: Int) -> Bool {
        let before = Self.positionPastHedges(before: index, in: tokens)
        guard before >= 0 else { return false }
        return tokens[before].isWord("met")
            || tokens[before].isWord("van") && before > 0 && Lexicon.changeNouns.contains(tokens[before - 1].text)
    }

    /// Whether a token is a word of a closed class (an article, preposition, pronoun or verb of being), no noun of
    /// time: after a fraction it shows the fraction is no ordinal of a noun.
    private static func isFunctionWord(_ token: Token) -> Bool {
        token.kind == .word && Lexicon.grammarWords.contains(token.text) && !Lexicon.timeNouns.contains(token.text)
    }

    /// The fraction word that is no ordinal.
    private static let quarter = "kwart"
    /// The hedge that holds an article ('zo'n' is 'zo een'): 'zo'n kwart minder' is 'ongeveer een kwart minder', the
    /// hedge and the count of one in one word.
    private static let hedgedArticle = "zo'n"
    /// The words that count one of a fraction's parts before it ('een kwart', 'zo'n kwart').
    private static let articlesOfOne: Set<String> = ["een", "één", hedgedArticle]
    /// Words of a span of time a quarter measures ('een kwart eeuw'): no share.
    private static let spansOfTime = Lexicon.durationUnits.union(["eeuw", "eeuwen"])

    private func cardinal(_ token: Token) -> Int? {
        if token.kind == .word { return Lexicon.cardinals[token.text] }
        guard let number = token.number, number.unit == .count, !number.isRounded, number.value.isInteger,
            let value = Int(exactly: number.value.numerator), (0...Self.largestCardinal).contains(value)
        else { return nil }
        return value
    }

    /// What a word claims: within `wordTolerance` of its value (loosely up to `wordDoubt`), or what its
    /// hedge allows ('ruim de helft': 50% to 5% more; 'meer dan de helft': above 50%).
    private func wordClaimed(_ value: Exact, hedge: Lexicon.Hedge?, text: String, direction: Int?) -> Claimed {
        func band(_ share: Exact) -> Interval {
            let step = value * share
            return hedge.map { .hedged(value, hedge: $0, step: step) } ?? .closed(value - step, value + step)
        }
        var accepted = band(Self.wordTolerance)
        var plausible = band(Self.wordDoubt)
        // The doubt band's far edge is doubt too ('ruim de helft' for exactly 55 procent): closed where a hedge of one
        // side leaves it open.
        if hedge == .above || hedge == .below { plausible = plausible.closed }
        if direction == -1 {
            accepted = accepted.negated
            plausible = plausible.negated
        }
        return Claimed(
            value: direction == -1 ? -value : value, accepted: accepted, plausible: plausible, text: text,
            direction: direction, number: nil)
    }

    /// What a fraction in words claims as a share (`wordClaimed`), right only within the rounding 'x op de N' implies.
    func shareClaimed(_ value: Exact, hedge: Lexicon.Hedge?, text: String, rounding: Interval?) -> Claimed {
        let claimed = wordClaimed(value, hedge: hedge, text: text, direction: nil)
        guard let rounding else { return claimed }
        return Claimed(
            value: claimed.value, accepted: claimed.accepted.intersection(rounding), plausible: claimed.plausible,
            text: text, direction: nil, number: nil)
    }

    private func fractionClaim(_ index: Int, value: Exact, end: Int, rounding: Interval?) -> Claim {
        let ownHedge = tokens[index].isWord(Self.hedgedArticle) ? Lexicon.hedges[Self.hedgedArticle] : nil
        let hedge = hedge(before: index) ?? ownHedge
        let text = [hedgeWords(before: index), analysis.text(index..<end)].filter { !$0.isEmpty }.joined(separator: " ")
        // 'een kwart minder', 'met een derde toegenomen': a change, not a share.
        let follower = end < tokens.count ? tokens[end] : nil
        let comparative = follower.flatMap {
            Lexicon.comparatives.contains($0.text) ? (Lexicon.increase.contains($0.text) ? 1 : -1) : nil
        }
        // 'met een derde toegenomen', 'een daling van een kwart': the size of a change.
        let sizeStart = index - (hedge != nil ? hedgeWords(before: index).split(separator: " ").count : 0)
        let afterMet = sizeStart > 0 && tokens[sizeStart - 1].isWord("met")
        let afterChangeNoun =
            sizeStart > 1 && tokens[sizeStart - 1].isWord("van")
            && Lexicon.changeNouns.contains(tokens[sizeStart - 2].text)
        // 'Van die patiënten lag een derde langer dan een week': after its whole a fraction counts members, and a
        // comparative after it names who (a threshold), no change; 'met een derde' stays the size of a change.
        let compared = wholeOpening(ofShareAt: sizeStart) == nil ? comparative : nil
        // 'Dat zijn er 59 minder, bijna een kwart': alone in an apposition after a difference, the same difference
        // relative to its start (not 'een op de vier', a share of a group).
        let restated = rounding == nil ? restatedDifferenceSign(ofFigureFrom: index, to: end) : nil
        if let direction = compared ?? (afterMet || afterChangeNoun ? direction(for: index) : nil) ?? restated,
            follower?.isWord("van") != true
        {
            var claim = Claim(
                kind: .change, site: index, claimed: wordClaimed(value, hedge: hedge, text: text, direction: direction))
            // 'van 12 naar 15 procent, een stijging van een kwart': a fraction of a percentage is relative, never
            // points, so the words decide what the change of two percentages is.
            if let stated = statedChange(for: index, unit: .count) ?? statedChange(for: index, unit: .percent) {
                (claim.from, claim.to) = stated
            } else if comparative != nil, rounding == nil, let based = baseBefore(forMultipleFrom: index, to: end) {
                // 'de helft meer', 'een kwart minder' (not 'een op de vier', a share of a group).
                (claim.from, claim.to) = based
            } else if rounding == nil,
                let row = timedRowChange(at: index, unit: .count) ?? timedRowChange(at: index, unit: .percent)
            {
                // 'Het aantal kajakken nam met een kwart af.' under the row 'Kajakken | 48 | 36'.
                (claim.from, claim.to) = row
            }
            return claim
        }
        // 'de helft van Groningen met 3.400': a fraction of the value a group after 'van' gives.
        if follower?.isWord("van") == true, rounding == nil,
            baseAfterVan(forMultiple: value / Exact(100), from: index, to: end - 1) != nil
        {
            return factorClaim(
                index, times: nil, factor: value / Exact(100), text: text, hedge: hedge, exact: nil, last: end - 1,
                asFall: false)
        }
        let claimed = shareClaimed(value, hedge: hedge, text: text, rounding: rounding)
        var claim = Claim(kind: .share, site: index, claimed: claimed)
        // 'Samen is dat bijna driekwart': the share of the parts before that a word of joining sums.
        if let joined = joinedPartsBefore(ofShareAt: index, end: end) {
            (claim.parts, claim.whole) = (joined.parts, joined.whole)
            return claim
        }
        (claim.part, claim.whole) = partAndWhole(around: index, end: end)
        var noun = end - 1
        while noun + 1 < tokens.count, tokens[noun + 1].kind == .word, noun + 1 - end < Self.nounReach { noun += 1 }
        guard let inside = analysis.parenthesis(after: noun) ?? analysis.parenthesis(after: end - 1),
            let first = inside.first
        else { return claim }
        // 'ruim de helft (1.640)' after '(1.020 van de 3.150)': the count written beside a share without a whole
        // of its own is its part, of the whole the sentence gives.
        if tokens[first].number?.unit == .count, follower?.isWord("van") != true,
            numbers(.count, in: inside).count == 1, let whole = claim.whole, whole.token != first
        {
            claim.part = operand(first)
            return claim
        }
        // 'bijna de helft (48 procent)', 'Zeven op de tien cliënten (72%)': the percentage written beside it
        // restates the word, a hedge over the same figure; both are judged against the part and whole the text
        // gives, the word against the percentage only when it gives none.
        if tokens[first].number?.unit == .percent, claim.part == nil || claim.whole == nil {
            claim.part = operand(first)
            claim.whole = Operand(
                WrittenNumber(
                    value: Exact(100), unit: .count, decimals: 0, step: Exact(1), isRounded: false,
                    sign: nil, text: "100", hedge: nil), year: nil, token: nil, line: analysis.line(of: first),
                binding: OperandBinding(.construction))
        }
        return claim
    }

    /// 'ruim', 'bijna', 'ongeveer', 'meer dan' before a word claim.
    func hedge(before index: Int) -> Lexicon.Hedge? {
        hedgePhrase(before: index).map { Lexicon.hedges[$0.phrase]! }
    }

    /// The hedge words before a word claim, as written ('Minder dan').
    private func hedgeWords(before index: Int) -> String { hedgePhrase(before: index).map(\.written) ?? "" }

    private func hedgePhrase(before index: Int) -> (phrase: String, written: String)? {
        for length in [2, 1] where index - length >= 0 {
            let words = tokens[(index - length)..<index]
            guard words.allSatisfy({ $0.kind == .word }) else { continue }
            let phrase = words.map(\.text).joined(separator: " ")
            if Lexicon.hedges[phrase] != nil { return (phrase, analysis.text((index - length)..<index)) }
        }
        return nil
    }

    /// '2,5 keer zo groot', 'drie maal zoveel', 'anderhalf keer', 'drieënhalf keer', 'twee en een half keer' at
    /// `index` ('keer'): the factor, and where the words that write it start.
    private func timesFactor(at index: Int) -> (factor: Exact, start: Int)? {
        // 'half zo veel als', 'dubbel zo vaak', 'tweemaal zoveel': a word that is its own factor before 'zo'.
        if tokens[index].kind == .word, index + 1 < tokens.count,
            tokens[index + 1].isWord("zo") || tokens[index + 1].isWord("zoveel"),
            let own = Self.factorAdverbs[tokens[index].text] ?? gluedTimes(tokens[index])
        {
            return (own, index)
        }
        guard index >= 1, tokens[index].kind == .word, Lexicon.timesWords.contains(tokens[index].text),
            index + 1 < tokens.count,
            tokens[index + 1].isWord("zo") || tokens[index + 1].isWord("zoveel") || comparedValues(at: index) != nil
                || Self.namesComparedAmount(afterTimes: index, tokens)
                    && groupSides(forFactorFrom: index, to: index)?.pair != nil
        else { return nil }
        let before = tokens[index - 1]
        if let number = before.number, number.unit == .count { return (number.value, index - 1) }
        guard before.kind == .word else { return nil }
        if let count = Lexicon.cardinals[before.text] { return (Exact(count), index - 1) }
        guard let fraction = NumberWords.fraction(of: before.text) else { return nil }
        // 'twee en een half keer': a whole number in words, 'en een', then the fraction it is added to.
        if Lexicon.amountFractions[before.text] != nil, index >= Self.wholeAndFractionLength,
            tokens[index - 2].isWord("een"), tokens[index - 3].isWord("en"),
            let whole = tokens[index - 4].number, whole.isWord, whole.unit == .count, whole.multiplier == 1
        {
            return (whole.value + fraction, index - 4)
        }
        return (fraction, index - 1)
    }

    /// The times word ('keer', 'maal') of a factor whose words start at `start` ('drie keer', 'twee en een half
    /// keer'), or the word that is its own factor ('half zo veel'), if it is one.
    func timesWord(after start: Int) -> Int? {
        [start, start + 1, start + Self.wholeAndFractionLength].first { times in
            times < tokens.count && timesFactor(at: times)?.start == start
        }
    }

    /// 'tweemaal', 'driemaal': a cardinal glued to 'maal', the factor it counts.
    private func gluedTimes(_ token: Token) -> Exact? {
        guard token.text.hasSuffix(Self.gluedTimesWord),
            let count = Lexicon.cardinals[String(token.text.dropLast(Self.gluedTimesWord.count))], count > 1
        else { return nil }
        return Exact(count)
    }

    /// The times word a cardinal is glued to ('tweemaal').
    private static let gluedTimesWord = "maal"

    /// Words that are a factor of their own before 'zo' ('half zo veel', 'dubbel zo vaak').
    private static let factorAdverbs: [String: Exact] = ["half": Exact(1, over: 2), "dubbel": Exact(2)]

    /// The words of 'twee en een half' before 'keer': a whole, 'en', 'een' and a fraction.
    private static let wholeAndFractionLength = 4

    /// The factor claim with no values when it compares another measure than its values (`comparesOtherMeasure`).
    private func withoutOtherMeasure(_ claim: Claim, times: Int?) -> Claim {
        guard let times, let from = claim.from, let to = claim.to, comparesOtherMeasure(times: times, [from, to]) else {
            return claim
        }
        var claim = claim
        (claim.from, claim.to) = (nil, nil)
        return claim
    }

    /// 'ruim twee keer het landelijke cijfer van 29' at `index` ('keer'): the factor between the
    /// comparison value after it and the sentence's own value of that unit before it (no scale of 'per').
    /// A norm's or a mean's value named right after the times word ('bijna tweeënhalf keer het maximum van 30
    /// nachten', 'drie keer het gemiddelde van 7 dagen') is compared with the last value before it outside any bracket
    /// the times word is not in (a bracket gives what that value was computed from) that counts the same noun.
    private func comparedValues(at index: Int) -> (from: Operand, to: Operand)? {
        let clause = analysis.clause(of: index)
        guard let base = analysis.numberIndices.first(where: { $0 > index && clause.contains($0) }),
            let unit = tokens[base].number?.unit
        else { return nil }
        let earlier = numbers(unit, in: 0..<(index - 1)).filter { $0 == 0 || !tokens[$0 - 1].isWord("per") }
        if isComparisonValue(base) { return earlier.last.map { (operand(base), operand($0)) } }
        guard let norm = normNamed(afterTimes: index), norm.value == base,
            let own = earlier.last(where: { tokens[$0].depth == tokens[index].depth }),
            ReadingSanity.noun(after: own, in: tokens).map({ Self.areForms(norm.noun, $0) }) == true
        else { return nil }
        return (operand(base), operand(own))
    }

    /// The value of a norm or a mean named right after the times word at `times` by an article and a word of content
    /// ('twee keer het maximum van 30 nachten', 'drie keer het gemiddelde van 7 dagen'), and the noun it counts.
    private func normNamed(afterTimes times: Int) -> (value: Int, noun: String)? {
        let clause = analysis.clause(of: times)
        guard Self.namesComparedAmount(afterTimes: times, tokens),
            let value = analysis.numberIndices.first(where: { $0 > times && clause.contains($0) }),
            Self.isReferenceValue(value, tokens) || isBenchmark(value),
            let noun = ReadingSanity.noun(after: value, in: tokens)
        else { return nil }
        return (value, noun)
    }

    /// Whether a value of `values` written in this sentence counts another noun than the norm or mean named after the
    /// times word at `times`: 'Een woning werd verhuurd (720 nachten, 10 woningen), twee keer het maximum van 30
    /// nachten' sets no dwellings against a norm in nights.
    private func countsOtherThanNorm(afterTimes times: Int, _ values: [Operand]) -> Bool {
        guard let norm = normNamed(afterTimes: times) else { return false }
        return values.contains { value in
            value.token.flatMap { ReadingSanity.noun(after: $0, in: tokens) }.map { !Self.areForms(norm.noun, $0) }
                ?? false
        }
    }

    /// A factor claim; a factor written in digits ('1,5 keer') is read as rounded to its decimals,
    /// one in words within `wordTolerance`. Its words run from `index` to `last` (default: the times word, else
    /// `index`). A factor below 1 read `asFall` ('bijna gehalveerd') mirrors its hedge; one of a base ('ruim de
    /// helft van Groningen met …', 'een factor vier lager') does not.
    private func factorClaim(
        _ index: Int, times: Int?, factor: Exact, text: String, hedge: Lexicon.Hedge?, exact written: WrittenNumber?,
        last: Int? = nil, asFall: Bool = true
    ) -> Claim {
        let last = last ?? times ?? index
        let hedge = factor < Exact(1) && asFall ? hedge?.mirrored : hedge
        var claimed = wordClaimed(factor, hedge: hedge, text: text, direction: nil)
        if let written, hedge == nil {
            let rounded = Interval.rounding(to: factor, step: written.step)
            claimed = Claimed(
                value: factor, accepted: rounded, plausible: rounded, text: text, direction: nil, number: nil)
        }
        var claim = Claim(kind: .change, site: index, claimed: claimed)
        claim.isFactor = true
        // 'In de zomer was de stijging twee keer zo groot': two changes compared, not one change's two levels.
        if let times, comparesChanges(factorAt: index, times: times) { return claim }
        if let named = baseAfterVan(forMultiple: factor, from: index, to: last) {
            (claim.from, claim.to) = named
            return claim
        }
        let groups = groupSides(forFactorFrom: index, to: last)
        if let times, let compared = comparedValues(at: times) {
            (claim.from, claim.to) = compared
        } else if let bound = groups?.pair {
            if let times, countsOtherThanNorm(afterTimes: times, [bound.from, bound.to]) { return claim }
            // 'In B werd vijf keer zo weinig …': a factor of less is the other group's value over the subject's.
            (claim.from, claim.to) = times.map(isFactorOfLess) == true ? (bound.to, bound.from) : (bound.from, bound.to)
            return withoutOtherMeasure(claim, times: times)
        } else if let shares = comparedShares(factor: factor) ?? respectiveValues(for: index) {
            (claim.from, claim.to) = shares
        } else if let times, groups == nil, Self.factor(of: tokens[index].text) == nil,
            let contrasted = largerOverSmaller(factor: factor, start: index, times: times)
        {
            (claim.from, claim.to) = contrasted
        } else if let stated = statedChange(for: index, unit: .count) ?? statedChange(for: index, unit: .percent) {
            // A pair that leaves out the value the factor's own sentence states is not its pair: none.
            if !leavesOutOwnValue(stated, factorAt: index) { (claim.from, claim.to) = stated }
        } else if times.map(isOfAmount) ?? true,
            let row = timedRowChange(at: index, unit: .count) ?? timedRowChange(at: index, unit: .percent)
        {
            // 'Het aantal laadpalen is ruim anderhalf keer zo groot als een jaar eerder.' under '- laadpalen: 14 (2022:
            // 9)': a factor of one row over the table's two times, as a change in percent or a fraction is read.
            (claim.from, claim.to) = row
        } else if Self.factor(of: tokens[index].text) == nil, let based = baseBefore(forMultipleFrom: index, to: last) {
            // A comparison ('twee keer zo veel'), not a change of one quantity over time ('verdubbeld').
            (claim.from, claim.to) = based
        }
        // 'Mannen waren met 1.900 van de 2.300 verdachten vijf keer zo vaak … als vrouwen (400)': a group's value is
        // the part, not the whole it is a part of, when the other value is no part of a whole of its own (two parts
        // of wholes compare their shares).
        let isPart = { (value: Operand?) in value?.token.map { Self.ownWhole(of: $0, analysis) != nil } ?? false }
        if !isPart(claim.from) && !isPart(claim.to) {
            (claim.from, claim.to) = (claim.from.map(partOfWhole), claim.to.map(partOfWhole))
        }
        // Values found by their order must give each group that its words bind its own value.
        if let groups, !groups.admits(from: claim.from, to: claim.to) { (claim.from, claim.to) = (nil, nil) }
        return withoutOtherMeasure(claim, times: times)
    }

    /// The part 'N van de M' gives when `value` is its whole M, else `value`.
    private func partOfWhole(_ value: Operand) -> Operand {
        guard let whole = value.token,
            let part = analysis.numberIndices.first(where: { $0 < whole && Self.ownWhole(of: $0, analysis) == whole })
        else { return value }
        return operand(part)
    }
}
