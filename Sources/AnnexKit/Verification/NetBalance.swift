/// A net change told by 'per saldo' or 'netto' and a verb or comparative of change, after an inflow and an outflow:
/// 'Er stroomden 27 cliënten in en 19 cliënten uit, waardoor de bezetting per saldo met 8 cliënten groeide', 'De
/// instroom (298) bleef achter bij de uitstroom (335): per saldo 37 cliënten minder', and a memo's 'Netto groei: 135'
/// under an 'Instroom: …' and an 'Uitstroom: …' line. The change is the inflow less the outflow; its verb or
/// comparative signs it (`differenceDirection`), so a wrong direction is a wrong sign.
///
/// A noun of balance after 'per' is no balance of two flows by itself (`balanceNoun`): a stock may change by more
/// than the flows a sentence names ('Per saldo groeide de bevolking met 3.100' after the movers counts births and
/// deaths too). So in prose the net change must count the noun its flows count ('… met 8 cliënten' after '27
/// cliënten … 19 cliënten'), and the flows stand in its own sentence; a flow that names no noun ('de instroom
/// (298)') takes the change's. A memo's line counts what its two lines above count when its label names nothing but
/// the net change ('Netto groei:'). Births and deaths, flows of two periods, or one flow alone give no net change;
/// flows in and out that give none leave the net change with no pair of values at all (`NetReading.unbalanced`).
/// The noun may be the one 'het aantal' names before the count ('Per saldo groeide het aantal honden met 232'). A net
/// change that is its sentence's only number takes the flows of the sentence before when both count its noun by
/// their own ('In 2023 werden 1.210 honden aangemeld en 978 honden afgemeld. Per saldo groeide het aantal honden met
/// 232.').
extension ClaimParser {
    /// What the net change at `index` is of; nil when it is none or its sentence gives no flows in and out.
    func netReading(of index: Int) -> NetReading? {
        guard tokens[index].number?.currency.isEmpty == true, isNet(index) else { return nil }
        let noun = netNoun(of: index)
        if let noun, let flows = flows(excluding: index), !flows.natural,
            [flows.inflow, flows.outflow].allSatisfy({ counts(noun, $0) })
        {
            return .balance(from: flows.outflow, to: flows.inflow)
        }
        if isNetLine(index), let flows = discourse.lastFlowLines, !flows.natural {
            return .balance(from: flows.outflow, to: flows.inflow)
        }
        if let noun, analysis.numberIndices == [index], let flows = discourse.lastSentenceFlows, !flows.natural,
            [flows.inflow, flows.outflow].allSatisfy({ countsByOwnNoun(noun, $0) })
        {
            return .balance(from: flows.outflow, to: flows.inflow)
        }
        return tellsBothFlows(excluding: index) ? .unbalanced : nil
    }

    /// The noun the net change at `index` counts: the one right after it ('met 8 cliënten'), else the one after
    /// 'aantal' among the words that name it ('het aantal honden … met 232').
    private func netNoun(of index: Int) -> String? {
        if let noun = ReadingSanity.noun(after: index, in: tokens) { return noun }
        let naming = namingRange(of: index)
        guard let amount = naming.last(where: { tokens[$0].isWord("aantal") }), naming.contains(amount + 1) else {
            return nil
        }
        return ReadingSanity.noun(after: amount, in: tokens)
    }

    /// Whether a flow of another sentence names a noun of its own, and that noun is `noun` in any form.
    private func countsByOwnNoun(_ noun: String, _ flow: Operand) -> Bool {
        guard let written = flow.written, let own = ReadingSanity.noun(after: written.index, in: written.tokens) else {
            return false
        }
        return Self.areForms(own, noun)
    }

    /// Whether 'per saldo' or 'netto' names the count: it stands before it in its clause or label.
    private func isNet(_ index: Int) -> Bool {
        let range = namingRange(of: index)
        return range.contains { position in
            let afterPer = position > range.lowerBound && tokens[position - 1].isWord("per")
            return tokens[position].isWord("netto") || (tokens[position].isWord("saldo") && afterPer)
        }
    }

    /// Whether the flow counts `noun` or names none ('de instroom (298)').
    private func counts(_ noun: String, _ flow: Operand) -> Bool {
        guard let token = flow.token, let own = ReadingSanity.noun(after: token, in: tokens) else { return true }
        return Self.areForms(own, noun)
    }

    /// Whether the count is the one value of a memo's line whose label names only a net change ('- Netto groei:').
    private func isNetLine(_ index: Int) -> Bool {
        guard let label = analysis.memoLabel, label.contains("netto"), analysis.numberIndices == [index] else {
            return false
        }
        return label.allSatisfy { $0 == "netto" || Lexicon.changeNouns.contains($0) }
    }
}

/// What a net change told by 'per saldo' or 'netto' is of (`ClaimParser.netReading`).
enum NetReading {
    /// The inflow less the outflow: from the outflow to the inflow.
    case balance(from: Operand, to: Operand)
    /// Flows in and out that give no balance of it (of two periods, of another noun): no pair of values is its.
    case unbalanced
}
