/// A claimed quantity and its operands in units of measure (`MeasureUnit`): a number whose unit differs from its
/// operands' is not the same quantity. '94,2 dagen, tegen 80,8 dagen: bijna twee weken langer' claims a difference in
/// weeks of values in days. One rule for every claim that adds or subtracts quantities (a difference, a sum, a mean):
/// where the two units go into each other exactly the claim is read in its operands' unit ('bijna twee weken' as
/// 'bijna 14 dagen'), or, when the operands are in several units, each operand in the claim's; where they do not
/// (days against months) it cannot be checked. Operands that name no unit are taken to be in the claim's.
enum UnitAgreement {
    /// How a claim reads once its units are compared.
    enum Reading {
        /// The claim as it was: its units agree, or it names none.
        case unchanged
        /// The claim with its claimed value, or its operands, converted exactly into one unit.
        case converted(Claim)
        /// The claim and its operands are in units that do not go into each other exactly.
        case unitsDiffer
    }

    /// The kinds of claim that add or subtract their operands, and so need them in the claim's own unit.
    private static let kinds: Set<ClaimKind> = [.difference, .sum, .average]

    /// The claim read with its units compared. An operand of this sentence is weighed by the noun after it; one
    /// carried from another sentence by the unit that sentence named for it (`Operand.measure`); a derived one, or a
    /// carried one that named none, is taken to be in the unit of the others.
    static func reading(of claim: Claim, in tokens: [Token]) -> Reading {
        if claim.kind == .change { return RelativeUnits.reading(of: claim, in: tokens) }
        guard kinds.contains(claim.kind), claim.claimed.number?.unit == .count, !isRate(claim.site, in: tokens),
            let claimed = unit(at: claim.site, in: tokens)
        else { return .unchanged }
        if let basis = TimeBasis.reading(of: claim, in: tokens) { return basis }
        let weighed = claim.operands.filter { $0.token != nil || $0.measure != nil }
        guard !weighed.isEmpty else { return .unchanged }
        if weighed.compactMap(\.token).contains(where: { isRate($0, in: tokens) }) {
            return amountOfRates(claim, claimed: claimed, in: tokens)
        }
        let units = weighed.map { unit(of: $0, in: tokens) }
        let named = units.compactMap { $0 }
        // No operand names a unit ('3,5 mld euro' after '1,2 miljard' and '2,3 miljard'): it is the claim's.
        guard let first = named.first else { return .unchanged }
        if named.allSatisfy({ $0 == first }) {
            guard let factor = claimed.factor(to: first) else { return .unitsDiffer }
            return factor == Exact(1) ? .unchanged : .converted(claim.scaledClaim(by: factor))
        }
        // Operands in several units: each in the claim's, when every one names its own.
        guard named.count == units.count, named.allSatisfy({ $0.factor(to: claimed) != nil }) else {
            return .unitsDiffer
        }
        return .converted(
            claim.mapOperands { operand in
                guard operand.token != nil || operand.measure != nil, let own = unit(of: operand, in: tokens) else {
                    return operand
                }
                return Operand(operand, scaledBy: own.factor(to: claimed)!)
            })
    }

    /// A claim that is no rate, of operands that are ('van € 1,02 naar € 1,13 per m3, 11 cent meer'): a rate's unit
    /// is a quotient, but its amount is counted in the unit its number is written in, so the claim is read in that
    /// unit when all operands that name one name the same and the claim's goes into it exactly (11 cent as € 0,11);
    /// a claim of another family than theirs (grams of euros per kilo) cannot be checked. Operands that name no unit
    /// leave the claim as it is.
    private static func amountOfRates(_ claim: Claim, claimed: MeasureUnit, in tokens: [Token]) -> Reading {
        let named = claim.operands.compactMap { operand in
            operand.token.map { unit(at: $0, in: tokens) }
                ?? operand.written.flatMap { unit(at: $0.index, in: $0.tokens) }
        }
        guard let first = named.first, named.allSatisfy({ $0 == first }) else { return .unchanged }
        guard let factor = claimed.factor(to: first) else { return .unitsDiffer }
        return factor == Exact(1) ? .unchanged : .converted(claim.scaledClaim(by: factor))
    }

    /// The unit of measure the number at `index` names for itself, to keep with its operand wherever it is carried:
    /// none for a rate ('575 euro per dag'), whose unit is a quotient.
    static func measure(at index: Int, in tokens: [Token]) -> MeasureUnit? {
        isRate(index, in: tokens) ? nil : unit(at: index, in: tokens)
    }

    /// The unit of `operand`: the noun after it in this sentence, or the one its own sentence named.
    static func unit(of operand: Operand, in tokens: [Token]) -> MeasureUnit? {
        operand.token.map { unit(at: $0, in: tokens) } ?? operand.measure
    }

    /// The unit of measure the number at `index` is written in: its currency sign's, or the noun right after it.
    private static func unit(at index: Int, in tokens: [Token]) -> MeasureUnit? {
        if let currency = tokens[index].number?.currency, let unit = MeasureUnit(currency: currency) { return unit }
        return ReadingSanity.noun(after: index, in: tokens).flatMap(MeasureUnit.init(noun:))
    }

    /// Whether the number at `index` is a rate ('575 euro per dag', '12 per week'), whose unit is a quotient.
    static func isRate(_ index: Int, in tokens: [Token]) -> Bool {
        tokens[(index + 1)..<min(index + rateReach, tokens.count)].contains { $0.isWord("per") }
    }

    /// How far after a number 'per' makes it a rate: the number's noun, then 'per'.
    static let rateReach = 3
}

extension Claim {
    /// The claim with its claimed value read `factor` times larger: in a smaller unit ('bijna twee weken' as 'bijna
    /// 14 dagen'). The claim as written is kept.
    fileprivate func scaledClaim(by factor: Exact) -> Claim {
        var claim = self
        let old = claimed
        claim.claimed = Claimed(
            value: old.value, accepted: old.accepted.scaled(by: factor), plausible: old.plausible.scaled(by: factor),
            text: old.text, direction: old.direction, number: old.number)
        return claim
    }
}
