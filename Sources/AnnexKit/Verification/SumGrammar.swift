/// Sums and the lists averages are taken of. A total is the number after a cue ('samen', 'in
/// totaal', 'opgeteld', 'bij elkaar', 'bedraagt', 'komt uit op', '='); its parts are the numbers of
/// its unit before the cue ('A (1.500) en B (1.723) samen 3.223', '…; totaal 5.455'), or the ones it
/// introduces after it (': 1.500 in A en 1.723 in B', '(cohort 2019: 402; cohort 2020: 443)',
/// 'opgeteld over A (28), B1 (214) …'), or, when the cue opens the sentence, the counts of the
/// sentence before ('Opgeteld ging het om …'). A total before 'waarvan' sums what follows; 'Van de 96
/// … 41 …, 33 … en 22 …' is a sum of 96; a total followed by a sentence opening with 'Daarvan' sums
/// that sentence's list. Start and end values and differences are never parts; counts written as
/// words ('drie organisaties') are left out beside counts in digits.
extension ClaimParser {
    func sumReadings() -> [Claim] {
        var claims: [Claim] = []
        var totals = Set<Int>()
        func add(_ total: Int, parts listed: [Int]) {
            // The total written out before its parts ('(4.312 van de 6.160) … (3.105) of … (1.207), samen 4.312')
            // is none of them, nor is a mean beside counts of another noun ('zaten gemiddeld 3,4 maanden vast: de
            // 41.000 uitstromers … samen 139.400 maanden'); means of the total's noun add up ('gemiddeld 148
            // dagen, … nog 96 dagen: samen 244 dagen').
            let alike = ReadingSanity.nounAlike(listed + [total], in: tokens)
            // A pair's count ('3 van de 8 teams') counts a selection of things: beside counts that are no such pair
            // it is of another kind than they, no addend of their total; counts that are all pairs add up.
            let selected = listed.filter { pairedWhole(of: $0) != nil }
            let selections = selected.count < listed.count ? Set(selected) : []
            let parts = listed.filter {
                tokens[$0].number?.value != tokens[total].number?.value && (alike || !isAveraged($0))
                    && !selections.contains($0)
            }
            // A number an average word governs is a mean, not a total ('samen een gemiddelde wachttijd van 13').
            guard parts.count >= 2, !totals.contains(total), let number = tokens[total].number,
                !ReadingSanity.mixesDurations(parts + [total], in: tokens),
                !ReadingSanity.mixesMoney(parts, in: tokens), rateScale(of: total) == nil,
                pairedRateReading(total, number) == nil, !isAveraged(total),
                // A number a ratio's noun names is a quotient, no total ('De ratio kwam uit op 1,3 (2024: 1,2; …)').
                !namesRatio(before: total, in: analysis.clause(of: total)),
                // A bound after a comparative ('langer dan 48 uur:') limits what is counted; it counts nothing.
                !Tokenizer.isComparativeBound(total, tokens),
                // A whole 'waarvan' splits ('er 30, waarvan 12 …') is no addend: its parts would count twice.
                !parts.contains(where: isSplitByWaarvan)
            else { return }
            totals.insert(total)
            let counted = parts.map { multiplicity(of: $0) }
            guard !counted.contains(nil) else { return }
            var claim = Claim(kind: .sum, site: total, claimed: totalClaimed(total, number))
            claim.parts = zip(parts, counted).flatMap { part, times in Array(repeating: operand(part), count: times!) }
            claims.append(restReading(total: total, parts: claim.parts) ?? claim)
        }
        /// A total with parts taken from elsewhere (another sentence, a construction), as they are.
        func add(_ total: Int, operands parts: [Operand]) {
            guard !totals.contains(total), let number = tokens[total].number else { return }
            totals.insert(total)
            var claim = Claim(kind: .sum, site: total, claimed: totalClaimed(total, number))
            claim.parts = parts
            claims.append(restReading(total: total, parts: parts) ?? claim)
        }
        if let (total, parts) = totalLineReading() { add(total, operands: parts) }
        if let (total, parts) = totalOverListBelow() { add(total, operands: parts) }
        if let (total, parts) = columnTotalUnderTable() { add(total, operands: parts) }
        if let (total, parts) = totalBeforeDatedParts() { add(total, operands: parts) }
        if let (total, parts) = resultTotal() { add(total, operands: parts) }
        if let (total, parts) = demonstrativeTotal() { add(total, operands: parts) }
        // 'Samen met A (…) en B (…) komt het totaal op …': the values after 'samen met' are never all the addends.
        if let (total, parts) = togetherWith() {
            if parts.isEmpty, let number = tokens[total].number {
                totals.insert(total)
                claims.append(Claim(kind: .sum, site: total, claimed: totalClaimed(total, number)))
            } else {
                add(total, operands: parts)
            }
        }
        var whichOfLists: [(total: Int, parts: [Int])] = []
        for index in tokens.indices where tokens[index].depth == 0 {
            if tokens[index].isMark("="), let total = number(after: index), let unit = tokens[total].number?.unit {
                add(total, parts: candidates(unit, in: analysis.clause(of: index).lowerBound..<index))
                continue
            }
            if tokens[index].isWord("waarvan"), let total = waarvanTotal(before: index) {
                whichOfLists.append((total, listed(after: index, unit: .count)))
                continue
            }
            guard let (cue, end) = analysis.firstPhrase(Lexicon.sumCues, at: index), !closesJoinedLabel(index),
                let total = total(after: end - 1) ?? labelledTotal(before: index, cue: cue),
                let unit = tokens[total].number?.unit, !(Self.beingVerbs.contains(cue) && aboutAverage),
                // 'groeit het totaal van 64 naar 80': the value a change starts from is the total of an earlier time.
                !pairs.contains(where: { $0.from == total })
            else { continue }
            let after = partsAfter(total, unit: unit)
            // 'Er komen 1.200 extra laadpalen, bovenop de 3.400 van vorig jaar; in totaal 4.600': a base and its
            // increase, which no list of parts holds (`increaseOnBase(total:)`).
            if after.count < 2, let parts = increaseOnBase(total: total) {
                add(total, operands: parts)
                continue
            }
            // A whole ('Van de 1.380 …') is none of the parts a sum word adds up before it; a total named as a whole
            // ('41 procent van het totaal van 48.612') adds up none: the numbers before are some of its parts.
            let namesWhole = isWholeMarked(total)
            let counted = ReadingSanity.noun(after: total, in: tokens)
            let before = namesWhole
                ? []
                : candidates(unit, in: 0..<index, groupSizes: true).filter {
                    !isWholeMarked($0) && !Self.namesMembers($0, tokens, besideTotalOf: counted)
                }
            // A total over the count of its contributors ('… 3,1 MWh: 1.240 woningen gebruikten samen 3.844 MWh') sums
            // none of the numbers before it, nor any of another sentence: its parts are not written. Counts of other
            // things that no list joins ('(42.000 plaatsen) … 17 wedstrijden …, met in totaal …') sum none either.
            if before.contains(where: { countsContributors($0, beforeCueAt: index) })
                || countsCoordinatedContributors(before, beforeCueAt: index, total: total)
                || namesCoordinatedContributors(before, beforeCueAt: index)
                || countsUnlistedThings(before, total: total)
                // '1.200 extra laadpalen …, in 38 gemeenten; in totaal …': an increase and where it fell, no parts.
                || addsIncreaseInOtherNoun(before, total: total)
            {
                continue
            }
            // '412 teams van vier lopers, samen 1.648 lopers': a count that says what each counted item is made of
            // makes a product with it, no sum; so does a size before the items ('in wielen van 12 kilo; … 355.000').
            if before.contains(where: describesEach) || sizeBeforeItems(before, total: total) != nil { continue }
            let previous = !namesWhole && (isSentenceStart(index) || listsGroups(before: index, total: total))
                ? precedingCounts(unit, total: total) : []
            if after.count >= 2 {
                add(total, parts: after)
            } else if let members = membersCounted(before) {
                add(total, operands: members.map { operand($0).bound(OperandBinding(.positionOnly)) })
            } else if before.count >= 2, let counted = articleCounted(before, before: index) {
                add(total, operands: counted)
            } else if before.count >= 2, let continued = listContinued(before, total: total, unit: unit) {
                add(total, operands: continued)
            } else if before.count >= 2 {
                addBefore(total, parts: before)
            } else if before.allSatisfy({ tokens[$0].number?.isWord == true }), !totals.contains(total),
                let parts = unitsListedNext(besides: total)
            {
                add(total, operands: parts)
            } else if previous.count >= 2, before.isEmpty {
                // 'De lasten bestonden uit … Het totaal aan baten bedroeg …': a total of another noun.
                let other = totalsAnotherNoun(total, than: discourse.lastCountsNoun)
                add(total, operands: other ? previous.map { $0.adding(.otherTotal) } : previous)
            }
            _ = cue
        }
        for (whole, parts) in compositions() { add(whole, parts: parts) }
        if let rest = percentRemainderReading() ?? carriedPercentRemainderReading() ?? carriedCountRemainderReading()
            ?? carriedListRestReading() ?? summedPartsShareReading() ?? statedRestInSentence()
        {
            claims.append(rest)
        }
        /// The parts before a total's cue, unless they are rows of two columns (`BracketedColumns`) or the total a
        /// subtotal of some of them (`NamedSubtotal`); rows not read with certainty leave the total unverifiable.
        func addBefore(_ total: Int, parts: [Int]) {
            let uncertain = { add(total, operands: parts.map { operand($0).bound(OperandBinding(.positionOnly)) }) }
            if let columns = bracketedColumns(total: total, parts: parts) {
                guard !columns.first.isEmpty else { return uncertain() }
                add(total, parts: columns.first)
                add(columns.secondTotal, parts: columns.second)
            } else if let subtotal = namedSubtotal(total: total, parts: parts) {
                guard case .rows(let rows) = subtotal else { return uncertain() }
                add(total, parts: rows)
            } else {
                add(total, parts: parts)
            }
        }
        /// A list with no word of summing, read as its whole split up only when it comes near it, and no series of
        /// values each of a year of its own under a total of one year ('In 2023 …: 700 in 2022 en 800 in 2021').
        /// With `shortIsSelection`, parts short of the whole may name a selection of its categories ('Van de 640
        /// cliënten waren er 384 ouder dan 75 jaar en 160 tussen 65 en 75 jaar'): they confirm it, never contradict it
        /// (`ReadingSanity.SplitReading.selection`). Without it a list near its whole and short of it contradicts it:
        /// a list after ':', in brackets or after 'van wie' is read as all of it; with `complete` (a list marked as all
        /// of it: amounts allocated after ':', a list after 'namelijk') at any coverage.
        func addSplit(_ total: Int, parts: [Int], shortIsSelection: Bool = false, complete: Bool = false) {
            let years = parts.compactMap { analysis.explicitYear(of: $0)?.year }
            let series = years.count == parts.count && Set(years).count == parts.count
            let operands = parts.map { operand($0) }
            let reading = ReadingSanity.splitReading(operand(total).value, partsSum: operands.map(\.value).reduce(0, +))
            // A list its rest closes ('…; de overige 250', '… en 4.425 in de overige') is all of the whole, whatever
            // its sum.
            let closedByRest = parts.last.map { referringRest(before: $0) ?? restWord(after: $0) != nil } ?? false
            let restAhead = restFollows || parts.last.map { namesUnvaluedRest(in: ($0 + 1)..<tokens.count) } ?? false
            guard reading != .none || closedByRest || restAhead || complete && parts.count >= 2,
                !series || analysis.frame(for: total, discourse: discourse).isSpan
            else { return }
            // A rest the next sentence names ('… De overige 48 …'), or this one without a value ('…; de rest …'),
            // leaves the list short of its whole.
            if shortIsSelection && reading == .selection || restAhead, !closedByRest {
                add(total, operands: operands.map { $0.bound(OperandBinding(.positionOnly)) })
            } else {
                add(total, parts: parts)
            }
        }
        // '5.000 studenten, waarvan 1.000 uit Spanje en 500 uit Polen': a list after 'waarvan' names some of its
        // whole's parts, also near it ('1.000 aanvragen, waarvan 400 …, 300 … en 200 …': 900 is no wrong sum); it
        // is all of it only when it reaches the whole, when a rest closes it ('…; de overige 100'), or when a word
        // of summing names the whole ('in totaal 18.792, waarvan …').
        for (total, parts) in whichOfLists { addSplit(total, parts: parts, shortIsSelection: !isSummedTotal(total)) }
        // '…, van wie 5.300 in voorlopige hechtenis en 5.900 als veroordeelde': the persons a count names, split up.
        for index in tokens.indices.dropLast() where tokens[index].depth == 0 && tokens[index].isWord("van")
            && tokens[index + 1].isWord("wie")
        {
            if let total = waarvanTotal(before: index) {
                addSplit(total, parts: listed(after: index + 1, unit: .count))
            }
        }
        if let whole = openingWhole() {
            let parts = withApposedShareParts(coordinated(candidates(.count, in: (whole + 1)..<tokens.count)))
            // An amount of money or in millions is split into amounts like it ('€ 9,7 miljoen naar …').
            if tokens[whole].number?.isAmount != true || parts.allSatisfy({ isAmountAlike($0, whole) }) {
                addSplit(whole, parts: parts, shortIsSelection: true)
            }
        }
        // "Zo'n 2.500 inwoners kregen hulp (1.380 via …, 1.090 via …)": a count broken down in the parenthesis
        // after its clause's words, with nothing but counts of its unit in it, of its kind: amounts of money after a
        // plain count ('1.085 betaalbaar (€ 477 – € 684)') bound a class, they split nothing.
        for total in numbers(.count, in: tokens.indices)
        where tokens[total].depth == 0 && tokens[total].number?.isWord == false && !isAveraged(total) && !aboutAverage {
            var close = total
            while close + 1 < tokens.count, tokens[close + 1].kind == .word { close += 1 }
            guard let inside = analysis.parenthesis(after: close), !holdsEarlierValues(inside),
                analysis.numberIndices.filter({ inside.contains($0) }).allSatisfy({ tokens[$0].number?.unit == .count })
            else { continue }
            let parts = candidates(.count, in: inside)
            if ReadingSanity.countAlike(parts, in: tokens), ReadingSanity.kindAlike(parts + [total], in: tokens) {
                addSplit(total, parts: parts)
            }
        }
        // 'In 2023 zijn meer dan 4.000 personen … genomen: 2.630 in de klinische en 1.420 in de ambulante zorg.', '…
        // ruim 2.400 cliënten doorgestroomd, namelijk 1.310 naar … en 560 naar …'.
        for colon in tokens.indices where tokens[colon].depth == 0 {
            let namely = listsNamely(at: colon)
            guard tokens[colon].isMark(":") || namely else { continue }
            // The mark that closes the total's clause: the colon, or the comma before 'namelijk'.
            let mark = namely ? colon - 1 : colon
            let clause = analysis.clause(of: namely ? mark - 1 : colon)
            // 'in de vier grote steden:' counts the units listed, in words; the total is the count before it.
            let parts = coordinated(candidates(.count, in: (colon + 1)..<tokens.count))
            func countsUnits(_ index: Int) -> Bool {
                tokens[index].number.map { $0.isWord && $0.value == Exact(parts.count) } ?? false
            }
            guard let total = numbers(.count, in: clause.lowerBound..<mark).last(where: { !countsUnits($0) }),
                !isAveraged(total),
                ((total + 1)..<mark).allSatisfy({ [.word, .year].contains(tokens[$0].kind) || countsUnits($0) })
            else { continue }
            addSplit(total, parts: parts, complete: namely || allocates(total, parts, after: colon))
        }
        if let total = topicTotal, !totals.contains(total), let number = tokens[total].number,
            let parts = partsInNextSentence(of: total)
        {
            var claim = Claim(kind: .sum, site: total, claimed: totalClaimed(total, number))
            claim.parts = parts
            claims.append(claim)
        }
        if let (total, parts) = totalBeforeStop() { add(total, operands: parts) }
        // A percentage already read (as the sum of the shares beside the parts, 'samen 75%') keeps that reading.
        if let share = summedPartsShareReading(in: claims), !claims.contains(where: { $0.site == share.site }) {
            claims.append(share)
        }
        // A mean over the contributors the clause after it counts is no total ('… kwam uit op 3,1 MWh: 1.240 …').
        return claims.filter { claim in
            tokens[claim.site].number.map { contributorsMeanReading(claim.site, $0) == nil } ?? true
        }
    }

