/// A balance of two flows: 'In 2023 vestigden zich 12.300 mensen in de gemeente en vertrokken er 9.800. Het saldo
/// kwam uit op 2.500.' The count a noun of balance names ('saldo', 'migratiesaldo', 'vestigingsoverschot') is the
/// inflow less the outflow, when its own sentence, else the sentence before, gives exactly one count of each flow,
/// named by a word of moving in ('vestigden', 'instroom') or out ('vertrokken', 'uitstroom'). A 'saldo' with no
/// flows (of a bank account) is no such claim. A natural balance ('geboorteoverschot', 'sterfteoverschot') is the
/// births less the deaths ('geboren', 'overleden'); a balance of one kind of flow never takes flows of the other, nor
/// an amount of money the counts. A memo's label names its value: 'Uitstroom: 1.120' is an outflow, 'Saldo: 120' a
/// balance, of the flows its own line gives or, one each, the two lines above.
extension ClaimParser {
    /// The difference a count of a balance states, from the outflow to the inflow.
    func balanceReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard number.currency.isEmpty, let sign = balanceSign(of: index),
            let flows = flows(excluding: index) ?? discourse.lastFlows,
            balanceNoun(of: index).map({ Self.naturalBalances.contains($0) }).map({ $0 == flows.natural }) ?? true
        else { return nil }
        var claim = Claim(kind: .difference, site: index, claimed: precise(number, direction: number.sign ?? sign))
        (claim.from, claim.to) = (flows.outflow, flows.inflow)
        return claim
    }

    /// The one inflow and the one outflow the sentence gives, exact counts of no currency, and whether they are births
    /// and deaths; nil unless each is one and the sentence's words of flow are of one kind.
    func flows(excluding claim: Int? = nil) -> (inflow: Operand, outflow: Operand, natural: Bool)? {
        let counts = flowCounts(excluding: claim)
        let inflows = counts.filter { flowSign(of: $0) == 1 }
        let outflows = counts.filter { flowSign(of: $0) == -1 }
        let kinds = Set(analysis.words(0..<tokens.count).filter { Self.flowWords[$0] != nil }.map {
            Self.naturalFlows.contains($0)
        })
        // Flows told only by a particle ('stroomden 27 in en 19 uit') name no kind: they are no births or deaths.
        guard inflows.count == 1, outflows.count == 1, kinds.count <= 1 else { return nil }
        let (inflow, outflow) = (operand(inflows[0]), operand(outflows[0]))
        // 'In 2024 vestigden zich 840 …; in 2025 vertrokken er 610': flows of two years have no balance.
        if let inYear = inflow.year, let outYear = outflow.year, inYear != outYear { return nil }
        if namesTimeBetween(inflows[0], outflows[0]) { return nil }
        return (inflow, outflow, kinds.first ?? false)
    }

    /// Whether the sentence gives counts of flow both in and out, but for `claim`, whether or not they balance.
    func tellsBothFlows(excluding claim: Int) -> Bool {
        let signs = Set(flowCounts(excluding: claim).compactMap { flowSign(of: $0) })
        return signs.contains(1) && signs.contains(-1)
    }

    /// Whether the words between two counts name a time of their own ('27 in en in het tweede kwartaal 19 uit', '…
    /// in 2025 …'): a year, a month or a noun of time; the two are then flows of two periods.
    private func namesTimeBetween(_ first: Int, _ second: Int) -> Bool {
        (min(first, second) + 1..<max(first, second)).contains { position in
            tokens[position].kind == .year || Lexicon.months.contains(tokens[position].text)
                || Lexicon.timeNouns.contains(tokens[position].text)
        }
    }

    /// The one count of flow a sentence gives, with its sign and whether it is a birth or death, when it gives no
    /// other count: a memo's line ('Instroom: 1.240', '- Uitstroom: 1.105'); a balance on the line after two such
    /// lines takes them (`Discourse.lastFlows`).
    func soleFlow() -> SoleFlow? {
        let counts = flowCounts()
        guard counts.count == 1, let word = flowWord(of: counts[0]), let sign = Self.flowWords[word] else { return nil }
        return SoleFlow(sign: sign, operand: operand(counts[0]).carriedOver, natural: Self.naturalFlows.contains(word))
    }

    /// The sentence's exact counts of no currency that are values, but for `claim`.
    private func flowCounts(excluding claim: Int? = nil) -> [Int] {
        analysis.numberIndices.filter { index in
            guard index != claim, let number = tokens[index].number else { return false }
            return number.unit == .count && number.currency.isEmpty && number.hedge == nil
                && Self.isValue(index, tokens)
        }
    }

    /// +1 for an inflow, −1 for an outflow, by the count's word of flow (`flowWord`) or its verb's particle
    /// (`particleFlowSign`).
    private func flowSign(of index: Int) -> Int? {
        flowWord(of: index).flatMap { Self.flowWords[$0] } ?? particleFlowSign(of: index)
    }

    /// The sign of a count of a verb of flowing whose particle stands apart ('stroomden 27 cliënten in en 19
    /// cliënten uit', '198 huishoudens stroomden in de loop van het jaar uit'): the particle after the count, up to
    /// the next number, that ends its clause (a mark, a coordinator or the sentence's end follows), when a form of
    /// the verb stands before it. 'stroomden 1.200 mensen uit de WW' has a preposition there, no particle.
    private func particleFlowSign(of index: Int) -> Int? {
        let next = analysis.numberIndices.first { $0 > index } ?? tokens.count
        let closes = { (position: Int) in
            position + 1 == tokens.count || tokens[position + 1].kind == .mark
                || Self.coordinators.contains(tokens[position + 1].text)
                || Lexicon.clauseConjunctions.contains(tokens[position + 1].text)
        }
        guard let particle = ((index + 1)..<next).first(where: {
            tokens[$0].kind == .word && Self.flowParticles[tokens[$0].text] != nil && closes($0)
        }), analysis.words(0..<particle).contains(where: Self.flowingVerbs.contains)
        else { return nil }
        return Self.flowParticles[tokens[particle].text]
    }

    /// The word of flow that names the count: the nearest before it in its clause or the label before it (back to
    /// the number before: 'vestigden zich 12.300', '… geboren en overleden er 2.540', 'uitstroom: 8.910'), else the
    /// nearest after it up to the next number ('9.800 inwoners vertrokken', '2.318 kinderen geboren en overleden …').
    /// After a number before it, the words up to an 'en' are that number's ('werden 1.210 honden aangemeld en 978
    /// honden afgemeld': 'aangemeld' names 1.210, not 978).
    private func flowWord(of index: Int) -> String? {
        let clause = analysis.clause(of: index)
        let after = analysis.numberIndices.first { $0 > index } ?? tokens.count
        let isFlow = { (word: String) in Self.flowWords[word] != nil }
        var naming = namingRange(of: index)
        if analysis.numberIndices.contains(where: { $0 < index }),
            let joiner = naming.last(where: { tokens[$0].isWord("en") })
        {
            naming = (joiner + 1)..<naming.upperBound
        }
        return analysis.words(naming).last(where: isFlow)
            ?? analysis.words((index + 1)..<min(clause.upperBound, after)).first(where: isFlow)
    }

    /// The sign a noun of balance before the count in its clause gives it (back to the number before): +1 for
    /// 'saldo' and 'vestigingsoverschot', −1 for 'vertrekoverschot', turned by 'negatief'. Not 'per saldo' (net of
    /// more than the two flows).
    private func balanceSign(of index: Int) -> Int? {
        guard let noun = balanceNoun(of: index), let sign = Self.balanceNouns[noun] else { return nil }
        return analysis.words(namingRange(of: index)).contains { Self.negativeWords.contains($0) } ? -sign : sign
    }

    /// The noun of balance before the count in its clause or label, back to the number before; none after 'per'.
    private func balanceNoun(of index: Int) -> String? {
        guard let noun = namingRange(of: index).first(where: { Self.balanceNouns[tokens[$0].text] != nil }),
            noun == 0 || !tokens[noun - 1].isWord("per")
        else { return nil }
        return tokens[noun].text
    }

    /// The tokens that name the count: those before it in its clause, back to the number before; when its clause
    /// opens right after a colon, the label before that colon too ('Saldo: 120', '…; uitstroom: 8.910 titels').
    func namingRange(of index: Int) -> Range<Int> {
        let before = analysis.numberIndices.last { $0 < index } ?? -1
        var start = analysis.clause(of: index).lowerBound
        if start > 0, tokens[start - 1].isMark(":") { start = analysis.clause(of: start - 1).lowerBound }
        return max(start, before + 1)..<index
    }

    /// Nouns of the balance of an inflow and an outflow, with the sign of the inflow less the outflow they name.
    private static let balanceNouns: [String: Int] = [
        "saldo": 1, "migratiesaldo": 1, "vestigingssaldo": 1, "vestigingsoverschot": 1, "vertrekoverschot": -1,
        "geboorteoverschot": 1, "sterfteoverschot": -1,
    ]

    /// The nouns of a balance of births and deaths; 'saldo' may be of either kind, the others are of migration.
    private static let naturalBalances: Set<String> = ["geboorteoverschot", "sterfteoverschot"]

    /// Words that say a balance is below zero.
    private static let negativeWords: Set<String> = ["negatief", "negatieve"]

    /// Words of moving in (+1) and out (−1), and of being entered in a register (+1) or taken off it (−1).
    private static let flowWords: [String: Int] = [
        "vestigden": 1, "vestigde": 1, "gevestigd": 1, "vestigers": 1, "instroom": 1, "immigratie": 1,
        "immigranten": 1, "immigreerden": 1, "vertrokken": -1, "vertrok": -1, "vertrekkers": -1, "uitstroom": -1,
        "emigratie": -1, "emigranten": -1, "emigreerden": -1, "aangemeld": 1, "afgemeld": -1, "aanmeldingen": 1,
        "afmeldingen": -1, "ingeschreven": 1, "uitgeschreven": -1, "inschrijvingen": 1, "uitschrijvingen": -1,
        "geboren": 1, "geboorten": 1, "geboortes": 1, "overleden": -1, "overleed": -1, "sterfgevallen": -1,
    ]

    /// The particles of a verb of flowing that say in (+1) or out (−1) ('stroomden … in', '… uit').
    private static let flowParticles: [String: Int] = ["in": 1, "uit": -1]

    /// The forms of the verb of flowing whose particle says in or out ('stroomden … in').
    private static let flowingVerbs: Set<String> = ["stroomde", "stroomden", "stroomt", "stromen"]

    /// The words of flow that name births and deaths.
    private static let naturalFlows: Set<String> = [
        "geboren", "geboorten", "geboortes", "overleden", "overleed", "sterfgevallen",
    ]
}

/// The one count of flow a sentence gives (`ClaimParser.soleFlow`): +1 for an inflow, −1 for an outflow, and
/// whether it counts births or deaths.
struct SoleFlow: Sendable {
    let sign: Int
    let operand: Operand
    let natural: Bool
}
