/// The rest of a whole: a number after a word of the rest ('de overige 10 procent', 'de resterende 250', 'de rest
/// (250)', a memo's 'Overig: 250') is the whole less the other parts the text lists with it. A list of percentages
/// splits 100%; a list of counts splits the whole the text gives it as it gives any sum's total ('Van de 1.250
/// meldingen kwamen 610 … en 390 …; de overige 250 …', 'In totaal 1.250 …: 610 …, 390 … en de rest (250) …', a total
/// line over the items under it). The rest closes its list as 'en' does ('A en B; de overige C'). Checked as a sum
/// whose `whole` is set (`SumChecker`).
extension ClaimParser {
    /// How many tokens before a number a word of the rest may stand ('de overige 10 procent', 'de rest (250)').
    static let restReach = 2

    /// The word of the rest right before the number at `index`, if any; also before a comma that makes the number
    /// an apposition to the rest's noun ('Het overige deel, 0,27 miljoen loten, ging …'), past the amount's currency
    /// sign ('het resterende deel, € 24.150, …').
    func restWord(before index: Int) -> Int? {
        var end = index
        if end > 1, tokens[end - 1].isMark("€"), tokens[end - 2].isMark(",") { end -= 1 }
        if end > 0, tokens[end - 1].isMark(",") { end -= 1 }
        return (max(0, end - Self.restReach)..<end).last {
            tokens[$0].kind == .word && Lexicon.restWords.contains(tokens[$0].text)
        }
    }

    /// The word of the rest after an article right after the number at `index` ('4.425 in de overige', '300 bij de
    /// rest'), at most `restReach` words on: the number is the last item of a list, named as what is left.
    func restWord(after index: Int) -> Int? {
        ((index + 1)..<min(tokens.count, index + Self.restReach + 2)).first {
            tokens[$0].kind == .word && Lexicon.restWords.contains(tokens[$0].text) && followsArticle($0)
        }
    }

    /// Whether the tokens `range` name a rest of their whole without a value of its own ('…; de rest betrof
    /// verrekeningen', '… en het overige ging naar reserves'): a word of the rest after an article that no number
    /// takes as its rest, before or after it ('de overige 250', '4.425 in de overige'). Parts listed before such a
    /// rest are not all of their whole, so their sum falls short of it by what the text leaves unsaid.
    func namesUnvaluedRest(in range: Range<Int>) -> Bool {
        let valued = Set(
            analysis.numberIndices.flatMap { [restWord(before: $0), restWord(after: $0)].compactMap { $0 } })
        return range.contains { index in
            tokens[index].kind == .word && Lexicon.restWords.contains(tokens[index].text) && followsArticle(index)
                && !valued.contains(index)
        }
    }

    /// 'A 42 procent, B 31 procent en C 19 procent; de overige 10 procent …': a percentage after a word of
    /// the rest is 100% less the sentence's other percentages (at least two, a list ending 'en X' or closed by the
    /// rest), in a sentence of shares (no direction word).
    func percentRemainderReading() -> Claim? {
        let percents = numbers(.percent, in: tokens.indices)
        let site = percents.first { restWord(before: $0) != nil }
        guard let site, directions(in: tokens.indices).isEmpty, let number = tokens[site].number else { return nil }
        let before = percents.filter { $0 < site }
        // 'A, B en C; de overige N' or 'A, B en de overige N'.
        let others = coordinated(before).isEmpty ? coordinated(before + [site]).filter { $0 != site } : before
        guard others.count >= 2, others.count == percents.count - 1 else { return nil }
        return remainder(site, number, whole: hundredPercent(at: site), others: others.map { operand($0) })
    }

