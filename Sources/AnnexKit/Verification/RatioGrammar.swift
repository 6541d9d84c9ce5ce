/// Rates: a number per a round scale ('45 per 1.000 inwoners', 'De instroom per 100.000 inwoners
/// bedroeg 61,2'), taken of the counts 'A … op B' of the sentence ('807 duizend misdrijven op 17,8
/// miljoen inwoners').
extension ClaimParser {
    /// The scale of a rate claimed at `index`: 'per N' right after it (past its noun), or 'per N'
    /// earlier in the sentence when the number follows a verb of being ('bedroeg 61,2').
    func rateScale(of index: Int) -> Exact? {
        if let per = Self.per(after: index, in: tokens, reach: Self.nounReach),
            let scale = Self.scale(tokens[per + 1])
        {
            return scale
        }
        guard isAfterBeingVerb(index) else { return nil }
        return tokens.indices.first { $0 + 1 < index && tokens[$0].isWord("per") && Self.scale(tokens[$0 + 1]) != nil }
            .flatMap { Self.scale(tokens[$0 + 1]) }
    }

    /// Verbs after which a number is what the subject amounts to ('bedroeg 61,2', 'lag op 234').
    static let beingVerbs: Set<String> = [
        "bedroeg", "bedraagt", "bedroegen", "bedragen", "was", "is", "waren", "lag", "ligt",
    ]

