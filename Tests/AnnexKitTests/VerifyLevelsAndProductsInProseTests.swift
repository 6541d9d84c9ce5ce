import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// Whether no claim of `text` is found inconsistent.
private func raisesNoAlarm(_ text: String) throws -> Bool {
    try verified(text).allSatisfy { $0.verdict != .inconsistent }
}

/// A compound whose head is 'verschil' ('prijsverschil') as the subject of a bare difference
/// (`ClaimParser.isDifferenceNoun`): the larger less the smaller of the two values of the sentence before.
@Suite("verify: a bare difference named by a compound of 'verschil'")
struct VerifyCompoundDifferenceNounTests {
    /// € 2.980 − € 1.240 = € 1.740; € 1.470 swaps two digits.
    @Test(
        "'Het prijsverschil bedroeg …' is the larger value less the smaller",
        arguments: [("€ 1.740", Verdict.consistent), ("€ 1.470", .inconsistent)])
    func priceDifference(difference: String, expected: Verdict) throws {
        let text = "Een stadsfiets kostte gemiddeld € 1.240, een elektrische fiets € 2.980. Het prijsverschil "
            + "bedroeg \(difference)."
        #expect(try verdicts(text, .difference)[difference] == expected)
    }

    /// 'met vorig jaar' names what the difference is of: no bare difference of the two values before.
    @Test("A compound of 'verschil' that names what it compares with is no bare difference")
    func namedComparison() throws {
        let text = "Een stadsfiets kostte gemiddeld € 1.240, een elektrische fiets € 2.980. Het prijsverschil met "
            + "vorig jaar bedroeg € 1.470."
        #expect(try raisesNoAlarm(text))
    }
}

/// A whole spread over a counted list of parts ('verdeeld over drie periodes van 9, 17 en 12 dagen')
/// (`ClaimParser.spreadOverParts`): the whole is their sum.
@Suite("verify: a whole spread over the parts it lists")
struct VerifySpreadOverPartsTests {
    /// 9 + 17 + 12 = 38 days; 36 is two short.
    @Test(
        "A total 'verdeeld over N … van a, b en c' is the sum of the N parts",
        arguments: [("38", Verdict.consistent), ("36", .inconsistent)])
    func periods(total: String, expected: Verdict) throws {
        let text = "De brug was in totaal \(total) dagen gestremd, verdeeld over drie periodes van 9, 17 en 12 dagen."
        #expect(try verdicts(text, .sum)[total] == expected)
    }

    /// € 25.000 + € 40.000 = € 65.000; € 56.000 swaps two digits.
    @Test(
        "An amount 'verspreid over twee … van € a en € b' is their sum",
        arguments: [("€ 65.000", Verdict.consistent), ("€ 56.000", .inconsistent)])
    func amounts(total: String, expected: Verdict) throws {
        let text = "Het fonds keerde \(total) uit, verspreid over twee rondes van € 25.000 en € 40.000."
        #expect(try verdicts(text, .sum)[total] == expected)
    }

    /// Four periods named, three listed: the list is not all of the parts; twelve schools list none.
    @Test(
        "A list of another length than its count, or no list, is no sum",
        arguments: [
            "De brug was in totaal 36 dagen gestremd, verdeeld over vier periodes van 9, 17 en 12 dagen.",
            "De stichting telt 1.200 leerlingen, verdeeld over 14 scholen.",
        ])
    func noList(text: String) throws {
        #expect(try verdicts(text, .sum).values.allSatisfy { $0 != .inconsistent })
        #expect(try raisesNoAlarm(text))
    }
}

/// 'warmer' and 'kouder' as comparatives of a difference of temperature, as 'hoger' and 'lager' are.
@Suite("verify: a difference of temperature said with 'warmer' or 'kouder'")
struct VerifyTemperatureComparativeTests {
    /// 11,2 − 8,5 = 2,7 degrees warmer; 3,7 is one off.
    @Test(
        "'N graad warmer' is the later value less the earlier",
        arguments: [("2,7", Verdict.consistent), ("3,7", .inconsistent)])
    func warmer(difference: String, expected: Verdict) throws {
        let text = "In maart was het 8,5 graden en in april 11,2 graden, \(difference) graad warmer."
        #expect(try verdicts(text, .difference)[difference] == expected)
    }

    /// 7,9 − 12,4 = −4,5 degrees: 'kouder' signs it down; 5,4 swaps the digits.
    @Test(
        "'N graad kouder' is a fall",
        arguments: [("4,5", Verdict.consistent), ("5,4", .inconsistent)])
    func colder(difference: String, expected: Verdict) throws {
        let text = "In oktober was het 12,4 graden en in november 7,9 graden, \(difference) graad kouder."
        #expect(try verdicts(text, .difference)[difference] == expected)
    }
}

/// A product of a rate per one unit the sentence before states ('De entree per bezoeker …') and a count of that unit
/// in the next ('Bij 18.400 bezoekers levert dat … op') (`ClaimParser.carriedRateProduct`).
@Suite("verify: a product of the rate before and a count of its unit")
struct VerifyCarriedRateProductTests {
    /// € 7,50 × 18.400 = € 138.000; € 183.000 swaps two digits.
    @Test(
        "A rate per a unit times the count of that unit in the next sentence",
        arguments: [("€ 138.000", Verdict.consistent), ("€ 183.000", .inconsistent)])
    func amount(total: String, expected: Verdict) throws {
        let text = "De entree per bezoeker bedraagt € 7,50. Bij 18.400 bezoekers levert dat \(total) op."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// 36 minutes × 2.150 = 77.400 minutes = 1.290 hours; 1.920 swaps two digits.
    @Test(
        "A product in hours of a rate in minutes",
        arguments: [("1.290", Verdict.consistent), ("1.920", .inconsistent)])
    func hours(total: String, expected: Verdict) throws {
        let text = "Per melding was een medewerker gemiddeld 36 minuten bezig. Bij 2.150 meldingen komt dat neer op "
            + "\(total) uur."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// € 6,80 × 12.500 = € 85.000 (the level the price reached); € 77.500 is the start value's product.
    @Test(
        "After a change the rate is the level it reached",
        arguments: [("€ 85.000", Verdict.consistent), ("€ 77.500", .inconsistent)])
    func reachedLevel(total: String, expected: Verdict) throws {
        let text = "De prijs per maaltijd steeg van € 6,20 naar € 6,80. Over 12.500 maaltijden kwamen de kosten "
            + "daarmee op \(total)."
        #expect(try verdicts(text, .count)[total] == expected)
    }

    /// Two rates before, a count of another unit than the rate's, or a total compared with something after it: no
    /// product is read.
    @Test(
        "Two rates before, a count of another noun, or a total that does not close its sentence give no product",
        arguments: [
            "De entree per bezoeker bedraagt € 7,50 voor volwassenen en € 4,00 voor kinderen. Bij 18.400 bezoekers "
                + "levert dat € 183.000 op.",
            "De entree per bezoeker bedraagt € 7,50. Met 40 vrijwilligers levert dat € 183.000 op.",
            "De entree per bezoeker bedraagt € 7,50. Bij 18.400 bezoekers is dat € 183.000 minder dan begroot.",
        ])
    func noProduct(text: String) throws {
        #expect(try verdicts(text, .count).values.allSatisfy { $0 != .inconsistent })
        #expect(try raisesNoAlarm(text))
    }
}