    /// 'Van de 1.240 medewerkers werken er 771 in deeltijd. De overige 38 procent …': a sentence whose one percentage
    /// follows a referring word of the rest, with no direction word, is the rest of what the sentence before split:
    /// of the part and whole it states (the whole less the part, as a share of the whole), or of the whole it splits
    /// into counts ('800 aanvragen: 320 … en 184 …. De rest, 37 procent, …'), else 100% less its list of
    /// percentages ('71 procent … en 18 procent …. De overige 11 procent'), when that sentence gives no change, no
    /// series of years and no contrast of two values (whose values split nothing).
    func carriedPercentRemainderReading() -> Claim? {
        let percents = numbers(.percent, in: tokens.indices)
        guard percents.count == 1, let site = percents.first, referringRest(before: site) != nil,
            directions(in: tokens.indices).isEmpty, let number = tokens[site].number
        else { return nil }
        // '…, ofwel 1.187 ton. De rest, 62 procent, …': a part derived from a share may be the slip, not the rest.
        let derived = discourse.earlier.last?.partIsDerived ?? false
        let stated = discourse.lastPartAndWhole.flatMap { part, whole in
            part.unit == .count && whole.unit == .count
                ? (whole: whole, parts: [derived ? part.bound(OperandBinding(.positionOnly)) : part]) : nil
        }
        if let (whole, parts) = stated ?? discourse.lastSplit.map({ ($0.whole, $0.parts) }) {
            var claim = Claim(kind: .share, site: site, claimed: precise(number, direction: nil))
            claim.part = Operand(rest: whole, less: parts)
            claim.whole = whole
            return claim
        }
        let listed = discourse.lastList
        guard listed.count >= 2, listed.allSatisfy({ $0.unit == .percent }), discourse.lastPair == nil,
            discourse.lastSeries.isEmpty, discourse.lastSoleChange(of: .percent) == nil, discourse.lastContrast.isEmpty
        else { return nil }
        return remainder(site, number, whole: hundredPercent(at: site), others: listed)
    }

    /// The whole a list of percentages splits: 100%, read from the construction, not the text.
    private func hundredPercent(at site: Int) -> Operand {
        let hundred = WrittenNumber(
            value: Exact(100), unit: .percent, decimals: 0, step: Exact(1), isRounded: false, sign: nil, text: "100",
            hedge: nil)
        return Operand(
            hundred, year: nil, token: nil, line: analysis.line(of: site), binding: OperandBinding(.construction))
    }

    /// The word of the rest before the number at `index` when it refers back to a whole: after an article ('de
    /// overige 250', 'de rest (250)'), or as a memo's label ('Overig: 250'); nil for a category named beside the
    /// others ('overig 0,5', 'en overige kosten 3,0 miljoen').
    func referringRest(before index: Int) -> Int? {
        guard let word = restWord(before: index) else { return nil }
        let label = word + 1 < tokens.count && tokens[word + 1].isMark(":")
        return followsArticle(word) || label ? word : nil
    }

    /// Whether the word at `index` follows an article ('de overige', 'het overige').
    private func followsArticle(_ index: Int) -> Bool {
        index > 0 && ["de", "het"].contains(tokens[index - 1].text)
    }

    /// A sum of `parts` after its `total` whose last part, in this sentence, a referring word of the rest marks (and
    /// no other part), read as that rest: the total less the other parts, in a sentence with no direction word. A
    /// total after its list ('…, overig 12; totaal 100') stays the claim. A rest that names a noun of its own,
    /// neither its whole's nor a verb's ('de overige 12 instanties'), may count something else: its whole then binds
    /// weakly (`OperandBinding.Evidence.otherRest`).
    func restReading(total: Int, parts: [Operand]) -> Claim? {
        guard parts.count >= Self.leastRestParts, let site = parts.last?.token, site > total,
            referringRest(before: site) != nil,
            parts.dropLast().allSatisfy({ $0.token.map { restWord(before: $0) == nil } ?? true }),
            directions(in: tokens.indices).isEmpty, let number = tokens[site].number
        else { return nil }
        let whole = restWhole(operand(total), at: site, wholeNoun: ReadingSanity.noun(after: total, in: tokens))
        return remainder(site, number, whole: whole, others: Array(parts.dropLast()))
    }

