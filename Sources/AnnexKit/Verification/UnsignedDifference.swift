/// A difference with no direction that names nothing it is a difference of: 'Het verschil bedraagt 310 fietsen',
/// 'Het verschil is zestien meldingen', 'Een verschil van 4 procentpunt.', 'Verschil: 9 %-punt'. After a sentence
/// that gives two values of its unit and no other (two groups it contrasts, the start and end of a change, two counts
/// of one clause), or after two sentences that give one each (`sidesOneEach(of:)`), it is the larger less the smaller
/// of them. A difference of something named ('Het verschil met 2020', 'Het verschil in uitval', 'Het verschil tussen de
/// wijken', 'Tussen de wijken zit een verschil van …') is not read this way. Numbers after a ';' that follows it are
/// none of its sides (`isPastSemicolon(_:from:)`).
extension ClaimParser {
    /// Whether the number at `index` is what a bare 'verschil' before it is said to be: the noun opens the sentence
    /// or follows an article or a mark, and nothing but a verb of being, 'van', a colon, hedges, a currency sign and
    /// words that refer back ('dus', 'daarmee') stands between them. The noun may name the two values before as a pair
    /// ('Het verschil tussen beide groepen bedraagt 40', `pastPairReference(after:)`), and the number may stand alone
    /// in an apposition to it ('Het verschil, € 40, is gereserveerd', `isApposedToNoun(_:noun:)`).
    func isBareDifference(_ index: Int) -> Bool {
        if isWhatDiffers(index) { return true }
        guard
            let noun = (0..<index).last(where: { tokens[$0].kind == .word && Self.isDifferenceNoun(tokens[$0].text) }),
            noun == 0 || tokens[noun - 1].isWord("het") || tokens[noun - 1].isWord("een")
                || tokens[noun - 1].kind == .mark,
            // 'Tussen de jongste groep en de oudste zit een verschil van 582': the sides are named before the noun.
            !(analysis.clause(of: noun).lowerBound..<noun).contains(where: { tokens[$0].isWord("tussen") })
        else { return false }
        if isApposedToNoun(index, noun: noun) { return true }
        return tokens[pastPairReference(after: noun)..<index].allSatisfy { token in
            token.isMark(":") || token.isMark("€") || token.isWord("van") || token.kind == .word
                && (Self.beingVerbs.contains(token.text) || Lexicon.hedges[token.text] != nil
                    || Lexicon.backReferences.contains(token.text))
        }
    }

    /// Whether the count at `index` is what the verb 'schelen' says the values before differ by, as 'het verschil is'
    /// says it: 'Dat scheelt € 640', 'Het scheelde ruim 300 leden'. One word that refers back opens the sentence, a
    /// form of the verb follows, and only hedges, a currency sign and words that refer back stand between it and the
    /// count. A percentage it says ('Dat scheelt 26 procent') is a relative difference, no bare one.
    private func isWhatDiffers(_ index: Int) -> Bool {
        guard index >= 2, tokens[index].number?.unit == .count, ["dat", "dit", "het"].contains(tokens[0].text),
            Self.differingVerbs.contains(tokens[1].text)
        else { return false }
        return tokens[2..<index].allSatisfy { token in
            token.isMark("€") || token.kind == .word
                && (Lexicon.hedges[token.text] != nil || Lexicon.backReferences.contains(token.text))
        }
    }

    /// Whether `word` is 'verschil' or a compound whose head it is ('prijsverschil', 'leeftijdsverschil'): a Dutch
    /// compound is of its last part's kind, so 'Het prijsverschil bedroeg € 19.000' is a bare difference as 'Het
    /// verschil bedroeg' is.
    static func isDifferenceNoun(_ word: String) -> Bool {
        word == differenceNoun || word.count >= differenceNoun.count + Self.compoundModifierLength
            && word.hasSuffix(differenceNoun)
    }

    /// The noun of a difference.
    private static let differenceNoun = "verschil"
    /// The fewest letters of the part before a compound's head ('prijs' of 'prijsverschil').
    private static let compoundModifierLength = 3

    /// The forms of 'schelen' that say by how much two values differ ('Dat scheelt € 640').
    private static let differingVerbs: Set<String> = ["scheelt", "scheelde", "schelen", "scheelden"]

    /// Past 'tussen', 'beide' (which names the two values before as a pair) and at most one noun after 'verschil' at
    /// `noun` ('tussen beide provincies'); else right after the noun.
    private func pastPairReference(after noun: Int) -> Int {
        let pair = noun + 2
        guard pair < tokens.count, tokens[noun + 1].isWord("tussen"),
            tokens[pair].isWord("beide") || tokens[pair].isWord("beiden")
        else { return noun + 1 }
        let next = pair + 1
        let isNoun =
            next < tokens.count && tokens[next].kind == .word && !Self.beingVerbs.contains(tokens[next].text)
            && !Lexicon.grammarWords.contains(tokens[next].text)
        return isNoun ? next + 1 : next
    }

