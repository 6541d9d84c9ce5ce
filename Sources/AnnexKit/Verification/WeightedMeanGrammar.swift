/// Means of groups and what recombines them. Values an average word governs as a list ('de gemiddelde
/// wachttijd 6, 9 en 12 weken') or one by one ('(1.200 cliënten, gemiddeld 8 weken)') are the means of groups;
/// the mean of all is the mean weighted by the groups' sizes, when the text gives them: a parallel list of
/// counts of another noun ('respectievelijk 400, 600 en 1.000 cliënten'), or the one other count in each
/// group's parenthesis. Labelled groups ('mannen 24,1 jaar, vrouwen 21,8 jaar') whose sizes the text does not
/// give, and whose units it neither counts ('in de vier regio's') nor names with 'per' ('per regio'), leave the
/// mean of all unknown.
extension ClaimParser {
    /// The average claim with its groups weighed: values and sizes for a weighted mean, or marked as groups
    /// whose sizes are missing; else as it was.
    func weighed(_ claim: Claim) -> Claim {
        var claim = claim
        let means = groupMeans(before: claim.site)
        let listed = claim.parts.compactMap(\.token)
        if let (values, sizes) = sizedGroups(after: claim.site) {
            claim.parts = values.map { operand($0) }
            claim.weights = sizes.map { operand($0) }
            return claim
        }
        let values = means.count >= 2 ? means : listed
        guard values.count >= 2 else { return claim }
        if let first = values.first, averageGoverns(first) || means.count >= 2, let sizes = groupSizes(of: values) {
            claim.parts = values.map { operand($0) }
            claim.weights = sizes.map { operand($0) }
        } else if values == listed, areUnsizedGroups(values) {
            claim.groupSizesMissing = true
        }
        return claim
    }

    /// The shares of groups the sentence gives, each with its own whole right after it ('82 procent van de 1.200
    /// …, in regio Zuid 74 procent van de 800'), at least two.
    func groupShares() -> [(share: Int, whole: Int)] {
        let shares = numbers(.percent, in: tokens.indices).compactMap { share -> (share: Int, whole: Int)? in
            guard let whole = pairedWhole(of: share), tokens[whole].number?.unit == .count
            else { return nil }
            return (share, whole)
        }
        return shares.count >= 2 ? shares : []
    }

    /// 'Gemiddeld over beide regio's was dat 78 procent' after a sentence of groups' shares with their wholes: the
    /// share of all, their mean weighted by the wholes; for a clause that opens with an average word and a
    /// sentence with no other percentage and no whole of its own.
    func meanOfGroupShares(_ index: Int, _ number: WrittenNumber) -> Claim? {
        let groups = discourse.lastGroupShares
        let clause = analysis.clause(of: index)
        guard groups.count >= 2, Lexicon.averageWords.contains(tokens[clause.lowerBound].text),
            numbers(.percent, in: tokens.indices) == [index],
            !(index + 1 < tokens.count && tokens[index + 1].isWord("van"))
        else { return nil }
        var claim = Claim(kind: .average, site: index, claimed: precise(number, direction: nil, derived: true))
        claim.parts = groups.map(\.share)
        claim.weights = groups.map(\.whole)
        return claim
    }

    /// Whether a number heads a list of values, one per group: after 'respectievelijk', or followed by ',' or
    /// 'en' and another number ('de gemiddelde wachttijd 6, 9 en 12 weken'): no claim of its own.
    func headsGroupList(_ index: Int) -> Bool {
        if index > 0, tokens[index - 1].isWord("respectievelijk") { return true }
        return index + 2 < tokens.count && (tokens[index + 1].isMark(",") || tokens[index + 1].isWord("en"))
            && tokens[index + 2].kind == .number
            && tokens[index + 2].number?.unit == tokens[index].number?.unit
    }

    /// Numbers before the claim, each governed by an average word of its own ('gemiddeld 8 weken'): the means
    /// of groups the claim may recombine.
    private func groupMeans(before site: Int) -> [Int] {
        guard let unit = tokens[site].number?.unit else { return [] }
        return numbers(unit, in: 0..<site).filter { isAveraged($0) }
    }

    /// The size of each group: the one other count in each value's parenthesis, else a list of as many
    /// counts of another noun than the values'.
    private func groupSizes(of values: [Int]) -> [Int]? {
        let enclosed = values.compactMap(sizeInParenthesis)
        if enclosed.count == values.count { return enclosed }
        let valueNoun = values.lazy.compactMap { ReadingSanity.noun(after: $0, in: self.tokens) }.last
        let counts = numbers(.count, in: tokens.indices).filter { !values.contains($0) && !isAveraged($0) }
        return listRuns(counts).first { run in
            guard run.count == values.count, run.allSatisfy({ tokens[$0].number?.isWord == false }),
                let noun = ReadingSanity.noun(after: run[run.count - 1], in: tokens)
            else { return false }
            return valueNoun.map { !Self.areForms(noun, $0) } ?? true
        }
    }