    /// Whether a word of summing stands before the count at `total` in its clause ('in totaal 18.792', 'samen 640'),
    /// no verb of being ('bedroeg'): the count is named as all of what its parts make up.
    private func isSummedTotal(_ total: Int) -> Bool {
        (analysis.clause(of: total).lowerBound..<total).contains { index in
            analysis.firstPhrase(Lexicon.sumCues, at: index).map { !Self.beingVerbs.contains($0.phrase) } ?? false
        }
    }

    /// 'De vier regio's telden samen 7.320 … Noord had er 2.140, Oost 1.870, Zuid 1.960 en West 1.360.': the list
    /// of the next sentence in the paragraph, when this one counts in words as many units as it lists.
    private func unitsListedNext(besides total: Int) -> [Operand]? {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph else { return nil }
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        let parts = following.coordinated(following.candidates(.count, in: next.tokens.indices))
        guard parts.count >= 2, parts.count == next.numberIndices.count,
            numbers(.count, in: tokens.indices).contains(where: { index in
                index != total && tokens[index].number.map { $0.isWord && $0.value == Exact(parts.count) } ?? false
            })
        else { return nil }
        return carried(parts, from: next)
    }

    /// The numbers at `indices` of another sentence, as operands taken over from it.
    func carried(_ indices: [Int], from other: SentenceAnalysis) -> [Operand] {
        indices.map { Operand(other.tokens[$0].number!, year: nil, token: nil, line: other.line(of: $0)).carriedOver }
    }

