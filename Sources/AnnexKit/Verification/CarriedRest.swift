/// A whole and the parts a sentence splits it into ('De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp
/// en 432 voor vervoer.'), for the rest the next sentence names ('De overige 48 betroffen woningaanpassingen.', 'De
/// rest, 37 procent, …'): the whole less the parts, as a count or as a share of the whole.
struct SplitWhole: Sendable {
    /// The whole the parts split.
    let whole: Operand
    /// The parts the sentence lists.
    let parts: [Operand]
    /// The noun the whole counts ('aanvragen'), when one follows it.
    let noun: String?
}

extension ClaimParser {
    /// The one whole of counts the sentence splits into parts of its own, from its sum claims (no rest among them).
    func splitWhole(of claims: [Claim]) -> SplitWhole? {
        let splits = claims.filter { claim in
            claim.kind == .sum && claim.whole == nil && claim.parts.count >= Self.leastRestParts
                && claim.parts.allSatisfy { $0.token != nil && $0.unit == .count }
                && tokens[claim.site].number?.unit == .count
        }
        guard splits.count == 1, let split = splits.first else { return nil }
        return SplitWhole(
            whole: operand(split.site).carriedOver,
            parts: split.parts.compactMap(\.token).map { operand($0).carriedOver },
            noun: ReadingSanity.noun(after: split.site, in: tokens))
    }

    /// Whether the next sentence of the paragraph opens its numbers with a rest that refers back ('De overige 48
    /// …', 'De rest, 37 procent, …'): the parts this sentence lists are then not all of their whole.
    var restFollows: Bool {
        guard let next, next.sentence.paragraph == analysis.sentence.paragraph, let first = next.numberIndices.first
        else { return false }
        return ClaimParser(analysis: next, discourse: discourse, withData: withData).referringRest(before: first) != nil
    }

    /// The part and whole of counts the sentence a rest refers to states (`Discourse.restSource`: 'Van de 37
    /// maatregelen zijn er 29 gerealiseerd.'), as a whole split into that one part, for a rest after it ('De overige 8
    /// …'), as a rest in percent takes them (`carriedPercentRemainderReading`). The whole's noun is not known here: a
    /// rest that names a noun binds weakly.
    private var statedSplit: SplitWhole? {
        guard let (part, whole) = discourse.restSource?.partAndWhole, part.unit == .count, whole.unit == .count
        else { return nil }
        return SplitWhole(whole: whole, parts: [part], noun: nil)
    }

    /// 'De gemeente kreeg 800 aanvragen: 320 … en 432 …. De overige 48 betroffen woningaanpassingen.': a sentence
    /// whose one count follows a referring word of the rest, with no direction word, is the whole of the sentence
    /// before (or of the one before that, past a sentence that only restates a share of them: `Discourse.restSource`)
    /// less the parts it split it into, or less the part it states of its whole (`statedSplit`); numbers after
    /// it that 'gemiddeld' governs are means of the rest's members, no other count. A rest that names a noun of its
    /// own, neither the whole's nor a verb's ('De overige 48 klachten'), may count something else: its whole then
    /// binds weakly (`OperandBinding.Evidence.otherRest`). Only the rest's stretch counts: a stretch after it
    /// ('De overige 78 zijn volwassenen; bij hen groeide …') says something of its own, with numbers of its own.
    func carriedCountRemainderReading() -> Claim? {
        guard let first = analysis.numberIndices.first else { return nil }
        let stretch = analysis.stretchRange(analysis.stretches[first])
        // 'De overige 147 aanvragen duurden gemiddeld 19 dagen': a mean after the rest's count is of its members.
        let own = analysis.numberIndices.filter { stretch.contains($0) && ($0 == first || !isAveraged($0)) }
        let counts = numbers(.count, in: stretch).filter(own.contains)
        guard counts.count == 1, own.count == 1, let site = counts.first,
            referringRest(before: site) != nil, directions(in: stretch).isEmpty,
            let number = tokens[site].number, let split = discourse.restSource?.split ?? statedSplit
        else { return nil }
        let whole = restWhole(split.whole, at: site, wholeNoun: split.noun)
        return remainder(site, number, whole: whole, others: split.parts)
    }
}
