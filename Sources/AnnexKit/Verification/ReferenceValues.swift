/// Norms, targets, standards, goals and budgets: a number a noun of that class governs ('de norm dat 95 procent …',
/// 'de streefwaarde van 90 procent', 'de doelstelling van 1.200 plaatsen', 'het doel was 60 procent', '(norm: 90%)',
/// 'begroot was € 4,0 mln', '€ 1.200.000 begroot') is a value to measure the data against, no claim about the data.
/// The claim about the result against it is: '4 procentpunt onder de norm van 92 procent' is the result minus the
/// norm, when the sentence gives the one result.
extension ClaimParser {
    /// Whether the number at `index` is the value a norm, target, standard or goal names: the noun stands before
    /// it with nothing but linking words between ('van', 'dat', 'is', 'was', 'lag op', 'minimaal', an article) and
    /// the word that signs the value ('de doelstelling van min 30 procent': a target of a fall, no claim of one), or
    /// it labels the number after a colon as the first word of its label ('(norm: 90%)', 'Streefwaarde: 6 weken'; not
    /// 'Binnen norm: 72%', which is the share within it).
    static func isReferenceValue(_ index: Int, _ tokens: [Token]) -> Bool {
        // '€ 1.200.000 begroot', '€ 4,0 mln geraamd': a participle of budgeting right after the amount, or after the
        // amount and a form of 'zijn' or 'worden' of the passive ('terwijl € 3,5 mln was begroot').
        var participle = index + 1
        if participle + 1 < tokens.count, tokens[participle].kind == .word,
            passiveAuxiliaries.contains(tokens[participle].text)
        {
            participle += 1
        }
        if participle < tokens.count, tokens[participle].kind == .word,
            budgetParticiples.contains(tokens[participle].text)
        {
            return true
        }
        var position = index - 1
        var crossedColon = false
        while position >= 0, index - position <= referenceReach {
            let token = tokens[position]
            if token.isMark(":") {
                crossedColon = true
            } else if token.kind == .word, isReferenceNoun(token.text) {
                return !crossedColon || opensLabel(position, tokens)
            } else if !(token.kind == .word && referenceLinks.contains(token.text) || token.isMark("€")
                || position == index - 1 && token.kind == .word && Lexicon.signWords.contains(token.text))
            {
                return false
            }
            position -= 1
        }
        return false
    }

