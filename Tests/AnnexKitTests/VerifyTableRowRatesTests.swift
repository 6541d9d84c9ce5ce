import Foundation
import Testing

@testable import AnnexKit

/// The columns of a small table written as text that each row derives from its own cells by a rate
/// (`TableRowRates.swift`): a column headed 'X per Y' is the row's X over its Y; a column of amounts is the row's count
/// times a tariff its header or the table's title states. Every table is hand-computed; the values are in the
/// comments. Each guard gives no claim, never an inconsistent one.
@Suite("verify: a text table's row columns of a rate or a product with a tariff")
struct VerifyTableRowRatesTests {
    /// The verdict of each claim of `kind` in `text`, by the claim as written.
    static func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
        Dictionary(
            try verified(text).filter { $0.kind == kind }.map { ($0.written, $0.verdict) },
            uniquingKeysWith: { first, _ in first })
    }

    // MARK: A rate of two columns

    /// Library branches: 31.200 / 2.400 = 13,0; 19.600 / 1.750 = 11,2; 12.740 / 980 = 13,0; the total row
    /// 63.540 / 5.130 = 12,386… (12,4). '10,3' for West is caught.
    @Test(
        "A column 'X per Y' is each row's X over its Y, the total row's too",
        arguments: [("13,0", Verdict.consistent), ("10,3", .inconsistent)])
    func perMember(west: String, expected: Verdict) throws {
        let text = """
            Vestiging | leden | uitleningen | uitleningen per lid
            Noord | 2.400 | 31.200 | 13,0
            Zuid | 1.750 | 19.600 | 11,2
            West | 980 | 12.740 | \(west)
            Totaal | 5.130 | 63.540 | 12,4
            """
        let found = try Self.verdicts(text, .ratio)
        #expect(found["11,2"] == .consistent && found["12,4"] == .consistent)
        #expect(found[west] == expected)
        // The total row's sums are checked as before: 2.400 + 1.750 + 980 = 5.130.
        #expect(try Self.verdicts(text, .sum)["5.130"] == .consistent)
    }

    /// Reports per 1.000 inhabitants: 462 / 33.000 × 1.000 = 14,0; 247 / 19.000 × 1.000 = 13,0 (14,5 is caught).
    @Test(
        "A rate per a number of units is scaled by it",
        arguments: [("13,0", Verdict.consistent), ("14,5", .inconsistent)])
    func perThousand(heerde: String, expected: Verdict) throws {
        let text = """
            Gemeente | inwoners | meldingen | meldingen per 1.000 inwoners
            Epe | 33.000 | 462 | 14,0
            Heerde | 19.000 | 247 | \(heerde)
            Oldebroek | 24.000 | 312 | 13,0
            """
        let found = try Self.verdicts(text, .ratio)
        #expect(found["14,0"] == .consistent)
        #expect(found[heerde] == expected)
    }

    /// A header whose words name no column, or costs in thousands under a header in euros beside costs per member
    /// (96 / 2.400 is 0,04, never 40,00; a scale the header states is read, `VerifyTableRateNamingTests`): no rate is
    /// read.
    @Test(
        "A rate whose words name no column, or whose rows do not show it, gives no claim",
        arguments: [
            "Vestiging | abonnees | uitleningen | boetes per lid\nNoord | 2.400 | 31.200 | 1,20\n"
                + "Zuid | 1.750 | 19.600 | 0,90",
            "Vestiging | leden | kosten (€) | kosten per lid (€)\nNoord | 2.400 | 96 | 40,00\n"
                + "Zuid | 1.750 | 63 | 36,00",
        ])
    func noRate(text: String) throws {
        #expect(try Self.verdicts(text, .ratio).values.allSatisfy { $0 == .unverifiable })
    }

    // MARK: A product with a tariff

    /// Kerbs renewed at € 85 a metre: 120 × 85 = 10.200; 64 × 85 = 5.440; 38 × 85 = 3.230 ('€ 3.320' is caught).
    @Test(
        "A column whose header states a tariff per unit is each row's count of that unit times it",
        arguments: [("€ 3.230", Verdict.consistent), ("€ 3.320", .inconsistent)])
    func tariffInHeader(mill: String, expected: Verdict) throws {
        let text = """
            Straat | lengte (m) | kosten (€ 85/m)
            Dorpsstraat | 120 | € 10.200
            Kerkweg | 64 | € 5.440
            Molenpad | 38 | \(mill)
            """
        let found = try Self.verdicts(text, .count)
        #expect(found["€ 10.200"] == .consistent && found["€ 5.440"] == .consistent)
        #expect(found[mill] == expected)
    }

    /// Berths rented at € 6,50 a metre, the tariff in the title: 14 × 6,50 = 91,00; 9 × 6,50 = 58,50; 22 × 6,50 =
    /// 143,00 ('€ 134,00' is caught).
    @Test(
        "A tariff in the line above the table applies to its only column of amounts",
        arguments: [("€ 143,00", Verdict.consistent), ("€ 134,00", .inconsistent)])
    func tariffInTitle(third: String, expected: Verdict) throws {
        let text = """
            Ligplaatsen in de jachthaven (tarief € 6,50 per meter)
            Steiger | meters | huur per nacht
            A | 14 | € 91,00
            B | 9 | € 58,50
            C | 22 | \(third)
            """
        let found = try Self.verdicts(text, .count)
        #expect(found["€ 91,00"] == .consistent && found["€ 58,50"] == .consistent)
        #expect(found[third] == expected)
    }

    /// The same berths with a second column of amounts, a tariff of a unit no column names, or a column of amounts
    /// that is no product (the rows show no 14 × 6,50): no product is read.
    @Test(
        "A tariff that names no column, a table of two amount columns, or rows that do not show it give no claim",
        arguments: [
            "Jachthaven (tarief € 6,50 per meter)\nSteiger | meters | huur | borg\nA | 14 | € 91,00 | € 50,00\n"
                + "B | 9 | € 58,50 | € 50,00",
            "Jachthaven (tarief € 6,50 per nacht)\nSteiger | meters | huur\nA | 14 | € 91,00\nB | 9 | € 58,50",
            "Jachthaven (tarief € 6,50 per meter)\nSteiger | meters | omzet\nA | 14 | € 1.240,00\nB | 9 | € 870,00",
        ])
    func noProduct(text: String) throws {
        #expect(try Self.verdicts(text, .count).values.allSatisfy { $0 == .unverifiable })
    }
}
