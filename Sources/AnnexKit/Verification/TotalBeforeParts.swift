/// A total in one sentence and its parts in the next, tied by a word: 'In 2025 waren er 4.200 plaatsingen. 2.900
/// daarvan waren klinisch, 1.300 ambulant.', '… Van hen …', '… Van deze plaatsingen …', '… Dat bedrag bestond uit
/// drie posten: …'.
extension ClaimParser {
    /// The parts of the total at `total` that the next sentence of the paragraph gives when it ties them to it
    /// (`tiedParts(of:in:range:carried:)`).
    func partsInNextSentence(of total: Int) -> [Operand]? {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph else { return nil }
        let following = ClaimParser(analysis: next, discourse: discourse, withData: withData)
        return tiedParts(of: total, in: following, range: next.tokens.indices, carried: true)
    }

    /// '… 4.200 plaatsingen. 2.900 daarvan waren klinisch, 1.300 ambulant.': a sentence that opens with a digit is
    /// read together with the one before it (a digit is no capital); the only count before the stop is the total of
    /// the parts after it, when they are tied to it (`tiedParts(of:in:range:carried:)`).
    func totalBeforeStop() -> (total: Int, parts: [Operand])? {
        guard let stop = tokens.indices.first(where: { tokens[$0].isMark(".") && tokens[$0].depth == 0 }),
            stop + 1 < tokens.count, tokens[stop + 1].kind == .number
        else { return nil }
        let totals = numbers(.count, in: 0..<stop)
        guard totals.count == 1,
            let parts = tiedParts(of: totals[0], in: self, range: (stop + 1)..<tokens.count, carried: false)
        else { return nil }
        return (totals[0], parts)
    }

    /// The parts the tokens `range` of `parser`'s sentence give of the total at `total` (`carried` over from that
    /// sentence when it is another), when they tie them to it:
    /// they open with 'daarvan' or 'hiervan', or their first number is followed by one ('2.900 daarvan'); they open
    /// with 'van hen', or with 'van de', 'van deze' or 'van die' and a form of the noun the total counts; or they
    /// open by referring back and compose ('Dat bedrag bestond uit …'). They are the total split up, as a list after
    /// ':' is: with a word of summing or composing ('samen', 'bestond uit') always, without one when they come near
    /// it (`ReadingSanity.splitReading`; a list far below it names a selection of its categories). A rest named
    /// without a value after them (`namesUnvaluedRest(in:)`) binds them by position only.
    private func tiedParts(of total: Int, in parser: ClaimParser, range: Range<Int>, carried: Bool) -> [Operand]? {
        guard let number = tokens[total].number, !range.isEmpty else { return nil }
        let other = parser.tokens
        // '2.900 daarvan waren klinisch, 1.300 ambulant': with no 'en', every number of a stretch without a year.
        let candidates = parser.candidates(.count, in: range)
        let listed = parser.coordinated(candidates)
        let numbers = parser.analysis.numberIndices.filter(range.contains)
        let parts = listed.isEmpty && candidates.count == numbers.count
            && !other[range].contains(where: { $0.year != nil }) ? candidates : listed
        let summed = range.contains {
            parser.analysis.firstPhrase(Lexicon.sumCues + Lexicon.compositionCues, at: $0) != nil
        }
        // A list its rest closes ('…, in de overige 48 geen maatregel') claims that rest (`carriedListRestReading()`).
        guard parts.count >= 2, !parser.closedByArticleRest(parts),
            parts.allSatisfy({ other[$0].number.map { Self.isAmount($0, alike: number) } ?? false }),
            parser.opensWithPart(range, of: ReadingSanity.noun(after: total, in: tokens))
                || summed && parser.refersBack(range.lowerBound..<(range.lowerBound + 1)),
            !parser.statesSelection(parts, in: range)
        else { return nil }
        let operands = carried ? self.carried(parts, from: parser.analysis) : parts.map { operand($0) }
        let reading = ReadingSanity.splitReading(number.value, partsSum: operands.map(\.value).reduce(0, +))
        guard summed || reading != .none, let last = parts.last else { return nil }
        // A rest named without its value after them ('…; de rest betrof verrekeningen') leaves the parts short of
        // the total: they may confirm it, never contradict it.
        guard parser.namesUnvaluedRest(in: (last + 1)..<range.upperBound) else { return operands }
        return operands.map { $0.bound(OperandBinding(.positionOnly)) }
    }