    /// 'was 42.000 euro: 36.000 euro bij de 600 alleenstaanden en 51.000 euro bij de 400 gezinnen': after the
    /// ':' that closes the mean's phrase, groups each with its value and then its size, behind a preposition
    /// that names the group and an article; the values and their sizes, at least two groups.
    func sizedGroups(after index: Int) -> (values: [Int], sizes: [Int])? {
        var colon = index + 1
        while colon < tokens.count, tokens[colon].kind == .word, colon - index <= Self.nounReach { colon += 1 }
        guard colon < tokens.count, tokens[colon].isMark(":") else { return nil }
        let listed = analysis.numberIndices.filter { $0 > colon }
        guard listed.count >= 4, listed.count % 2 == 0 else { return nil }
        let values = stride(from: 0, to: listed.count, by: 2).map { listed[$0] }
        let sizes = stride(from: 1, to: listed.count, by: 2).map { listed[$0] }
        let sized = zip(values, sizes).allSatisfy { value, size in
            let between = tokens[(value + 1)..<size]
            guard tokens[value].number?.unit == tokens[index].number?.unit,
                (2...Self.sizeReach).contains(between.count),
                let article = between.last, ["de", "het"].contains(article.text), tokens[size].number?.unit == .count,
                tokens[size].number?.isWord == false, ReadingSanity.noun(after: size, in: tokens) != nil
            else { return false }
            return between.dropLast().last.map { Self.groupPrepositions.contains($0.text) } ?? false
        }
        return sized ? (values, sizes) : nil
    }

    /// Most tokens between a group's value and its size ('36.000 euro bij de 600'): its unit, a preposition and
    /// an article.
    static let sizeReach = 3

    /// The one count of another noun in the parenthesis that holds a value ('(1.200 cliënten, gemiddeld 8 weken)').
    private func sizeInParenthesis(of value: Int) -> Int? {
        let depth = tokens[value].depth
        guard depth > 0 else { return nil }
        var (lower, upper) = (value, value + 1)
        while lower > 0, tokens[lower - 1].depth >= depth { lower -= 1 }
        while upper < tokens.count, tokens[upper].depth >= depth { upper += 1 }
        let others = numbers(.count, in: lower..<upper).filter { $0 != value && !isAveraged($0) }
        guard others.count == 1, let noun = ReadingSanity.noun(after: others[0], in: tokens),
            ReadingSanity.noun(after: value, in: tokens).map({ !Self.isForm(noun, of: $0) }) ?? true
        else { return nil }
        return others[0]
    }

    /// Whether values are those of groups each with its label ('mannen 24,1 jaar', 'Noord: 34', '14 maanden bij
    /// volwassenen'), of no year, in a sentence that neither counts its units ('vier regio's') nor names them with
    /// 'per' ('per regio').
    private func areUnsizedGroups(_ values: [Int]) -> Bool {
        let labelled = values.allSatisfy { value in
            var label = value - 1
            if label > 0, tokens[label].isMark(":") { label -= 1 }
            let before =
                label >= 0 && tokens[label].kind == .word && !Lexicon.grammarWords.contains(tokens[label].text)
                && !Lexicon.averageWords.contains(tokens[label].text)
            // After its unit: a preposition that names the group ('9 maanden bij jongeren').
            let after =
                value + 3 < tokens.count && tokens[value + 1].kind == .word
                && Self.groupPrepositions.contains(tokens[value + 2].text) && tokens[value + 3].kind == .word
            return before || after
        }
        guard labelled, !values.contains(where: { analysis.ownYear(of: $0) != nil }), !namesUnitsOfOneKind(values)
        else { return false }
        let counted = numbers(.count, in: tokens.indices).contains { index in
            !values.contains(index) && tokens[index].number?.value == Exact(values.count)
        }
        return !counted && !tokens.contains { $0.isWord("per") }
    }

    /// Whether each value's label is one noun with a name of its own ('gemeente A: 11, gemeente B: 16', 'team 3:
    /// 41, team 4: 38'): units of one kind, listed one by one, which a plain mean averages as units.
    private func namesUnitsOfOneKind(_ values: [Int]) -> Bool {
        let labels = values.map { value -> (head: String, name: String)? in
            var name = value - 1
            if name > 0, tokens[name].isMark(":") { name -= 1 }
            guard name >= 1, tokens[name].kind != .mark, tokens[name - 1].kind == .word else { return nil }
            return (tokens[name - 1].text, tokens[name].text)
        }
        let heads = Set(labels.map { $0?.head })
        let names = Set(labels.map { $0?.name })
        guard heads.count == 1, let head = heads.first ?? nil else { return false }
        return !Lexicon.grammarWords.contains(head) && names.count == values.count
    }

    /// Prepositions after a value's unit that name its group ('14 maanden bij volwassenen', '6 weken voor
    /// jongeren').
    static let groupPrepositions: Set<String> = ["bij", "voor", "onder"]
}
