/// A count with what it counts, for a mean per unit in the next sentence ('De extra 30 miljoen euro betaalt 260 fte.
/// Dat komt neer op gemiddeld ruim 115.000 euro per fte').
struct CountedValue: Sendable {
    let operand: Operand
    /// The content word right after it ('260 fte'), if any.
    let noun: String?
    /// The currency sign before it, if any.
    let currency: String
    /// The word after `noun` when a word follows it: the head of a phrase whose first word modifies it ('2.480 extra
    /// treinen', 'twaalf nieuwe scholen').
    var head: String? = nil

    /// The words that name what it counts: its noun, and the head after it when the noun ends in '-e' as an inflected
    /// adjective before its noun does ('4.820 gelogde duiken': 'gelogde' modifies 'duiken').
    var namingWords: [String] {
        guard let noun else { return [] }
        guard let head, noun.hasSuffix("e") else { return [noun] }
        return [noun, head]
    }

    /// Whether it counts `unit`: its noun, or the head after it, names that unit (`ClaimParser.namesUnit`).
    func counts(_ unit: String) -> Bool {
        [noun, head].contains { $0.map { ClaimParser.namesUnit($0, unit) } ?? false }
    }

    /// Whether `word` names what it counts: it counts `word`, or `word` is a form of its noun or head ('zaken' for
    /// '197.400 ingestroomde zaken').
    func isNamed(by word: String) -> Bool {
        counts(word) || [noun, head].contains { $0.map { ClaimParser.isForm(word, of: $0) } ?? false }
    }
}