    /// How often a part counts in its total: once; for each year of 'in zowel 2024 als 2025' after it;
    /// nil when its phrase says it recurs without saying how often ('per jaar', 'jaarlijks', 'elk jaar').
    private func multiplicity(of part: Int) -> Int? {
        let clause = analysis.clause(of: part)
        let end = analysis.numberIndices.first { $0 > part && clause.contains($0) } ?? clause.upperBound
        let phrase = tokens[(part + 1)..<max(part + 1, end)]
        if phrase.contains(where: { $0.kind == .word && Lexicon.recurrenceWords.contains($0.text) }) { return nil }
        guard phrase.contains(where: { $0.isWord("zowel") }) else { return 1 }
        let years = phrase.filter { $0.year != nil }.count
        return years >= 2 ? years : nil
    }

    /// '€ 42,5 miljoen …, bestaande uit € 27 miljoen … en € 15,5 miljoen …', '(totaal 24,6 mln euro) bestaat uit
    /// … 9,2 mln, … en … 3,6 mln': a phrase of composition ties the number before it in its stretch (the whole) to
    /// the list after it (the parts: of its unit and kind, or amounts in its multiplier without a currency); so does
    /// a verb of composition apart from its 'uit', each part after 'voor' (`compositionsByAmount()`); so do words
    /// that spread it over a number of parts they list (`spreadOverParts()`).
    private func compositions() -> [(whole: Int, parts: [Int])] {
        let stretches = analysis.stretches
        var found: [(whole: Int, parts: [Int])] = []
        for index in tokens.indices {
            guard let (_, end) = analysis.firstPhrase(Lexicon.compositionCues, at: index),
                let whole = analysis.numberIndices.last(where: { $0 < index }), stretches[whole] == stretches[index],
                let number = tokens[whole].number
            else { continue }
            let parts = coordinated(candidates(number.unit, in: end..<tokens.count))
            if parts.allSatisfy({ isAmountAlike($0, whole) }) { found.append((whole, parts)) }
        }
        for (whole, parts) in compositionsByAmount() where parts.allSatisfy({ isAmountAlike($0, whole) }) {
            found.append((whole, parts))
        }
        return found + spreadOverParts()
    }