    /// The whole of the rest at `site`, bound weakly when the rest names a noun of its own, neither a form of the
    /// whole's noun (`wholeNoun`) nor a verb ('De overige 48 klachten' after '800 aanvragen'): it may count
    /// something else (`OperandBinding.Evidence.otherRest`).
    func restWhole(_ whole: Operand, at site: Int, wholeNoun: String?) -> Operand {
        guard let noun = ReadingSanity.noun(after: site, in: tokens), !Lexicon.finiteVerbs.contains(noun),
            !Lexicon.placingVerbs.contains(noun), !(wholeNoun.map { Self.areForms($0, noun) } ?? false)
        else { return whole }
        return whole.bound(OperandBinding(.otherRest))
    }

    /// 'De inspectie deed 86 onderzoeken. In 19 daarvan volgde een aanwijzing, in 11 een bevel en in de overige 48
    /// geen maatregel.': a sentence whose counts are one list tied to the sentence before ('daarvan', 'van hen'),
    /// closed by its rest, with no direction word, claims that rest: the one count of the sentence before less the
    /// other parts (86 − 19 − 11 = 56), or, when that sentence's only counts are a change's, the one value it ends at
    /// ('Het aantal klachten kwam uit op 86, 9 meer dan vorig jaar (77). Daarvan …': what the group now is).
    func carriedListRestReading() -> Claim? {
        let parts = coordinated(candidates(.count, in: tokens.indices))
        guard parts.count > Self.leastRestParts, parts.count == analysis.numberIndices.count, let site = parts.last,
            closedByArticleRest(parts),
            opensWithPart(tokens.indices, of: nil), directions(in: tokens.indices).isEmpty,
            var whole = listedWholeBefore, let number = tokens[site].number
        else { return nil }
        whole.token = nil
        return remainder(site, number, whole: whole.carriedOver, others: parts.dropLast().map { operand($0) })
    }

    /// The whole a list tied to the sentence before splits: that sentence's one count, or, with none, the one end
    /// value of its changes (`Discourse.lastEndLevels`).
    private var listedWholeBefore: Operand? {
        let counts = discourse.lastCounts
        if counts.count == 1 { return counts.first }
        let ends = discourse.lastEndLevels
        return counts.isEmpty && ends.count == 1 ? ends.first?.operand : nil
    }

    /// Whether the last of `parts`, and no other, follows a word of the rest after an article ('en in de overige
    /// 48'); a memo's label ('overig: 410') names a category beside the others.
    func closedByArticleRest(_ parts: [Int]) -> Bool {
        guard let last = parts.last, let word = restWord(before: last), followsArticle(word) else { return false }
        return parts.dropLast().allSatisfy { restWord(before: $0) == nil }
    }

    /// `parts` closed by their rest ('…; de overige 151'), with the counts in brackets that restate the part of a
    /// share before them ('Van de 388 … betrof 61 procent … (237 zaken); de overige 151 …'): each stands in the list
    /// for its share, at the rest's depth as the share is. Other lists are returned as they are.
    func withApposedShareParts(_ parts: [Int]) -> [Int] {
        guard closedByArticleRest(parts), let rest = parts.last else { return parts }
        let apposed = numbers(.percent, in: 0..<rest).compactMap { index -> Int? in
            guard tokens[index].depth == tokens[rest].depth, let number = tokens[index].number,
                let part = bracketedPartShare(index, number)?.part?.token, !parts.contains(part)
            else { return nil }
            return part
        }
        return (apposed + parts).sorted()
    }

    /// The fewest parts of a sum whose last is its rest: the rest and one other.
    static let leastRestParts = 2

    /// The rest `number` at `site` claimed as `whole` less `others`: a sum whose `whole` is set (`SumChecker`).
    func remainder(_ site: Int, _ number: WrittenNumber, whole: Operand, others: [Operand]) -> Claim {
        var claim = Claim(kind: .sum, site: site, claimed: precise(number, direction: nil))
        claim.parts = others
        claim.whole = whole
        return claim
    }
}