/// Means of a total over a number of units: 'In twaalf gemeenten kwamen 7.980 meldingen binnen, gemiddeld 665 per
/// gemeente', 'per gemeente gemiddeld 665', 'een gemiddelde van 665 per gemeente'.
extension ClaimParser {
    /// A mean 'per' a unit whose number the claim's stretch gives ('twaalf gemeenten', 'vijf pilotgemeenten'), of
    /// the stretch's one other count (the total), or of the stretch before when the mean's makes no statement; a
    /// mean in a sentence with no other number that refers back ('Dat is gemiddeld …') takes them from the counts of
    /// the sentence before. When the mean names what it counts ('665 meldingen per gemeente'), the total must count
    /// it too. A rate of the total over the units, per one; none when more counts or several of the unit stand
    /// there. With no 'per', the unit may be the noun of a subject 'de gemiddelde X' (`averagedSubjectUnit`); the
    /// earlier level in a bracket after a count ('4.750 stuks (2022: 4.690)') is neither total nor units.
    func meanPerUnitReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        guard written.unit == .count else { return nil }
        let subject = averagedSubjectUnit(of: index)
        guard isAveraged(index) || restatesPerUnit(index) || subject != nil,
            let unit = perNoun(of: index)
                ?? (isAveraged(index) ? eachUnit(of: index) ?? unitWithoutPer(of: index) : nil) ?? subject,
            !namesEarlierLevelsYear(index)
        else { return nil }
        // The total and the units stand in the mean's own stretch: a count after ';' with a verb of its own ('…
        // kost gemiddeld 58.900 euro per cliënt; in 2023 verbleven 1.190 cliënten …') states something else.
        let stretches = analysis.stretches
        let earlier = Set(bracketedEarlierLevels.map(\.from))
        let own = numbers(.count, in: tokens.indices).filter {
            $0 != index && Self.isValue($0, tokens) && stretches[$0] == stretches[index] && !earlier.contains($0)
        }
        // A stretch of the mean alone that makes no statement ('…, verdeeld over elf regio's; gemiddeld 380 per
        // regio') or refers back ('…; dat is gemiddeld 33 miljoen per instelling') means the counts of the stretch
        // before it.
        let ownStretch = tokens.indices.filter { stretches[$0] == stretches[index] }
        // '…; bij 684 leerlingen is dat gemiddeld € 356 per leerling': a stretch that gives only the units and refers
        // back with 'dat' divides the total of the stretch before.
        let unitsOnly = !own.isEmpty && own.allSatisfy { countedValue($0).counts(unit) }
            && refersBack(analysis.stretchRange(stretches[index]))
        let before = stretches[index] > 0
            && (makesNoStatement(ownStretch) || opensWithReference(ownStretch) || unitsOnly)
            ? numbers(.count, in: tokens.indices).filter {
                Self.isValue($0, tokens) && stretches[$0] == stretches[index] - 1
            } : []
        var candidates: [CountedValue]
        var chosen: [Int] = []
        var fromSentenceBefore = false
        if !own.isEmpty || !before.isEmpty {
            chosen = own.isEmpty ? before : unitsOnly ? before + own : own
            guard !chosen.contains(where: { datesOtherwise(mean: index, $0) }) else { return nil }
            let named = ReadingSanity.noun(after: index, in: tokens).flatMap {
                tokens[index + 1].isWord("per") ? nil : $0
            }
            candidates = countedValues(chosen, mean: index, per: unit, own: named)
            // 'Per verhuizing (1.284) is dat € 85': a clause that refers back and counts only the units means the
            // total of the sentence before.
            if analysis.numberIndices.allSatisfy({ $0 == index || chosen.contains($0) }),
                candidates.allSatisfy({ $0.counts(unit) }), refersBack(analysis.clause(of: index))
            {
                candidates += discourse.lastCountedValues + discourse.lastEndLevels
                fromSentenceBefore = true
            }
        } else if analysis.numberIndices == [index], refersBack(analysis.clause(of: index)) {
            // The end value of a change there is a count of now ('486 cursussen (2022: 402)'), its total or units.
            (candidates, fromSentenceBefore) = (discourse.lastCountedValues + discourse.lastEndLevels, true)
        } else {
            return nil
        }
        guard !isPerTwoUnits(index) || isPerUnitPerStatedYear(index, before: fromSentenceBefore) else { return nil }
        var units = candidates.filter { $0.counts(unit) }
        if let unnamed = unnamedUnits(per: unit, mean: index, among: chosen) {
            (candidates, units) = ([countedValue(unnamed.total)], [countedValue(unnamed.units)])
        }
        var unitFactor = Exact(1)
        if units.isEmpty, let (place, factor) = Self.convertible(among: candidates, in: unit) {
            (units, unitFactor) = ([candidates.remove(at: place)], factor)
        }
        var totals = candidates.filter { !$0.counts(unit) }
        let eachCount = units.count == 1 ? countOfEachUnit(mean: index, per: unit, among: &totals) : nil
        // Per one of each, the 'per' unit's own count alone is no divisor ('elke Nederlander … per trein' counts none).
        let perUnitAlone = eachCount == nil && units.contains { $0.counts(unit) }
        guard !perUnitAlone || !isPerEachOfAnother(index, per: unit) else { return nil }
        // No count of the units: a mean per month of a total over a whole year the sentence states is over twelve;
        // else the one count of the unit in the paragraph's sentences before.
        guard totals.count == 1, totals[0].currency == written.currency,
            let count = units.count == 1
                ? Self.divisor(Operand(units[0].operand, scaledBy: unitFactor), times: eachCount)
                : units.isEmpty
                    ? unitsInStatedYear(unit, before: fromSentenceBefore)
                        ?? (fromSentenceBefore ? nil : unitsBefore(unit, mean: index)) : nil
        else { return nil }
        // '298 kilometer weg …, ofwel 8,5 meter per inwoner': the total in the mean's unit; none when the two are
        // units of different families.
        var total = totals[0].operand
        if let own = ReadingSanity.noun(after: index, in: tokens), !tokens[index + 1].isWord("per") {
            // '212 ton afval …, gemiddeld 2,5 kilo per bezoeker': two units of measure of one family name one thing;
            // 'stuks' counts the items of whatever the total counts ('218,9 miljoen poststukken, … 64.000 stuks').
            let measured = [totals[0].noun, own].allSatisfy { $0.flatMap(MeasureUnit.init(noun:)) != nil }
            let items = own == Self.itemsWord && totals[0].noun != nil && totals[0].currency.isEmpty
            guard totals[0].isNamed(by: own) || measured || items,
                let factor = RatioChecker.factor(from: totals[0].noun, to: own)
            else {
                return nil
            }
            total = Operand(total, scaledBy: factor)
        }
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        (claim.scale, claim.part, claim.whole) = (Exact(1), total, count)
        return claim
    }

    /// The count of the units that 'elk van de N X' or 'elke X' names for a mean at `index` that is also per `unit`
    /// ('Met 93.600 bezoekers in 52 weken ontving elk van de zes musea gemiddeld 300 bezoekers per week'): the mean
    /// is per one of each, so its divisor is the product of both counts. Taken out of `totals`, where it stood as a
    /// count that `unit` does not name; nil when the subject names no other unit, or none or both of `totals` count it.
    private func countOfEachUnit(mean index: Int, per unit: String, among totals: inout [CountedValue]) -> Operand? {
        guard totals.count == 2, isPerEachOfAnother(index, per: unit), let each = eachUnit(of: index) else {
            return nil
        }
        let named = totals.indices.filter { totals[$0].counts(each) }
        guard named.count == 1 else { return nil }
        return totals.remove(at: named[0]).operand
    }

    /// Whether the subject of the mean at `index` per `unit` is one of another unit ('elk van de zes musea … gemiddeld
    /// 300 bezoekers per week', `eachUnit`): the mean is per one of each, never per `unit` alone.
    func isPerEachOfAnother(_ index: Int, per unit: String) -> Bool {
        eachUnit(of: index).map { !Self.isForm($0, of: unit) && !Self.isForm(unit, of: $0) } ?? false
    }

    /// The divisor of a mean per `units`, or per one of each of `units` and `each`: their product, standing where the
    /// units stand (for the evidence that ties it to the mean).
    private static func divisor(_ units: Operand, times each: Operand?) -> Operand? {
        guard let each else { return units }
        var product = Operand(multiplying: [units, each])
        product?.token = units.token
        return product
    }

    /// The word that counts items of any kind ('64.000 stuks per bezorger').
    static let itemsWord = "stuks"

    /// The one count of `candidates` in another unit of the family of time or measure of `unit`, with how many of
    /// `unit` one of it is: the units of a mean per a unit of time that the total's period is counted in otherwise
    /// ('in de eerste 26 weken 184.000 reizigers, zo'n 1.000 per dag': 26 × 7 = 182 days), or the total of a mean whose
    /// own unit no count names ('196.000 uur' for '383 seconden': 3.600). Nil when `unit` is no unit of measure, two
    /// counts are of its family, or the two go into each other inexactly (months into days).
    static func convertible(among candidates: [CountedValue], in unit: String) -> (place: Int, factor: Exact)? {
        guard let measure = MeasureUnit(noun: unit) else { return nil }
        let alike = candidates.indices.compactMap { place in
            candidates[place].noun.flatMap(MeasureUnit.init(noun:)).flatMap { $0.factor(to: measure) }
                .map { (place, $0) }
        }
        return alike.count == 1 ? alike[0] : nil
    }

    /// Whether the mean's clause names a year that the clause of a value in another clause does not name ('…
    /// verwerkten samen 1.254 miljoen transacties; in 2022 verwerkten zij gemiddeld 30 miljoen per instelling'): the
    /// mean is then of another time than that value.
    private func datesOtherwise(mean index: Int, _ value: Int) -> Bool {
        let (own, other) = (analysis.clause(of: index), analysis.clause(of: value))
        let years = statedYears(in: own)
        return own != other && !years.isEmpty && years != statedYears(in: other)
    }

    /// The years `clause` names outside the labels of earlier levels in brackets ('In 2023 … 4.750 stuks (2022:
    /// 4.690)' names 2023): such a label dates its bracket's level, not the clause.
    private func statedYears(in clause: Range<Int>) -> Set<Int> {
        let labels = bracketedEarlierLevels.map { ($0.to + 1)..<$0.from }
        return Set(clause.filter { at in !labels.contains { $0.contains(at) } }.compactMap { tokens[$0].year })
    }

    /// The sentence's pairs whose start value stands in a bracket after their end ('4.750 stuks (2022: 4.690)', '€
    /// 68.900 (vorig jaar: € 71.300)'): the bracket gives a level of another time, no total nor units of a mean stated
    /// beside it ('…, gemiddeld € 14,51 per stuk').
    var bracketedEarlierLevels: [FromTo] {
        pairs.filter { $0.from > $0.to && tokens[$0.from].depth > tokens[$0.to].depth }
    }

    /// Whether the clause of the mean at `index` names a year that labels an earlier level in a bracket ('… 3.600
    /// broodjes (2023: 3.150) …, gemiddeld € 2,30 per broodje in 2023'): the mean is of that time, whose total and
    /// units the sentence does not both give outside the brackets.
    private func namesEarlierLevelsYear(_ index: Int) -> Bool {
        let labelled = Set(bracketedEarlierLevels.flatMap { tokens[($0.to + 1)..<$0.from].compactMap(\.year) })
        return !statedYears(in: analysis.clause(of: index)).isDisjoint(with: labelled)
    }

    /// Whether the amount at `index` restates the total before it per unit after a word that derives it, with no
    /// 'gemiddeld' ('€ 900.000 voor 120 cliënten, ofwel € 7.500 per cliënt', '… komt neer op € 137 per inwoner'):
    /// past its currency sign and hedge, one of `Lexicon.derivingPhrases` ends right before it; or in an apposition
    /// that closes the sentence ('…, ruim 3,7 per wedstrijd': `opensRateApposition(at:amount:)`).
    func restatesPerUnit(_ index: Int) -> Bool {
        let position = amountOpening(index)
        return Lexicon.derivingPhrases.contains { analysis.phraseStart($0, endingBefore: position) != nil }
            || opensRateApposition(at: position, amount: index)
    }

    /// The token that opens the phrase of the amount at `index`: a word of precision before it ('…, precies 1.535 per
    /// machine'), else its hedge, else its currency sign, else itself.
    func amountOpening(_ index: Int) -> Int {
        var position = index
        if position > 0, tokens[position - 1].isMark("€") { position -= 1 }
        if let (_, first) = Tokenizer.hedge(before: position, in: tokens) { position = first }
        if position > 0, Lexicon.precisionWords.contains(tokens[position - 1].text) { position -= 1 }
        return position
    }

    /// The counts of the sentence that are no start or end value and no rate per a scale, with what they count.
    func countedValues() -> [CountedValue] { countedIndices().map { countedValue($0) } }

    /// The tokens of the counts of the sentence that are no start or end value (`levelValues`) and no rate per a
    /// scale.
    func countedIndices() -> [Int] {
        let levels = levelValues
        return numbers(.count, in: tokens.indices).filter {
            !levels.contains($0) && Self.isValue($0, tokens) && Self.statedScale(of: $0, in: tokens) == nil
        }
    }

    /// The count at `index` with what it counts, as an operand of another sentence (`carried`) or of its own.
    func countedValue(_ index: Int, carried: Bool = true) -> CountedValue {
        let next = ReadingSanity.noun(after: index, in: tokens)
        let noun = next ?? ReadingSanity.noun(pastInfinitiveAfter: index, in: tokens) ?? bracketedUnits(index)
        let head = next == nil ? nil : suspendedHead(after: index) ?? ReadingSanity.noun(after: index + 1, in: tokens)
        let own = operand(index)
        return CountedValue(
            operand: carried ? own.carriedOver : own, noun: noun, currency: tokens[index].number?.currency ?? "",
            head: head)
    }

    /// The unit a bare count in brackets right after the noun of 'per' counts ('€ 8,98 per bezoeker (71.300)', 'Per
    /// object (342) komt dat neer op …'): the bracket gives the number of the units the rate is per, as '71.300
    /// bezoekers' would. Nil for a count elsewhere, or with a word in its bracket.
    private func bracketedUnits(_ index: Int) -> String? {
        guard index >= 3, index + 1 < tokens.count, tokens[index - 1].isMark("("), tokens[index + 1].isMark(")"),
            tokens[index - 3].isWord(TableRowColumns.rateMark), tokens[index].number?.currency.isEmpty == true
        else { return nil }
        return ReadingSanity.noun(after: index - 3, in: tokens)
    }

    /// '312 oorlogs- en monumentale graven': after a count whose noun is the first part of a compound that a hyphen
    /// leaves for the word after 'en' or 'of' to complete, the noun of that word's phrase (the second of two words of
    /// content: 'graven'; else the first) is what the count counts.
    private func suspendedHead(after index: Int) -> String? {
        guard index + 3 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].text.hasSuffix("-"),
            tokens[index + 2].isWord("en") || tokens[index + 2].isWord("of")
        else { return nil }
        let first = ReadingSanity.noun(after: index + 2, in: tokens)
        return ReadingSanity.noun(after: index + 3, in: tokens).flatMap { word in
            ContrastedGroups.isContent(word) ? word : nil
        } ?? first
    }

    /// Whether a word names a unit: a form of it, or a compound that ends in one ('pilotgemeenten' for 'gemeente',
    /// 'verblijfsdagen' for 'dagen').
    static func namesUnit(_ word: String, _ unit: String) -> Bool {
        if isForm(word, of: unit) { return true }
        guard unit.count >= leastCompoundHead, word.count > leastCompoundHead else { return false }
        var start = word.index(word.startIndex, offsetBy: leastCompoundHead)
        while start < word.endIndex {
            if isForm(String(word[start...]), of: unit) { return true }
            start = word.index(after: start)
        }
        return false
    }

    /// The fewest letters of each part of a compound that names a unit ('pilot' + 'gemeenten').
    static let leastCompoundHead = 3

    /// Whether the clause of the value at `index` names two units after 'per' in a row ('4,2 uur per vrijwilliger per
    /// week', 'per team per jaar'): a mean of the total over the product of both counts, not over the first alone.
    func isPerTwoUnits(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        return clause.contains { at in
            at + 2 < clause.upperBound && tokens[at].isWord("per") && tokens[at + 1].kind == .word
                && tokens[at + 2].isWord("per")
        }
    }

    /// Whether the mean at `index` is per a unit and then 'per jaar' ('€ 1.255 per huishouden per jaar') of a total
    /// over the one whole year its sentence states (with `before`, the sentence before it: 'In 2023 ontvingen 4,7
    /// miljoen huishoudens samen € 5,9 miljard. Dat is gemiddeld € 1.255 per huishouden per jaar.'): the total is
    /// that year's, so its mean per unit is already per year.
    private func isPerUnitPerStatedYear(_ index: Int, before: Bool) -> Bool {
        let clause = analysis.clause(of: index)
        let pers = clause.filter { tokens[$0].isWord("per") && $0 + 1 < clause.upperBound }
        guard pers.count == 2, pers[1] == pers[0] + 2, Self.isForm(tokens[pers[1] + 1].text, of: Self.yearUnit)
        else { return false }
        return before ? namesNoYear && discourse.lastWholeYearLine != nil : statedWholeYear() != nil
    }

    /// Whether the sentence names no year and no word 'jaar' but in 'per jaar'.
    private var namesNoYear: Bool {
        !tokens.indices.contains { at in
            tokens[at].year != nil || tokens[at].isWord(Self.yearUnit) && !(at > 0 && tokens[at - 1].isWord("per"))
        }
    }

    /// The unit of a mean per year.
    private static let yearUnit = "jaar"

    /// The one count of `unit` in the paragraph's sentences before the mean at `index` ('In de wijk staan 1.280
    /// woningen. Samen verbruikten ze 1.446.400 m³, gemiddeld 1.130 m³ per woning.'), when the mean's own sentence
    /// gives its total but no count of its unit (the end value of a change counts: 'Het aantal vrijwilligers nam toe
    /// tot 146 (2022: 117)'): none when two counts name the unit, or it is a part of another
    /// count, ends a list, is a mean itself, or is of another year or region than the mean's sentence.
    private func unitsBefore(_ unit: String, mean index: Int) -> Operand? {
        let named = (discourse.paragraphCounts + discourse.paragraphEndLevels).filter { $0.counted.isNamed(by: unit) }
        guard named.count == 1, let count = named.first, !count.isPart, !count.endsList, !count.isMean,
            !opensWithScope(absentFrom: count.counted.operand)
        else { return nil }
        let periods = Set([analysis.frame(for: index, discourse: discourse).later, count.period].compactMap { $0 })
        let regions = Set([Set(analysis.regions.map(\.code)), count.regions].filter { !$0.isEmpty })
        return periods.count <= 1 && regions.count <= 1 ? count.counted.operand : nil
    }

    /// Whether the sentence opens with a place or group of its own (`opensWithScopeOfItsOwn`: 'In de nieuwbouwwijk
    /// Oosterveld verbruikten …'; not 'Bij een kale huur van …') none of whose first words the sentence of `operand`
    /// names ('De gemeente telt 12.400 woningen.'): what the sentence counts is then of that place or group, not of
    /// the count before.
    func opensWithScope(absentFrom operand: Operand) -> Bool {
        guard opensWithScopeOfItsOwn, !tokens[1].isWord("een"), !opensWithAmountOfMatter,
            let other = operand.written?.tokens
        else {
            return false
        }
        let scope = tokens[1..<min(tokens.count, 1 + Self.scopeReach)].filter {
            $0.kind == .word && ContrastedGroups.isContent($0.text)
        }
        return !scope.isEmpty && !scope.contains { word in
            other.contains { $0.kind == .word && Self.areForms($0.text, word.text) }
        }
    }

    /// Whether the sentence's opening phrase states an amount of a matter ('Voor de zaalhuur van € 6.250 komt het neer
    /// op …'): 'van' and a number within `scopeReach` words after its preposition; a quantity, no place or group.
    private var opensWithAmountOfMatter: Bool {
        guard let van = tokens.indices.dropFirst().prefix(Self.scopeReach).first(where: { tokens[$0].isWord("van") })
        else { return false }
        let amount = van + 1 < tokens.count && tokens[van + 1].isMark("€") ? van + 2 : van + 1
        return amount < tokens.count && tokens[amount].number != nil
    }

    /// How many words after its preposition a sentence's opening place or group is looked for in ('In de
    /// nieuwbouwwijk Oosterveld').
    static let scopeReach = 3

    /// The unit a mean at `index` is per: the word after 'per' in its phrase after it ('665 (meldingen) per
    /// gemeente', '1.130 m³ per woning': a superscript glued to a word is its unit's power), else after a 'per' that
    /// opens the stretch of its clause before it ('per gemeente gemiddeld 665').
    func perNoun(of index: Int) -> String? {
        if let per = perAfter(index) { return tokens[per + 1].text }
        // The reach and the words between are counted from the amount's phrase, past its currency sign and hedge
        // ('kwam de omzet per fte uit op zo'n € 145.000').
        let opening = amountOpening(index)
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, opening - Self.averageCueReach - 2)
        guard let per = (start..<opening).last(where: { tokens[$0].isWord("per") }), per + 1 < opening,
            tokens[per + 1].kind == .word, tokens[(per + 1)..<opening].allSatisfy({ $0.kind == .word }),
            !isAmountsPer(per)
        else { return nil }
        return tokens[per + 1].text
    }

    /// Whether the 'per' at `per` is the one of an amount before it ('Bij een prijs van € 90 per ton kwamen de kosten
    /// uit op € 95.760'): it names no unit of an amount after it. Not when an article stands between them: it opens
    /// a noun phrase of its own, whose 'per' it is ('Bij een omzet van € 1,5 mln kwam de omzet per stoel uit op …').
    func isAmountsPer(_ per: Int) -> Bool {
        analysis.numberIndices.contains { amount in
            amount < per && perAfter(amount) == per
                && !tokens[(amount + 1)..<per].contains { $0.kind == .word && Lexicon.articles.contains($0.text) }
        }
    }

    /// The 'per' of the phrase right after the amount at `index` with a word after it ('665 (meldingen) per
    /// gemeente', '1.130 m³ per woning': a superscript glued to a word is its unit's power), if any.
    func perAfter(_ index: Int) -> Int? {
        var position = index + 1
        while position < tokens.count,
            tokens[position].kind == .word || LineShape.isFootnoteMark(tokens, at: position),
            !tokens[position].isWord("per"), position - index <= Self.nounReach
        {
            position += 1
        }
        return position + 1 < tokens.count && tokens[position].isWord("per") && tokens[position + 1].kind == .word
            ? position : nil
    }
}