    /// Whether a part is of its whole's kind: of its currency, or an amount in its multiplier written without one
    /// ('1,1 miljoen' of '1,35 miljoen euro').
    private func isAmountAlike(_ part: Int, _ whole: Int) -> Bool {
        guard let written = tokens[part].number, let number = tokens[whole].number else { return false }
        return Self.isAmount(written, alike: number)
    }

    /// '… 250.000 euro uit …; samen met de 150.000 euro van de gemeente is er dus 400.000 euro': 'samen met' adds
    /// the numbers after it (and those a coordinated 'en …' joins to them) to something else, never to each other
    /// alone: to the sentence's one number of their kind before it (its subject count), else, when the sentence has
    /// none, to the one count of their unit and kind of the sentence before (a subject the reader carries over: 'In
    /// januari meldden zich 95 vrijwilligers aan. Samen met februari (120) en maart (130) …'). Their total is the
    /// last number of the stretch after them. With no such companion the total has no parts it can be checked
    /// against (`parts` empty); with several numbers before it in the sentence, other readings decide (nil).
    private func togetherWith() -> (total: Int, parts: [Operand])? {
        let stretches = analysis.stretches
        for index in tokens.indices.dropLast() where tokens[index].isWord("samen") && tokens[index + 1].isWord("met") {
            let after = analysis.numberIndices.filter { $0 > index + 1 && stretches[$0] == stretches[index] }
            guard after.count >= 2, let total = after.last, let unit = tokens[total].number?.unit else { continue }
            let added = after.dropLast().filter { tokens[$0].number?.unit == unit }
            // Amounts of money or in millions are alike by their currency and multiplier; counts by their nouns.
            let amount = tokens[total].number?.isAmount ?? false
            guard added.count == after.count - 1, added.allSatisfy({ isAmountAlike($0, total) }),
                amount || ReadingSanity.countAlike(added + [total], in: tokens)
            else { continue }
            let addedOperands = added.map { operand($0) }
            let before = numbers(unit, in: 0..<index).filter { isAmountAlike($0, total) }
            if before.count == 1 { return (total, [operand(before[0])] + addedOperands) }
            guard before.isEmpty else { continue }
            let companion = carriedCompanion(of: total, unit: unit)
            return (total, companion.map { [$0] + addedOperands } ?? [])
        }
        return nil
    }

    /// The one count of `unit` of the sentence before, of the kind of the total at `total` (no amount of money beside
    /// a plain count, no duration beside a count of something else: '5.430 uur inzet' is no companion of '312
    /// mensen'); when it gives no count but the two values of one change, the level that change reached
    /// (`reachedLevel(_:)`). Nil when there is none or more than one.
    private func carriedCompanion(of total: Int, unit: NumberUnit) -> Operand? {
        let previous = discourse.lastCounts.filter { $0.unit == unit }
        let reached = previous.isEmpty ? reachedLevel(unit) : nil
        guard let companion = previous.count == 1 ? previous[0] : reached, let number = tokens[total].number else {
            return nil
        }
        let durations = { (noun: String?) in noun.map(Lexicon.durationUnits.contains) ?? false }
        let totalTimed = durations(ReadingSanity.noun(after: total, in: tokens))
        let counted = discourse.lastCountedValues.filter { $0.operand.value == companion.value }
        guard counted.allSatisfy({ $0.currency == number.currency && durations($0.noun) == totalTimed }) else {
            return nil
        }
        return companion
    }

    /// 'Het aantal leden in Epe daalde van 96 naar 81. Samen met de 164 leden uit Heerde waren er 245 leden.': the end
    /// value of the one change of `unit` the sentence before gives in order of time is the level there is after it,
    /// what a total of this sentence adds to, unless this sentence puts itself in the past or names a year the end
    /// value is not of (any year when it has none).
    private func reachedLevel(_ unit: NumberUnit) -> Operand? {
        guard let change = discourse.lastSoleChange(of: unit), change.ordered, change.groups == nil,
            change.setAgainst == nil, !analysis.hasEarlierMarker(tokens.indices),
            tokens.allSatisfy({ $0.year == nil || $0.year == change.to.year })
        else { return nil }
        return change.to.carriedOver
    }

    /// The total after a sum cue: the first number of its clause after it, with only words between
    /// ('samen goed voor 5.820', 'bedraagt dit jaar 3.412', 'samen de analysegroep van 1.659'), or a memo's
    /// label ('Totaal: 7.830').
    func total(after index: Int) -> Int? {
        var position = index + 1
        if position + 1 < tokens.count, tokens[position].isMark(":") { position += 1 }
        let clause = analysis.clause(of: position < tokens.count ? position : index)
        while position < clause.upperBound, tokens[position].kind == .word || tokens[position].isMark("€"),
            position - index <= Self.totalReach
        {
            position += 1
        }
        return position < clause.upperBound && tokens[position].kind == .number ? position : nil
    }