    /// Whether parts say they are a selection of their whole, not all of it: the percentages in brackets after each
    /// ('1.583 (46 procent) … en 1.071 (31 procent) …'), or the one after a word of summing ('…, samen 77 procent'),
    /// add up to less than 100, even when each was rounded down by half a step.
    private func statesSelection(_ parts: [Int], in range: Range<Int>) -> Bool {
        var bracketed: [WrittenNumber] = []
        for part in parts {
            guard let inside = analysis.parenthesis(after: part), let share = percent(at: inside.lowerBound),
                !inside.dropFirst().contains(where: { tokens[$0].kind == .number })
            else { break }
            bracketed.append(share)
        }
        var coverage = bracketed.count == parts.count ? bracketed : []
        if coverage.isEmpty, let stated = range.lazy.compactMap({ index -> WrittenNumber? in
            guard let cue = self.analysis.firstPhrase(Lexicon.sumCues, at: index), cue.end < range.upperBound else {
                return nil
            }
            return self.percent(at: cue.end)
        }).first {
            coverage = [stated]
        }
        guard !coverage.isEmpty else { return false }
        let most = coverage.reduce(Exact(0)) { sum, share in sum + share.value + share.step / Exact(2) }
        return most < Exact(100)
    }

    /// The percentage written at `index`, if one is.
    private func percent(at index: Int) -> WrittenNumber? {
        guard let number = tokens[index].number, number.unit == .percent else { return nil }
        return number
    }

    /// Whether the tokens `range` open by naming the whole their numbers are parts of: 'Daarvan …', 'Hiervan …',
    /// '2.900 daarvan …', 'In 19 daarvan …', 'Van hen …', 'Van deze plaatsingen …' (a form of `noun`), 'Het gaat om 71
    /// meldingen …' (a form of `noun` after the first number).
    func opensWithPart(_ range: Range<Int>, of noun: String?) -> Bool {
        let first = range.lowerBound
        if Lexicon.partReferences.contains(tokens[first].text) { return true }
        // 'Het gaat om 71 meldingen in …': what the whole before consists of, its first part counting the whole's noun.
        if let (_, end) = analysis.firstPhrase(Lexicon.concernOpeners, at: first), end < range.upperBound,
            tokens[end].kind == .number, let noun, let counted = ReadingSanity.noun(after: end, in: tokens)
        {
            return Self.areForms(counted, noun)
        }
        guard first + 2 < range.upperBound else { return false }
        if tokens[first].kind == .number, Lexicon.partReferences.contains(tokens[first + 1].text) { return true }
        // 'In 19 daarvan volgde …': the part after the preposition that governs it.
        if tokens[first].kind == .word, tokens[first + 1].kind == .number,
            Lexicon.partReferences.contains(tokens[first + 2].text)
        {
            return true
        }
        guard tokens[first].isWord("van") else { return false }
        if tokens[first + 1].isWord("hen") { return true }
        return ["de", "deze", "die"].contains(tokens[first + 1].text) && tokens[first + 2].kind == .word
            && noun.map { Self.areForms(tokens[first + 2].text, $0) } ?? false
    }

    /// Whether a part is of its total's kind: of its currency, or an amount in its multiplier written without one
    /// ('1,42 miljard' of '3,1 miljard euro').
    static func isAmount(_ part: WrittenNumber, alike total: WrittenNumber) -> Bool {
        part.currency == total.currency || part.currency.isEmpty && part.multiplier == total.multiplier
            && total.multiplier > 1
    }
}
