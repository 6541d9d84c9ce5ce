/// A relative change or factor between values in units of measure (`MeasureUnit`): 'Een sprint duurt 7 dagen, een
/// release 4 weken. … vier keer zo lang' sets 7 days against 28, not 7 against 4. The claim has no unit of
/// its own, so its operands are read in one: where they name two units of one family, each in the least of them (4
/// weeks as 28 days); where they name units that do not go into each other exactly (days and months), or only some
/// of them name one while the others name another, the claim cannot be checked. Operands in one unit, or naming none,
/// are read as before, and so are rates ('€ 2,40 per uur'), whose unit is a quotient.
enum RelativeUnits {
    /// The change `claim` read with its operands in one unit (see the type).
    static func reading(of claim: Claim, in tokens: [Token]) -> UnitAgreement.Reading {
        let weighed = claim.operands.filter { $0.token != nil || $0.measure != nil }
        guard !weighed.compactMap(\.token).contains(where: { UnitAgreement.isRate($0, in: tokens) }) else {
            return .unchanged
        }
        let units = weighed.map { UnitAgreement.unit(of: $0, in: tokens) }
        let named = units.compactMap { $0 }
        guard let first = named.first, !named.allSatisfy({ $0 == first }) else { return .unchanged }
        guard named.count == units.count, let least = named.min(by: { $0.size < $1.size }),
            named.allSatisfy({ $0.factor(to: least) != nil })
        else { return .unitsDiffer }
        return .converted(
            claim.mapOperands { operand in
                guard operand.token != nil || operand.measure != nil,
                    let own = UnitAgreement.unit(of: operand, in: tokens), let factor = own.factor(to: least)
                else { return operand }
                return Operand(operand, scaledBy: factor)
            })
    }
}