    /// '1.845 totaal (klinisch 1.120; …)': in a memo the word 'totaal' may follow its number as a label. '…:
    /// achttien voertuigen in totaal.': 'in totaal' closing its clause may follow its number and noun, a number that
    /// no conjunction adds to a list ('… en twee redvoertuigen in totaal' names a part).
    private func labelledTotal(before index: Int, cue: String) -> Int? {
        if cue == "totaal" { return index > 0 && tokens[index - 1].kind == .number ? index - 1 : nil }
        let end = index + 2
        guard cue == "in totaal", end == tokens.count || Self.clauseClosers.contains(tokens[end].text) else {
            return nil
        }
        var position = index - 1
        while position >= 0, tokens[position].kind == .word, index - position <= Self.totalReach { position -= 1 }
        guard position >= 0, tokens[position].kind == .number, tokens[position].depth == tokens[index].depth else {
            return nil
        }
        return position > 0 && Self.listJoiners.contains(tokens[position - 1].text) ? nil : position
    }

    /// Marks that close the clause of a total that 'in totaal' follows.
    private static let clauseClosers: Set<String> = [".", ",", ";", "!", "?", ")"]
    /// Words and marks that add the number after them to a list.
    private static let listJoiners: Set<String> = ["en", "of", "plus", ","]

    /// How many words may stand between a sum cue and its total.
    static let totalReach = 4

    /// Whether the sentence is about an average ('Het gemiddeld aantal … bedroeg').
    var aboutAverage: Bool { !analysis.indices(of: Lexicon.averageWords, in: tokens.indices).isEmpty }

    /// The total the sentence is about, for a list in the next sentence: the number after a sum cue,
    /// else its only count. A number that opens a list after the cue ('bedraagt de opgave 38 en 24 hectare') is
    /// one of several values, none the total.
    private var topicTotal: Int? {
        for index in tokens.indices {
            if let (_, end) = analysis.firstPhrase(Lexicon.sumCues, at: index), let total = total(after: end - 1) {
                return opensList(total) ? nil : total
            }
        }
        let counts = numbers(.count, in: tokens.indices)
        return counts.count == 1 ? counts[0] : nil
    }

    /// Whether a joiner of a list (',' or 'en') and another number of its unit follow the number at `index`.
    private func opensList(_ index: Int) -> Bool {
        guard index + 2 < tokens.count, tokens[index + 1].isMark(",") || tokens[index + 1].isWord("en"),
            let unit = tokens[index].number?.unit
        else { return false }
        return tokens[index + 2].number?.unit == unit
    }

    /// Whether a cue opens the sentence, or follows only words after a back reference ('Daarmee komt het totaal op')
    /// or the article of 'totaal'.
    private func isSentenceStart(_ index: Int) -> Bool {
        guard let first = tokens.first, tokens[..<index].allSatisfy({ $0.kind == .word }) else { return false }
        // 'Het totaal bedraagt …', 'Dit totaal komt uit op …': the total of what was just listed.
        let namesTheTotal = index == 1 && tokens[index].isWord("totaal") && ["het", "dit", "dat"].contains(first.text)
        // 'Dat zijn er samen 3.360': a demonstrative that opens the sentence refers to what was just counted.
        return index == 0 || namesTheTotal
            || ["daarmee", "hiermee", "zo", "alles", "bij", "dat", "dit"].contains(first.text)
    }

    /// Whether the words before a cue list the groups it totals, with no number ('Alcohol, cannabis en opiaten waren
    /// samen goed voor 1.011 cliënten'), and the total counts the noun of the whole the sentence before splits.
    private func listsGroups(before index: Int, total: Int) -> Bool {
        let head = tokens[..<index]
        guard head.allSatisfy({ $0.kind == .word || $0.isMark(",") }), head.contains(where: { $0.isWord("en") }),
            let whole = discourse.lastSplit?.noun, let noun = ReadingSanity.noun(after: total, in: tokens)
        else { return false }
        return Self.areForms(noun, whole)
    }

    /// The counts of the sentence before, or of the table rows before it (`rowRunParts`); under a memo's label of
    /// summing ('Totaal: 4.307') that has fewer than two, those of the memo's lines of one kind before it
    /// (`memoLines(totalledBy:unit:)`).
    /// When the sentence before splits a whole into parts ('Van de 1.204 cliënten had 512 …, 318 … en 171 …'), those
    /// parts, not the whole; none when the total restates that whole.
    func precedingCounts(_ unit: NumberUnit, total: Int) -> [Operand] {
        // '- toegekend: 640 - waarvan spoed: 85 - afgewezen: 210' over 'Totaal: 850': not every line is a part.
        if discourse.lastLinesMixKinds { return [] }
        // Under rows of a table, each a sentence, the rows' counts of the total's noun (`rowRunParts`).
        if let rows = rowRunParts(unit, total: total) { return rows }
        if let split = discourse.lastSplit, split.parts.count >= 2, split.parts.allSatisfy({ $0.unit == unit }) {
            return split.whole.value == tokens[total].number?.value.magnitude ? [] : split.parts
        }
        let counts = discourse.lastCounts.filter { $0.unit == unit }
        // 'Totaal: 15.700 (15.940)' under lines of two columns ('geweld: 3.967 (3.702)'): the lines before hold both
        // columns, which the total's sum would mix; they may confirm it, never contradict it.
        if counts.count >= 2, bracketedValue(after: total) != nil {
            return counts.map { $0.bound(OperandBinding(.positionOnly)) }
        }
        // 'In totaal kwamen er 8.715 …' under rows of two columns ('- Zuid: 2.875 (2.940)'): a total that gives no
        // value in brackets adds the rows' own values, outside the brackets; those in them are of another time or
        // kind. A total dated, or set in the past, may be of the column in brackets: the rows may confirm it, never
        // contradict it.
        let rows = discourse.lastRowValues.filter { $0.unit == unit }
        if rows.count >= Self.leastParts {
            let dated = analysis.explicitYear(of: total) != nil || analysis.hasEarlierMarker(tokens.indices)
            let selected = discourse.lastListUnderSelection
            return rows.map { dated ? $0.bound(OperandBinding(.positionOnly)) : selected ? $0.adding(.partOfList) : $0 }
        }
        guard counts.count < 2, let label = analysis.memoLabel, label.allSatisfy(Lexicon.sumCues.contains) else {
            // The rows of a list titled as a selection ('Top drie …') may confirm a total, never contradict it.
            if discourse.lastListUnderSelection { return counts.map { $0.adding(.partOfList) } }
            let begun = discourse.countsBeforeLast.filter { $0.unit == unit }
            return listBegunEarlier(counts, begun: begun, total: total) ?? counts
        }
        return memoLines(totalledBy: total, unit: unit)
    }