    /// Whether the number at `index` stands alone, with at most a currency sign before it and one word after it, in an
    /// apposition right after 'verschil' at `noun`, closed by a comma ('Het verschil, € 40, is …', 'Het verschil, 12
    /// leden, komt …').
    private func isApposedToNoun(_ index: Int, noun: Int) -> Bool {
        let opening = tokens[(noun + 1)..<index]
        guard opening.first?.isMark(",") == true, opening.dropFirst().allSatisfy({ $0.isMark("€") }),
            opening.count <= 2
        else { return false }
        let close = index + 1 < tokens.count && tokens[index + 1].kind == .word ? index + 2 : index + 1
        return close < tokens.count && tokens[close].isMark(",")
    }

    /// The two values of `unit` the sentence before gives for a bare difference at `index` (`isBareDifference`)
    /// that has no direction, smaller first; neither side when the sentence before gives other values of that unit
    /// (no other pair is the one meant), nil when the number is no bare difference.
    /// A difference between two names ('Het verschil tussen A en B') is of the values they name (`namedDifference`).
    func unsignedDifference(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard direction(for: index) == nil else { return nil }
        if let names = differenceNames(for: index) { return namedDifference(names, unit: unit) }
        guard isBareDifference(index) else { return nil }
        let before = discourse.lastDifferenceValues(of: unit)
        let values = before.isEmpty ? sidesOneEach(of: unit) : before
        guard values.count == 2 else { return (nil, nil) }
        let ordered = values.sorted { $0.value < $1.value }
        return (ordered[0], ordered[1])
    }

    /// Whether a ';' outside brackets stands between the claim at `index` and the number at `other` after it. A
    /// semicolon joins two main clauses that each say something of their own, so a number after it is no side of a
    /// bare difference before it ('Het verschil is 23 leden; samen zijn zij 40 procent van de club'): the difference
    /// is still of the two values the sentence before gives.
    func isPastSemicolon(_ other: Int, from index: Int) -> Bool {
        other > index && tokens[index..<other].contains { $0.isMark(";") && $0.depth == 0 }
    }

    /// The two values of one unit a bare difference in the next sentence may be of: the two the sentence contrasts
    /// (`contrast()`); else the two shares it sets side by side (`sideBySideShares()`) or its one start and end value
    /// of a percentage, with no other percentage; and its only two counts of one kind and noun, neither a difference
    /// ('met 50', '50 meer'), a group's size ('n = 220') nor a rate's scale. Taken over as carried by the reference
    /// 'het verschil' makes.
    func differenceValues() -> [[Operand]] {
        let contrast = contrast()
        if !contrast.isEmpty { return [contrast.map(\.carriedOver)] }
        var found: [[Operand]] = []
        let shares = sideBySideShares()
        if !shares.isEmpty { found.append(shares) }
        let percents = numbers(.percent, in: tokens.indices)
        if let pair = Set(pairs).first, Set(pairs).count == 1, Set(percents) == [pair.from, pair.to] {
            found.append([operand(pair.from).carriedOver, operand(pair.to).carriedOver])
        }
        let counts = numbers(.count, in: tokens.indices).filter { index in
            Self.isValue(index, tokens) && differenceDirection(of: index) == nil && !isSampleSize(index)
                && !(index > 0 && tokens[index - 1].isWord("per"))
        }
        if counts.count == 2, ReadingSanity.countAlike(counts, in: tokens) {
            found.append(counts.map { operand($0).carriedOver })
        }
        return found
    }

    /// The two sides of a bare difference given one a sentence in the two sentences before ('Interventiegroep: 18%.
    /// Controlegroep: 27%. Verschil: 9 %-punt'), when the sentence before gives no two values of `unit` itself: the one
    /// value of the unit each of them gives (`datedValue(of:)`: exact, no change stated), of one currency and, where
    /// both have one, of one noun. Taken over as carried, as `differenceValues()` are.
    func sidesOneEach(of unit: NumberUnit) -> [Operand] {
        let sides = discourse.lastTwoDatedValues(of: unit)
        guard sides.count == 2, sides[0].currency == sides[1].currency else { return [] }
        if let one = sides[0].noun, let other = sides[1].noun, !Self.areForms(one, other) { return [] }
        return sides.map(\.value.carriedOver)
    }
}
