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

    /// The claim read with its units compared. Only the operands of this sentence are weighed: one taken from
    /// another sentence, or derived, has no noun here and is taken to be in the unit of the others.
    static func reading(of claim: Claim, in tokens: [Token]) -> Reading {
        guard kinds.contains(claim.kind), claim.claimed.number?.unit == .count, !isRate(claim.site, in: tokens),
            let claimed = unit(at: claim.site, in: tokens)
        else { return .unchanged }
        let stated = claim.operands.compactMap(\.token)
        guard !stated.isEmpty, !stated.contains(where: { isRate($0, in: tokens) }) else { return .unchanged }
        let units = stated.map { unit(at: $0, in: tokens) }
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
                guard let token = operand.token, let own = unit(at: token, in: tokens) else { return operand }
                return Operand(operand, scaledBy: own.factor(to: claimed)!)
            })
    }

    /// The unit of measure the number at `index` is written in: its currency sign's, or the noun right after it.
    private static func unit(at index: Int, in tokens: [Token]) -> MeasureUnit? {
        if let currency = tokens[index].number?.currency, let unit = MeasureUnit(currency: currency) { return unit }
        return ReadingSanity.noun(after: index, in: tokens).flatMap(MeasureUnit.init(noun:))
    }

    /// Whether the number at `index` is a rate ('575 euro per dag', '12 per week'), whose unit is a quotient.
    private static func isRate(_ index: Int, in tokens: [Token]) -> Bool {
        tokens[(index + 1)..<min(index + rateReach, tokens.count)].contains { $0.isWord("per") }
    }

    /// How far after a number 'per' makes it a rate: the number's noun, then 'per'.
    private static let rateReach = 3
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