    /// A count set against a norm ('150 plaatsen onder de doelstelling van 1.200'): the difference of the result
    /// and the norm.
    func normGapReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard let gap = normGap(at: index) else { return nil }
        var claim = Claim(kind: .difference, site: index, claimed: precise(number, direction: gap.sign))
        (claim.from, claim.to) = (gap.from, gap.to)
        return claim
    }

    /// The values of a gap between a result and the norm it is set against, as a change from the norm to the
    /// result, and the gap's direction: '(met 88 procent) 4 procentpunt onder de norm van 92 procent', '3
    /// procentpunt hoger dan de streefwaarde van 90 procent', '4 weken langer dan de norm van 8 weken (12 weken)'.
    /// The norm is the reference value (or an average's: 'het landelijke gemiddelde van 64 procent') after 'onder',
    /// 'boven' or a comparative and 'dan' right after the gap; the result is the one other number of the sentence in
    /// the norm's unit and currency that is no reference value.
    /// None when the sentence has no such result or several. A shortfall or excess ('6 procentpunt te weinig') is one
    /// too (`shortfall(at:)`).
    func normGap(at index: Int) -> (from: Operand, to: Operand, sign: Int)? {
        if let found = shortfall(at: index) { return found }
        guard let unit = tokens[index].number?.unit else { return nil }
        let valueUnit: NumberUnit = unit == .points ? .percent : unit
        guard unit != .percent, let (sign, start) = gapDirection(after: index) else { return nil }
        let clause = analysis.clause(of: index)
        let norm = analysis.numberIndices.first { candidate in
            candidate > start && clause.contains(candidate) && tokens[candidate].number?.unit == valueUnit
                && (Self.isReferenceValue(candidate, tokens) || isBenchmark(candidate))
        }
        guard let norm, let normNumber = tokens[norm].number,
            (start..<norm).contains(where: { position in
                tokens[position].kind == .word
                    && (Self.isReferenceNoun(tokens[position].text) || tokens[position].text == "gemiddelde")
            })
        else { return nil }
        let results = analysis.numberIndices.filter { candidate in
            candidate != index && candidate != norm && tokens[candidate].number?.unit == valueUnit
                && tokens[candidate].number?.currency == normNumber.currency
                && !Self.isReferenceValue(candidate, tokens)
        }
        guard results.count == 1 else { return nil }
        return (operand(norm), operand(results[0]), sign)
    }

    /// Whether the number at `index` is the value of an average it is set against: 'het landelijke gemiddelde van
    /// 64 procent'.
    func isBenchmark(_ index: Int) -> Bool {
        index >= 2 && tokens[index - 1].isWord("van") && tokens[index - 2].isWord("gemiddelde")
    }

    /// The direction of a gap against what follows the number at `index` (past its noun): −1 for 'onder' or a
    /// comparative of decrease and 'dan', +1 for 'boven' or one of increase; with the token after which the norm
    /// may stand.
    func gapDirection(after index: Int) -> (sign: Int, start: Int)? {
        var next = index + 1
        if tokens[index].number?.unit == .count, next < tokens.count, tokens[next].kind == .word,
            !Self.gapPrepositions.keys.contains(tokens[next].text), !Lexicon.comparatives.contains(tokens[next].text)
        {
            next += 1
        }
        guard next < tokens.count, tokens[next].kind == .word else { return nil }
        let word = tokens[next].text
        if let sign = Self.gapPrepositions[word] { return (sign, next) }
        guard Lexicon.comparatives.contains(word), next + 1 < tokens.count, tokens[next + 1].isWord("dan") else {
            return nil
        }
        return (Lexicon.increase.contains(word) ? 1 : -1, next + 1)
    }

    /// Whether the noun at `position` is the first word of its label, past an opening bracket or an article.
    private static func opensLabel(_ position: Int, _ tokens: [Token]) -> Bool {
        var before = position - 1
        if before >= 0, tokens[before].kind == .word, ["de", "het"].contains(tokens[before].text) { before -= 1 }
        return before < 0 || tokens[before].kind == .mark
    }

    /// The one norm's or target's value a claim is set against: the one among `own`, the sentence's norm values that
    /// fit it (bound by `binding`), else, when there is none, the one norm of the sentence before, if `admits` takes
    /// it (a gap's unit, a clause that refers back). Nil when the sentence gives several, or the one before not one.
    func soleNorm(
        among own: [Int], binding: OperandBinding? = nil, orBefore admits: (Operand) -> Bool
    ) -> Operand? {
        if own.count == 1 { return binding.map { operand(own[0]).bound($0) } ?? operand(own[0]) }
        guard own.isEmpty, discourse.lastNorms.count == 1, admits(discourse.lastNorms[0]) else { return nil }
        return discourse.lastNorms[0]
    }

    /// Whether the value at `value` is a norm's or target's (`isReferenceValue`) in a conjunct after the claim at
    /// `claim` that sets nothing against it: 'Daarmee is het aantal met 16% gestegen en is het doel van 400 gehaald'.
    /// It says the target was met, no level of the claim's change; 'en ligt 3% boven de norm van 400' compares with it.
    func isTargetInConjunct(_ value: Int, after claim: Int) -> Bool {
        guard value > claim, Self.isReferenceValue(value, tokens),
            let conjunct = (claim..<value).last(where: { tokens[$0].isWord("en") })
        else { return false }
        return !(conjunct..<value).contains { Self.isComparisonMarker(at: $0, analysis) }
    }

    /// Whether a word names a norm, target, standard or goal: one of those nouns, or a compound of 'norm' after a
    /// word of its own ('treeknorm', 'sectornorm'; not 'enorm').
    static func isReferenceNoun(_ word: String) -> Bool {
        if referenceNouns.contains(word) { return true }
        for ending in ["norm", "normen"] where word.hasSuffix(ending) {
            return word.count - ending.count >= compoundHeadLength
        }
        return false
    }

    /// Nouns of a value to measure against, and the words of a budget ('begroot was € 4,0 mln').
    private static let referenceNouns: Set<String> = [
        "norm", "normen", "doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "streven", "target", "targets",
        "standaard", "taakstelling", "streefwaarde", "streefwaarden", "streefcijfer", "streefcijfers", "streefgetal",
        "streefniveau", "richtwaarde", "normwaarde", "grenswaarde", "maximum", "minimum", "plafond",
        "begroting", "begroot", "budget", "raming", "geraamd",
    ]

    /// Participles that make the amount right before them a budget ('€ 1.200.000 begroot').
    private static let budgetParticiples: Set<String> = ["begroot", "geraamd", "gebudgetteerd"]

    /// Forms of 'zijn' and 'worden' between an amount and the participle of its passive ('€ 3,5 mln was begroot').
    private static let passiveAuxiliaries: Set<String> = ["is", "was", "wordt", "werd", "zijn", "waren", "werden"]

    /// The shortest first word of a compound of 'norm' ('treek-norm'); shorter ones make other words ('e-norm').
    private static let compoundHeadLength = 3

    /// Words that may stand between such a noun and its value: 'de norm van', 'de norm dat', 'het doel was', 'de
    /// streefwaarde lag op minimaal', 'ten minste', and 'om' of the aim's infinitive ('het streven om de helft …
    /// te doen', 'de ambitie om 500 woningen te bouwen').
    private static let referenceLinks: Set<String> = [
        "van", "dat", "is", "was", "om", "zijn", "waren", "blijft", "bleef", "bedraagt", "bedroeg", "ligt", "lag", "op",
        "minimaal", "maximaal", "ten", "minste", "hoogste", "de", "het",
    ]

    /// How many tokens may stand between a reference noun and its value, the value's own hedge words included.
    private static let referenceReach = 5

    /// Prepositions that set a gap against a norm, with the sign of result minus norm.
    static let gapPrepositions: [String: Int] = ["onder": -1, "boven": 1]
}