    /// Whether the parenthesis `inside` gives values of an earlier time ('(voorheen 22 en 20 uur)', '(vorig jaar 410
    /// en 380)') or of one year it opens with ('(2022: 2.310 en 3.790)'): they are no parts of a number before it, nor
    /// a rate's counts. A year for each value ('(2019: 402; 2020: 443)') may list parts.
    func holdsEarlierValues(_ inside: Range<Int>) -> Bool {
        let opens = inside.first.map { tokens[$0].kind == .word && Lexicon.formerly.contains(tokens[$0].text) } ?? false
        return opens || analysis.hasEarlierMarker(inside) || opensWithOneYear(inside)
    }

    /// Whether the parenthesis `inside` opens with a year and ':' and names no other year: all its values are of it.
    private func opensWithOneYear(_ inside: Range<Int>) -> Bool {
        guard let first = inside.first, first + 1 < inside.upperBound, tokens[first].kind == .year,
            tokens[first + 1].isMark(":")
        else { return false }
        return !inside.dropFirst().contains { tokens[$0].kind == .year }
    }

    /// 'Aan A werd € 333 mln uitgegeven. Voor B was dat € 402 mln en voor C € 71 mln. Samen ging het om € 806 mln.':
    /// counts of the sentence before that fall short of the total, beyond their rounding, may continue a list the
    /// sentence before them began; with its counts of the unit before them, they may confirm the total, never
    /// contradict it. Nil when they reach it or `begun`, the counts of the sentence before them, is empty.
    private func listBegunEarlier(_ counts: [Operand], begun: [Operand], total: Int) -> [Operand]? {
        guard counts.count >= 2, !begun.isEmpty, let least = operand(total).bounds.lower,
            let reach = Operand(summing: counts).bounds.upper, reach < least
        else { return nil }
        return (begun + counts).map { $0.adding(.partOfList) }
    }

    /// 'De commissie deed 1.755 uitspraken. Daarnaast werden 1.630 klachten geschikt en 1.427 ingetrokken; samen
    /// 4.812 klachten.': a sentence that opens with a word of adding ('Daarnaast', 'Bovendien') goes on with what
    /// the sentence before counted, so the parts `before` its total that fall short of it may continue that
    /// sentence's list (`listBegunEarlier`): with its counts of `unit` they may confirm the total, never contradict it.
    private func listContinued(_ before: [Int], total: Int, unit: NumberUnit) -> [Operand]? {
        guard let first = tokens.first, first.kind == .word, Lexicon.addingOpeners.contains(first.text) else {
            return nil
        }
        let begun = discourse.lastCounts.filter { $0.unit == unit }
        return listBegunEarlier(before.map { operand($0) }, begun: begun, total: total)
    }

    /// The numbers of `unit` in a range that can be parts: no start or end value, no difference, no
    /// group size; counts in words only when no part is in digits.
    func candidates(_ unit: NumberUnit, in range: Range<Int>, groupSizes: Bool = false) -> [Int] {
        let structural = Set(pairs.flatMap { [$0.from, $0.to] } + bases)
        let found = numbers(unit, in: range).filter { index in
            !structural.contains(index) && !statesDifference(index)
                && (groupSizes || !(index >= 2 && tokens[index - 1].isMark("=") && tokens[index - 2].isWord("n")))
        }
        return preferringDigits(found)
    }

    /// The parts a total introduces after it: after ':', 'namelijk', 'opgeteld over', in the
    /// parenthesis right after it (or after its noun), or the list after 'respectievelijk' ('samen 38.400
    /// reizigers, respectievelijk 21.100 en 17.300'), which splits the total over the groups named before it.
    private func partsAfter(_ total: Int, unit: NumberUnit) -> [Int] {
        guard !endsOwnLine(total) else { return [] }
        var start = total + 1
        while start < tokens.count, tokens[start].kind == .word || tokens[start].kind == .year,
            start - total <= Self.introducerReach,
            !["namelijk", "opgeteld", "waarvan", Self.respectively].contains(tokens[start].text)
        {
            start += 1
        }
        guard start < tokens.count else { return [] }
        if tokens[start].isMark("("), let inside = analysis.parenthesis(after: start - 1) {
            return candidates(unit, in: inside)
        }
        let comma = tokens[start].isMark(",") ? 1 : 0
        if start + comma < tokens.count, tokens[start + comma].isWord(Self.respectively) {
            return coordinated(candidates(unit, in: (start + comma + 1)..<tokens.count))
        }
        if tokens[start].isMark(",") || tokens[start].isMark(";"), start + 1 < tokens.count,
            tokens[start + 1].isWord("opgeteld")
        {
            return candidates(unit, in: (start + 1)..<tokens.count)
        }
        guard tokens[start].isMark(":") || tokens[start].isWord("namelijk") || tokens[start].isWord("opgeteld") else {
            return []
        }
        return candidates(unit, in: (start + 1)..<tokens.count)
    }

    /// Whether the total ends its line and the next line opens with a capital: a line of its own ('Totaal te
    /// betalen € 2.183,85' over 'Betaalde termijnen: 12 x € 168'), whose parts are not what the lines under it give.
    /// Prose wrapped after a number goes on in lower case ('… 1.306' over 'aanvragen binnen: …').
    private func endsOwnLine(_ total: Int) -> Bool {
        guard total + 1 < tokens.count, analysis.line(of: total + 1) != analysis.line(of: total) else { return false }
        let start = tokens[total + 1].start
        return start < analysis.scalars.count && analysis.scalars[start].properties.isUppercase
    }

