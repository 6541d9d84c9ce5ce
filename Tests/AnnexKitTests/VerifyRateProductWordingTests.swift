import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// A rate whose unit is named by the 'per' right after its amount ('De huur bedraagt € 85 per plek per week'), times a
/// count of that unit in the next sentence (`ClaimParser.unitRates`, `carriedRateProduct`).
@Suite("verify: a product of a rate per the unit after its amount and a count of that unit")
struct VerifyAmountsOwnPerRateTests {
    /// € 85 × 36 = € 3.060; € 3.600 is a slip.
    @Test(
        "'€ R per X per week' times the count of X after it",
        arguments: [("€ 3.060", Verdict.consistent), ("€ 3.600", .inconsistent)])
    func rentPerPitch(total: String, expected: Verdict) throws {
        let text = "De huur bedraagt € 85 per plek per week. Met 36 plekken bracht dat \(total) op."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// 14 minutes × 390 = 5.460 minutes = 91 hours; 97 is a slip.
    @Test(
        "A rate in minutes per a unit, its product in hours",
        arguments: [("91", Verdict.consistent), ("97", .inconsistent)])
    func minutesPerCall(total: String, expected: Verdict) throws {
        let text = "Een terugbelverzoek kostte 14 minuten per beller. Bij 390 bellers komt dat neer op \(total) uur."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// 'per week' names a time, not the unit the next sentence counts ('plekken'); a rate with two values states no
    /// one rate: neither gives a product.
    @Test(
        "A 'per' of another unit than the one counted after, or two rates, give no product",
        arguments: [
            "De huur bedraagt € 85 per week. Met 36 plekken bracht dat € 3.600 op.",
            "De huur bedraagt € 85 per plek voor leden en € 95 voor anderen. Met 36 plekken bracht dat € 3.600 op.",
        ])
    func noProduct(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}

/// A product that closes its clause before a ',' or ';', the sentence going on with a clause of its own ('…, ruim
/// een derde van de inkomsten') (`ClaimParser.carriedRateProduct`).
@Suite("verify: a product of the rate before that closes its clause")
struct VerifyProductClosingItsClauseTests {
    /// € 12 × 2.450 = € 29.400; € 24.900 swaps two digits.
    @Test(
        "A product followed by ', …' with numbers of its own",
        arguments: [("€ 29.400", Verdict.consistent), ("€ 24.900", .inconsistent)])
    func entranceFees(total: String, expected: Verdict) throws {
        let text = "De entree per bezoeker was € 12. Met 2.450 bezoekers leverde dat \(total) op, het meeste in de "
            + "6 weken van de zomer."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// 25 minutes × 84 = 2.100 minutes = 35 hours; 53 is a slip. The clause after ';' has a number of its own.
    @Test(
        "A product in hours closing its clause before ';'",
        arguments: [("35", Verdict.consistent), ("53", .inconsistent)])
    func hoursBeforeSemicolon(total: String, expected: Verdict) throws {
        let text = "Per intake was de consulent gemiddeld 25 minuten kwijt. Bij 84 intakes is dat \(total) uur; "
            + "daarnaast kostte het overleg 12 uur."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// A total compared with something after it in its own clause, or a clause that goes on past the total with
    /// 'en', is no product.
    @Test(
        "A total that does not close its clause gives no product",
        arguments: [
            "De entree per bezoeker was € 12. Met 2.450 bezoekers leverde dat € 4.900 minder op dan begroot, "
                + "zo'n 6%.",
            "De entree per bezoeker was € 12. Met 2.450 bezoekers leverde dat € 24.900 op en met 300 leden € 3.600, "
                + "samen ruim € 28.000.",
        ])
    func noProduct(text: String) throws {
        #expect(try verdicts(text, .count).values.allSatisfy { $0 != .inconsistent })
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