    /// Where 'per' stands after the number at `index`, with only words between, at most `reach` tokens
    /// on, and a token after it ('6,4 per 100', '34 meldingen per 10.000 inwoners'); nil when it does not.
    static func per(after index: Int, in tokens: [Token], reach: Int) -> Int? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, position - index <= reach,
            !tokens[position].isWord("per")
        {
            position += 1
        }
        return position + 1 < tokens.count && tokens[position].isWord("per") ? position : nil
    }

    /// Whether a number follows a verb of being ('bedroeg 61,2', 'lag het gemiddelde op 234').
    func isAfterBeingVerb(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        if Self.beingVerbs.contains(tokens[index - 1].text) { return true }
        return tokens[index - 1].isWord("op")
            && tokens[..<(index - 1)].suffix(Self.nounReach).contains { ["lag", "ligt"].contains($0.text) }
    }

    static func scale(_ token: Token) -> Exact? {
        if token.kind == .label || token.kind == .word, let value = Lexicon.scaleWords[token.text.lowercased()] {
            return Exact(value)
        }
        guard token.kind == .label, let value = Exact(decimal: token.text.replacingOccurrences(of: ".", with: ""))
        else { return nil }
        return Lexicon.scales.contains(value) ? value : nil
    }

    /// The scale of the rate a number states: 'per N' in its phrase after it ('6,4 per 100', '34 meldingen per
    /// 10.000 inwoners'), or after the number it is set against (`scalePartner(of:in:)`) or of the rate it is set
    /// against before it ('€ 47,50 per 100 kilo, tegen € 61,69': `leadingRatePer(of:in:)`), or before it with no mark
    /// between ('Per 100 inwoners maken er 7,4 gebruik', 'Het aantal … per 1.000 verpleegdagen daalde van 4,8 naar
    /// 3,6'); nil for no rate.
    static func statedScale(of index: Int, in tokens: [Token]) -> Exact? {
        if let per = per(after: index, in: tokens, reach: ratePhraseReach) { return scale(tokens[per + 1]) }
        if let partner = scalePartner(of: index, in: tokens),
            let per = per(after: partner, in: tokens, reach: ratePhraseReach)
        {
            return scale(tokens[per + 1])
        }
        if let per = leadingRatePer(of: index, in: tokens) { return scale(tokens[per + 1]) }
        // Back to 'per' with no mark between, that is no other number's ('5,2 per 100 werknemers bij 4.800', 'bij 2
        // cliënten per 1.000 inwoners zijn dat 80 cliënten').
        for position in stride(from: index - 1, through: 0, by: -1) {
            if tokens[position].isWord("per"), position + 1 < index {
                let owner = position >= 2 && tokens[position - 1].kind == .word ? position - 2 : position - 1
                return owner >= 0 && tokens[owner].kind == .number ? nil : scale(tokens[position + 1])
            }
            guard tokens[position].kind != .mark else { return nil }
        }
        return nil
    }

    /// '2,3 gedetineerden per fte' where the sentence counts '9.540 gedetineerden' and '4.240 fte': a
    /// rate of one noun per another, each the noun of one other count of the sentence.
    func perNounReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        var per = index + 1
        while per < tokens.count, tokens[per].kind == .word, !tokens[per].isWord("per"), per - index <= Self.nounReach {
            per += 1
        }
        guard per > index + 1, per + 1 < tokens.count, tokens[per].isWord("per"), tokens[per + 1].kind == .word,
            !isPerTwoUnits(index), !isPerEachOfAnother(index, per: tokens[per + 1].text)
        else { return nil }
        func counted(_ noun: String) -> Int? {
            let found = numbers(.count, in: tokens.indices).filter {
                $0 != index && $0 + 1 < tokens.count && tokens[$0 + 1].kind == .word
                    && Self.isForm(tokens[$0 + 1].text, of: noun)
            }
            return found.count == 1 && !endsBareList(found[0]) ? found[0] : nil
        }
        guard let part = counted(tokens[index + 1].text), let whole = counted(tokens[per + 1].text),
            let divisor = jointDivisor(ofMeanAt: index, whole: whole, part: part)
        else { return nil }
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        (claim.scale, claim.part, claim.whole) = (Exact(1), operand(part), divisor)
        return claim
    }

    /// Whether the count at `index` ends a list whose other values stand bare ('310, 280, 190 en 220 leerlingen'): the
    /// noun after it counts every value of the list, so it is no count of that noun on its own ('9.540 gedetineerden
    /// en 4.240 fte' names a noun for each).
    func endsBareList(_ index: Int) -> Bool {
        let before = listRuns(numbers(.count, in: tokens.indices)).first { $0.contains(index) }?.prefix { $0 < index }
        guard let before, !before.isEmpty else { return false }
        return before.allSatisfy { item in
            item + 1 < tokens.count && (tokens[item + 1].kind == .mark || tokens[item + 1].isWord("en"))
        }
    }

    /// 'Per fte … gemiddeld 27 cliënten (4.860 cliënten, 180 fte)', 'per 1.000 jongeren … bedroeg 118,3
    /// (11.950 trajecten op 101.000 jongeren)', '… per gedetineerde kwam uit op 87,5 (1.002.430 dagen voor
    /// 11.470 personen)': with 'per' in its clause (or a mean per one: 'Een consulent begeleidde gemiddeld
    /// 30 cliënten (…)'), a number followed by a parenthesis of two counts that it cannot be the mean of is
    /// their ratio, the first over the second, times the scale of 'per N' (else 1). The two counts may also follow
    /// a colon that closes the number's phrase, and a mean ('gemiddeld') or a rate per each of a unit ('Op elke
    /// kamer …') needs no 'per', when a word of division joins them ('…: 12.604 toezichten op 450 fte'); joined by
    /// 'goed voor' the units come first ('gemiddeld 2,4 nachten: 1.500 gasten waren goed voor 3.600 overnachtingen').
    func pairedRateReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        // A percentage is a share or a change, never a count per one.
        guard written.unit == .count else { return nil }
        let clause = analysis.clause(of: index)
        // 'Caseload per toezichthouder: 24,5 (…)': a memo's label before ':' names the rate of its value.
        let label = clause.lowerBound > 0 && tokens[clause.lowerBound - 1].isMark(":")
            ? analysis.clause(of: clause.lowerBound - 1) : clause
        let labelled = label.lowerBound..<clause.upperBound
        // 'per' of the number's own phrase, not one inside brackets ('… deeltijdbanen (12 tot 35 uur per week)').
        let per = labelled.first {
            tokens[$0].isWord("per") && $0 + 1 < labelled.upperBound && tokens[$0].depth == tokens[index].depth
        }
        var phrase = index
        while phrase + 1 < tokens.count, tokens[phrase + 1].kind == .word, phrase - index < Self.ratePhraseReach {
            phrase += 1
        }
        let bracketed = analysis.parenthesis(after: phrase)
        guard let inside = bracketed ?? colonTail(after: phrase), !holdsEarlierValues(inside) else { return nil }
        let counts = numbers(.count, in: inside)
        // An amount of money per unit is money over a count: two plain counts ('€ 400 per lid (120 leden, 30
        // jeugdleden)') give no such amount.
        guard counts.count == 2,
            written.currency.isEmpty || counts.contains(where: { tokens[$0].number?.isAmount == true })
        else { return nil }
        let divided = dividesCounts(counts[0], counts[1])
        let scale: Exact?
        if let per {
            scale = Self.scale(tokens[per + 1]) ?? (tokens[per + 1].kind == .word ? Exact(1) : nil)
        } else if perOneNoun(of: index) != nil || divided && (isAveraged(index) || namesEachUnit(before: index)) {
            scale = Exact(1)
        } else if namesRatio(before: index, in: labelled) {
            // A named ratio: two amounts of something, in the order of the claim's side of 1.
            guard isNamedRatioOf(index, first: counts[0], second: counts[1]) else { return nil }
            scale = Exact(1)
        } else {
            return nil
        }
        // Counts after a colon restate the rate only when a word of division joins them.
        guard let scale, bracketed != nil || divided else { return nil }
        let claimed = precise(written, direction: nil, derived: true)
        // The first over the second, unless the first counts what 'per' names: then it is the whole ('Per
        // casemanager gemiddeld 17,2 cliënten (31 casemanagers, 533 cliënten)', '(502 leidinggevenden op 4.812
        // medewerkers)'); after a scale ('Per 1.000 leden … (4.200 leden; 63 …)') only when no word of division joins
        // them. With no 'per', the first is the whole when 'goed voor' joins them (`accountsFor`).
        let scaled = per.map { Self.scale(tokens[$0 + 1]) != nil } ?? false
        let named = divided && scaled ? nil : per.flatMap { Self.perNamedNoun(at: $0, in: tokens) }
        let perFirst = named.map { noun in
            counts[0] + 1 < inside.upperBound && Self.isForm(tokens[counts[0] + 1].text, of: noun)
        } ?? (divided && accountsFor(counts[0], counts[1]))
        // A scale's 'per' names the whole ('per 1.000 leden'): two counts that each name another noun hold none.
        if scaled, let named, counts.allSatisfy({
            ReadingSanity.noun(after: $0, in: tokens).map { !Self.isForm($0, of: named) } ?? false
        }) {
            return nil
        }
        let (part, whole) = perFirst ? (operand(counts[1]), operand(counts[0]))
            : (operand(counts[0]), operand(counts[1]))
        guard !ReadingSanity.meanIsPossible(claimed, values: [part, whole], in: tokens) else { return nil }
        var claim = Claim(kind: .ratio, site: index, claimed: claimed)
        (claim.scale, claim.part, claim.whole) = (scale, part, whole)
        return claim
    }

    /// The noun 'per' at `per` names: the word right after it ('per casemanager'), or after its scale or another
    /// number ('per 1.000 leden', 'per 7 kilo'); nil when neither is a word.
    static func perNamedNoun(at per: Int, in tokens: [Token]) -> String? {
        var named = per + 1
        if named + 1 < tokens.count, tokens[named].kind == .number || scale(tokens[named]) != nil { named += 1 }
        return named < tokens.count && tokens[named].kind == .word ? tokens[named].text : nil
    }

    /// 'Een consulent begeleidde gemiddeld 30 cliënten': a clause whose subject is one of a kind ('een'
    /// and a noun open it) states a mean per one of them.
    /// The subject may also follow the verb ('Gemiddeld had een consulent 28 cliënten'): 'een' with no
    /// preposition before it.
    /// Its noun, the one the mean is per ('consulent'); nil for no such clause.
    func perOneNoun(of index: Int) -> String? {
        guard isAveraged(index) else { return nil }
        let clause = analysis.clause(of: index)
        return (clause.lowerBound..<index).first { first in
            first + 1 < index && tokens[first].isWord("een") && tokens[first + 1].kind == .word
                && !Lexicon.grammarWords.contains(tokens[first + 1].text)
                && tokens[clause.lowerBound..<first].allSatisfy {
                    $0.kind == .word && !Lexicon.prepositions.contains($0.text)
                }
        }.map { tokens[$0 + 1].text }
    }

    /// 'het landelijke cijfer van 29 per 10.000', 'landelijk 45%', 'in Nederland 12,1': a value of another
    /// population the sentence compares with, stated and not to be recomputed from the sentence's own counts.
    func isComparisonValue(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, index - Self.comparisonReach)
        return (start..<index).contains { position in
            tokens[position].kind == .word && Lexicon.comparisonPopulations.contains(tokens[position].text)
                || tokens[position].isWord("nederland") && position > 0 && tokens[position - 1].isWord("in")
        }
    }

    /// How many tokens before a number the word naming a comparison population may stand
    /// ('het landelijke cijfer van 29').
    static let comparisonReach = 4

    /// How many tokens a rate's phrase may have after its number ('34 meldingen per 10.000 inwoners').
    static let ratePhraseReach = 5

    /// Whether a word is a noun or its plural ('consulent', 'consulenten'; 'fte', 'fte's'; 'cel', 'cellen';
    /// 'school', 'scholen'; 'kind', 'kinderen'; 'centrum', 'centra').
    static func isForm(_ word: String, of noun: String) -> Bool {
        if let open = openSyllablePlural(of: noun), word == open { return true }
        // 'lid' 'leden', also in a compound ('jeugdlid' 'jeugdleden').
        if Lexicon.vowelChangePlurals.contains(where: { one, many in
            noun.hasSuffix(one) && word == noun.dropLast(one.count) + many
        }) {
            return true
        }
        // A Latin plural in '-a' of a noun in '-um' ('centrum' 'centra', 'museum' 'musea').
        if noun.hasSuffix("um"), word == noun.dropLast(2) + "a" { return true }
        if let voiced = voicedPlural(of: noun), word == voiced { return true }
        guard word.hasPrefix(noun), let last = noun.last else { return false }
        let ending = word.dropFirst(noun.count)
        return ["", "en", "n", "s", "'s", "’s", "eren", String(last) + "en"].contains(String(ending))
    }

    /// The plural of a noun whose long vowel is written double before its last consonant, written once in the open
    /// syllable of the plural ('school' 'scholen', 'week' 'weken', 'uur' 'uren'); none for other nouns.
    static func openSyllablePlural(of noun: String) -> String? {
        let letters = Array(noun)
        guard letters.count >= 3, let last = letters.last, !doubledVowels.contains(last),
            letters[letters.count - 2] == letters[letters.count - 3], doubledVowels.contains(letters[letters.count - 2])
        else { return nil }
        return String(letters.dropLast(2)) + String(last) + "en"
    }

    /// The plural of a noun that ends in 'f' or 's', voiced to 'v' or 'z' before '-en', a doubled vowel before it
    /// written once ('hof' 'hoven', 'bedrijf' 'bedrijven', 'huis' 'huizen', 'graaf' 'graven'); none for other nouns.
    static func voicedPlural(of noun: String) -> String? {
        guard let last = noun.last, let voiced = voicedEndings[last] else { return nil }
        var stem = Array(noun.dropLast())
        guard stem.count >= 2 else { return nil }
        if stem[stem.count - 1] == stem[stem.count - 2], doubledVowels.contains(stem[stem.count - 1]) {
            stem.removeLast()
        }
        return String(stem) + String(voiced) + "en"
    }

    /// The last consonants Dutch voices in a plural in '-en' ('f' → 'v', 's' → 'z').
    private static let voicedEndings: [Character: Character] = ["f": "v", "s": "z"]

    /// The vowels Dutch writes double for a long vowel in a closed syllable ('aa', 'ee', 'oo', 'uu').
    private static let doubledVowels: Set<Character> = ["a", "e", "o", "u"]

    /// Whether two words are forms of one noun, either the other's plural or the same ('cel', 'cellen').
    static func areForms(_ one: String, _ other: String) -> Bool {
        isForm(one, of: other) || isForm(other, of: one)
    }

    func ratioReading(_ index: Int, _ written: WrittenNumber, scale: Exact) -> Claim {
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        claim.scale = scale
        if isComparisonValue(index) { return claim }
        // The rate's phrase: the words after it, ending perhaps in an abbreviation ('per 10.000 inw. (…)').
        var phrase = index
        while phrase + 1 < tokens.count, phrase - index <= Self.ratePhraseReach,
            tokens[phrase + 1].kind == .word || tokens[phrase + 1].kind == .label
                || tokens[phrase + 1].isMark(".") && tokens[phrase].kind == .word
        {
            phrase += 1
        }
        if let (part, whole) = countedOnPair(for: index, phrase: phrase) {
            claim.part = operand(part)
            claim.whole = operand(whole)
        }
        // '34 meldingen per 10.000 inwoners (1.190 meldingen, 350.000 inwoners)': the two counts of the parenthesis
        // after the rate's phrase.
        // 'Tiel (42.000 inwoners, 197 meldingen) met 4,7 per 1.000 inwoners': the bracket after the rate's subject,
        // words only between it and the rate, when no bracket follows the rate's phrase.
        if claim.part == nil, let per = (index..<phrase).first(where: { tokens[$0].isWord("per") }),
            let inside = analysis.parenthesis(after: phrase) ?? parenthesis(before: index),
            let (part, whole) = bracketedOperands(inside, per: per, phrase: phrase)
        {
            (claim.part, claim.whole) = (operand(part), operand(whole))
        }
        // 'Op de 238.000 inwoners is dat 2,2 per duizend': the part is the quantity 'dat' refers to.
        if claim.part == nil, let at = tokens.indices.first(where: { tokens[$0].isWord("op") && $0 != index - 1 }),
            let whole = number(after: at), whole != index, tokens[whole].number?.unit == .count,
            numbers(.count, in: tokens.indices).allSatisfy({ [whole, index].contains($0) }),
            refersBack(analysis.clause(of: index)), let topic = discourse.topic(needingValue: true),
            let part = operand(topic), part.unit == .count
        {
            claim.part = part
            claim.whole = operand(whole)
        }
        if claim.part == nil, let (part, whole) = populationOperands(rate: index) {
            (claim.part, claim.whole) = (part, whole)
        }
        if claim.part == nil, let (part, whole) = paragraphRateOperands(index, written) {
            (claim.part, claim.whole) = (part, whole)
        }
        return claim
    }

    /// The counts 'A … op B' a rate at `index` is taken of: B right after 'op', A the count before it; a B that is a
    /// rate itself ('lag op 9 per 1.000') makes no pair. Of several such pairs ('93 … op 7,4 miljoen inwoners (12,6
    /// per miljoen), daarbuiten 194 op 10,5 miljoen inwoners (18,5 per miljoen)'), the nearest before the rate when the
    /// rate is the one number between that pair and the next (or the sentence's end); none when two rates follow one
    /// pair ('… en 90 op 3,0 miljoen, ofwel 20,0 en 30,0 per miljoen'). A pair in the bracket right after the rate's
    /// `phrase` is the rate's own ('(312 op 45.100), in Limburg 5,8 per 1.000 (268 op 46.300)'), unless the bracket
    /// opens with a label and a colon: its pair is of that label's year or group ('3,0 per 100 (2022: 41 op 1.178)',
    /// '1,5 per 1.000 sessies (Q3 vorig jaar: 31 blessures op 16.880 sessies, …)'), no pair of the rate. An 'op'
    /// after a particle of a level reached ('kwam uit op 5.980', 'komt neer op 12') sets no count against another.
    private func countedOnPair(for index: Int, phrase: Int) -> (part: Int, whole: Int)? {
        let labelled = analysis.parenthesis(after: phrase).flatMap { inside in
            Self.labelColon(openingAt: inside.lowerBound - 1, tokens) != nil ? inside : nil
        }
        let pairs = tokens.indices.compactMap { position -> (part: Int, whole: Int)? in
            guard tokens[position].isWord("op"), position != index - 1,
                position == 0 || !Lexicon.levelParticles.contains(tokens[position - 1].text),
                labelled?.contains(position) != true,
                let whole = number(after: position),
                whole != index, tokens[whole].number?.unit == .count,
                Self.per(after: whole, in: tokens, reach: Self.ratePhraseReach) == nil,
                let part = numbers(.count, in: 0..<position).last(where: { $0 != index })
            else { return nil }
            return (part, whole)
        }
        guard pairs.count > 1 else { return pairs.first }
        if let inside = analysis.parenthesis(after: phrase),
            let own = pairs.first(where: { inside.contains($0.part) && inside.contains($0.whole) })
        {
            return own
        }
        guard let nearest = pairs.lastIndex(where: { $0.whole < index }) else { return nil }
        let next = nearest + 1 < pairs.count ? pairs[nearest + 1].part : tokens.count
        let between = ((pairs[nearest].whole + 1)..<max(next, pairs[nearest].whole + 1)).filter {
            tokens[$0].kind == .number
        }
        return between == [index] ? pairs[nearest] : nil
    }

    /// Of the two counts of a rate's bracket, the part and the whole: the whole is the group's size ('(n = 800,
    /// waarvan 200 …)'), the one a whole's marker introduces ('op een populatie van'), the one after '/' ('(2.000
    /// meldingen / 500.000 inwoners)'), else the one that counts what 'per N' names.
    private func bracketedOperands(_ inside: Range<Int>, per: Int, phrase: Int) -> (part: Int, whole: Int)? {
        let counts = numbers(.count, in: inside)
        guard counts.count == 2 else { return nil }
        let named = per + 2 <= phrase ? counts.filter { count in
            count + 1 < tokens.count && Self.isForm(tokens[count + 1].text, of: tokens[per + 2].text)
        } : []
        let divided = tokens[counts[0]..<counts[1]].contains { $0.isMark("/") }
        // A group's size is the whole when the other count names what it counts ('200 recidivisten'), not
        // when it is another value of the size ('(n = 800; 2022: 750)').
        let sized = counts.filter(isSampleSize).filter { size in
            counts.allSatisfy { $0 == size || $0 + 1 < inside.upperBound && tokens[$0 + 1].kind == .word }
        }
        guard let whole = [sized, counts.filter(isWholeMarked), divided ? [counts[1]] : [], named].first(where: {
            $0.count == 1
        })?.first, let part = counts.first(where: { $0 != whole })
        else { return nil }
        return (part, whole)
    }

    /// The bracket that closes before the number at `index` with at most `nounReach` words between ('Tiel (…) met
    /// 4,7'), without its brackets.
    private func parenthesis(before index: Int) -> Range<Int>? {
        var close = index - 1
        while close >= 0, tokens[close].kind == .word, index - close <= Self.nounReach { close -= 1 }
        guard close > 0, tokens[close].isMark(")"), tokens[close].depth == tokens[index].depth,
            let open = tokens[..<close].lastIndex(where: { $0.isMark("(") && $0.depth == tokens[close].depth })
        else { return nil }
        return (open + 1)..<close
    }
}