    /// How many words may stand between a total and what introduces its parts ('1.306 aanvragen voor
    /// schuldhulp ontvangen:').
    static let introducerReach = 6

    /// The total a 'waarvan' at `index` hangs on: the last count before it that is no start value, no
    /// base of a comparison and no difference ('6.412 …, 504 meer dan in 2022 (5.908), waarvan …': 6.412).
    func waarvanTotal(before index: Int, excluding part: Int? = nil) -> Int? {
        let compared = Set(pairs.map(\.from) + bases)
        return numbers(.count, in: 0..<index).last { candidate in
            candidate != part && !compared.contains(candidate) && !Self.isDifference(candidate, tokens)
        }
    }

    /// Whether the count at `index` is the whole a 'waarvan' after it splits ('… er 30, waarvan 12 in …').
    func isSplitByWaarvan(_ index: Int) -> Bool {
        ((index + 1)..<tokens.count).contains { place in
            tokens[place].depth == 0 && tokens[place].isWord("waarvan") && waarvanTotal(before: place) == index
        }
    }

    /// The numbers of a list after 'waarvan': those of `unit` in the rest of the sentence, ending 'en X'.
    private func listed(after index: Int, unit: NumberUnit) -> [Int] {
        coordinated(candidates(unit, in: (index + 1)..<tokens.count))
    }

    /// A list whose last number comes after 'en' ('41 …, 33 … en 22 …') or a referring word of the rest ('…; de
    /// overige 22', 'en de rest (22)', at the depth of that word); else none.
    func coordinated(_ parts: [Int]) -> [Int] {
        guard parts.count >= 2, let last = parts.last else { return [] }
        let rest = referringRest(before: last)
        guard rest != nil || tokens[parts[parts.count - 2]..<last].contains(where: { $0.isWord("en") }) else {
            return []
        }
        let depth = tokens[rest ?? last].depth
        return parts.filter { tokens[$0].depth == depth || $0 == last }
    }

    /// The values an average claimed at `index` is taken of: the list of numbers of its unit nearest
    /// to it in the sentence (numbers joined by ',', ';', '/', 'en' or '+' with at most `listGap` words
    /// between).
    func averagedValues(for index: Int) -> [Int] { averagedList(for: index).values }

    /// The operands of an average claimed at `index`: its values, tied by position only when they are a counted
    /// list in a stretch of its own ('…; de vier teams kwamen uit op 8, 10, 7 en 11 weken'), whose mean the
    /// claim need not be (each team's mean is not weighed by its number of cases).
    func averagedOperands(for index: Int) -> [Operand] {
        let list = averagedList(for: index)
        return list.values.map { list.byPosition ? operand($0).bound(OperandBinding(.positionOnly)) : operand($0) }
    }

    private func averagedList(for index: Int) -> (values: [Int], byPosition: Bool) {
        guard let unit = tokens[index].number?.unit, !comparesToAverage(index), !isPerOtherTime(index) else {
            return ([], false)
        }
        if let groups = sizedGroups(after: index) { return (groups.values, false) }
        // The list stands before the average, after it behind ':' ('gemiddeld 41 …: 38, 45, 36 en 49'), or
        // in the parenthesis after its phrase ('gemiddeld 1.215 cliënten per jaar (1.180 in 2021, …)').
        let colon = tokens[index...].firstIndex { $0.isMark(":") }.map { $0 + 1 } ?? tokens.count
        let after = parenthesisAfterPhrase(of: index)
        // The number of units a mean is per is none of its values ('… 11 arrondissementen; gemiddeld 2.513 per
        // arrondissement'), nor are the units a total is spread over ('4.230 meldingen, verdeeld over 9
        // medewerkers: gemiddeld 470 per persoon').
        let perUnit = perNoun(of: index)
        let values = numbers(unit, in: tokens.indices).filter { value in
            value != index && !pairs.contains { $0.to == value } && !isCuedTotal(value)
                && (value < index || value >= colon || after.contains(value))
                && !(perUnit.map { unit in
                    ReadingSanity.noun(after: value, in: tokens).map { Self.namesUnit($0, unit) } ?? false
                        || value > 0 && tokens[value - 1].isWord("over")
                } ?? false)
        }
        if let nearest = listRuns(values).min(by: { abs($0[0] - index) < abs($1[0] - index) }) {
            // The claimed mean is never its own list's first value ('Gemiddeld 1.250 meldingen in 2021, …').
            let start = labelledStart(of: nearest, unit: unit).flatMap { $0 == index ? nil : $0 }
            let list = start.map { [$0] + nearest } ?? nearest
            return mixesNouns(list, meanAt: index) ? ([], false) : (list, false)
        }
        return (countedListAfter(index, unit: unit), true)
    }

    /// Whether a word that names a total stands right before the number at `index`, only words between ('samen 1.040',
    /// 'in totaal 96'): the number is the total of the values before it, no value of their mean.
    func isCuedTotal(_ index: Int) -> Bool {
        (max(0, index - Self.totalReach)..<index).contains { start in
            guard let (_, end) = analysis.firstPhrase(Self.totalNamingCues, at: start), end <= index else {
                return false
            }
            return tokens[end..<index].allSatisfy { $0.kind == .word }
        }
    }

    /// The sum cues that name the number after them as a total ('samen', 'in totaal'); no verb of being or of coming
    /// out at ('bedroegen 41, 56 …', 'kwamen uit op 8, 10 …' open a list).
    private static let totalNamingCues = Lexicon.joiningCues + ["in totaal", "totaal"]

    /// Whether `values` count the noun the mean at `index` names and another noun besides ('Met 3.600 bezoekers en 12
    /// zalen … gemiddeld 300 bezoekers'): the values of one mean count one thing, so such a list is none.
    private func mixesNouns(_ values: [Int], meanAt index: Int) -> Bool {
        guard let own = ReadingSanity.noun(after: index, in: tokens) else { return false }
        let counted = values.map { countedValue($0, carried: false) }
        return counted.contains { $0.isNamed(by: own) } && counted.contains { $0.noun != nil && !$0.isNamed(by: own) }
    }

    /// '…gemiddeld 6,2 jaar …; de drie afdelingen kwamen uit op 5,4, 6,8 en 6,4 jaar': a list after ';' whose
    /// stretch counts its items before it, as many as it has.
    private func countedListAfter(_ index: Int, unit: NumberUnit) -> [Int] {
        guard let semicolon = tokens[index...].firstIndex(where: { $0.isMark(";") && $0.depth == 0 }) else { return [] }
        let after = numbers(unit, in: (semicolon + 1)..<tokens.count)
        return listRuns(after).first { run in
            numbers(.count, in: (semicolon + 1)..<run[0]).contains { tokens[$0].number?.value == Exact(run.count) }
        } ?? []
    }

    /// The sentence's longest list of values of one unit (the first of the longest), or none: a mean after the values
    /// is none of them (`listRuns(_:atMeans:)`).
    func longestList() -> [Int] {
        [NumberUnit.count, .percent].flatMap { listRuns(numbers($0, in: tokens.indices), atMeans: true) }
            .max { $0.count < $1.count } ?? []
    }

    /// The lists among numbers in order: runs of at least two joined by ',', ';', '/', 'en' or '+' with at most
    /// `listGap` tokens between, inside the same parentheses ('41 uur, volwassenen (5.190)' is no list). A value after
    /// a word that opens a total ('1.067, 1.128 en 1.051 faillissementen, samen 3.246') is no item of the run before;
    /// with `atMeans`, nor is one after an average word ('2.400 uur aan 1.200 leerlingen, gemiddeld 2 uur': a mean of
    /// what the values before count, no peer of them).
    func listRuns(_ values: [Int], atMeans: Bool = false) -> [[Int]] {
        var runs: [[Int]] = []
        for value in values {
            // A bracket of words only after a value names its item ('20,1 (Den Haag), …'): it is no gap.
            if let last = runs.last?.last,
                value - last - 1 - (Tokenizer.labelBracketEnd(after: last, tokens).map { $0 - last } ?? 0)
                    <= Self.listGap,
                tokens[value].depth == tokens[last].depth,
                tokens[(last + 1)..<value].contains(where: { Self.listMarks.contains($0.text) || $0.isWord("en") }),
                !tokens[(last + 1)..<value].contains(where: {
                    $0.kind == .word
                        && (Self.totalOpeners.contains($0.text) || atMeans && Lexicon.averageWords.contains($0.text))
                })
            {
                runs[runs.count - 1].append(value)
            } else {
                runs.append([value])
            }
        }
        return runs.filter { $0.count >= 2 }
    }

    /// The word that pairs a list with the groups named before it, in order.
    private static let respectively = "respectievelijk"

    /// Words that open the total of the values before them, not another value ('samen', 'in totaal').
    private static let totalOpeners: Set<String> = ["samen", "tezamen", "opgeteld", "bijeen", "totaal"]

    /// The first value of a list of values each with its year, when words stand between it and its year
    /// ('1.120 meldingen van huiselijk geweld in 2021, 1.260 in 2022 en 1.330 in 2023'): a value of the
    /// unit at most `labelledValueReach` words (and nothing else) before the year that closes its phrase,
    /// right before the joiner of the run, whose values each have their year after them.
    private func labelledStart(of run: [Int], unit: NumberUnit) -> Int? {
        guard let first = run.first, first >= 2, run.allSatisfy({ analysis.explicitYear(of: $0) != nil }),
            tokens[first - 1].isMark(",") || tokens[first - 1].isWord("en"), tokens[first - 2].year != nil
        else { return nil }
        var index = first - 3
        while index >= 0, tokens[index].kind == .word, first - 3 - index < Self.labelledValueReach { index -= 1 }
        guard index >= 0, tokens[index].number?.unit == unit, Self.isValue(index, tokens) else { return nil }
        return index
    }

    /// How many words may stand between a listed value and its year ('1.120 meldingen van huiselijk geweld in
    /// 2021').
    static let labelledValueReach = 8

    /// The parenthesis right after a number's phrase (the number and up to `nounReach` words): 'gemiddeld
    /// 6,8 jaar (…)'; empty when there is none.
    /// Else the parenthesis that closes the sentence, when its last value names what the number counts
    /// ('gemiddeld 6,4 weken voordat … (5,8, 6,9 en 6,2 weken).').
    func parenthesisAfterPhrase(of index: Int) -> Range<Int> {
        var phrase = index
        while phrase + 1 < tokens.count, tokens[phrase + 1].kind == .word, phrase - index < Self.nounReach {
            phrase += 1
        }
        if let inside = analysis.parenthesis(after: phrase) { return inside }
        guard let open = tokens.indices.last(where: { $0 > phrase && tokens[$0].isMark("(") }),
            let inside = analysis.parenthesis(after: open - 1),
            tokens[inside.upperBound...].dropFirst().allSatisfy({ $0.kind == .mark }),
            let noun = ReadingSanity.noun(after: index, in: tokens),
            let last = analysis.numberIndices.last(where: { inside.contains($0) }),
            ReadingSanity.noun(after: last, in: tokens) == noun
        else { return 0..<0 }
        return inside
    }

    /// 'sterker toe dan gemiddeld (5,9%)', '1,3 maanden langer dan het algemene gemiddelde van 8,9 maanden': an
    /// average the sentence compares with, not one of its list. 'dan' or 'als' opens the phrase the cue ends: at most
    /// `comparedPhraseWords` words (an article, adjectives) stand between them.
    private func comparesToAverage(_ index: Int) -> Bool {
        guard let cue = analysis.indices(of: Lexicon.averageWords, in: max(0, index - Self.averageCueReach)..<index)
            .last
        else { return false }
        let reach = max(0, cue - Self.comparedPhraseWords - 1)..<cue
        guard let than = reach.last(where: { tokens[$0].isWord("dan") || tokens[$0].isWord("als") }) else {
            return false
        }
        return tokens[(than + 1)..<cue].allSatisfy { $0.kind == .word }
    }

    /// Most words of a phrase between 'dan' and the average it compares with ('dan het algemene gemiddelde').
    private static let comparedPhraseWords = 2

    /// Marks that join the values of a list ('412 / 389 / 455').
    static let listMarks: Set<String> = [",", ";", "+", "/"]

    /// Most tokens between two numbers of one list ('Noord 34, Oost 41': ', Oost').
    static let listGap = 4
}
