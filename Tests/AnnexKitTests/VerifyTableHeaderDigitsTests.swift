import Testing

@testable import AnnexKit

/// A table written as text whose header cells hold digits ('Overslag 2023 (mln ton)', 'Q1 2024', 'Omzet 2024 (x €
/// 1.000)') has a header, so its total row is checked (`TableBlock.namesColumn`). Each case hand-computed.
@Suite("Verify: a text table's header with digits in its cells")
struct VerifyTableHeaderDigitsTests {
    /// A port's tonnage: 41,2 + 18,6 = 59,8; 43,0 + 17,9 = 60,9.
    static func port(_ totals: String) -> String {
        """
        | Haven | Overslag 2023 (mln ton) | Overslag 2024 (mln ton) |
        |---|---:|---:|
        | Noord | 41,2 | 43,0 |
        | Zuid | 18,6 | 17,9 |
        | Totaal | \(totals) |
        """
    }

    /// Shops' turnover in thousands: 1.240 + 860 = 2.100; 1.310 + 905 = 2.215.
    static func shops(_ totals: String) -> String {
        """
        Winkel | Omzet 2023 (x € 1.000) | Omzet 2024 (x € 1.000)
        Centrum | 1.240 | 1.310
        Oost | 860 | 905
        Totaal | \(totals)
        """
    }

    /// Quarters split by tabs: 310 + 420 = 730; 295 + 440 = 735.
    static func quarters(_ totals: String) -> String {
        "Regio\tQ1 2024\tQ2 2024\nOost\t310\t295\nWest\t420\t440\nTotaal\t" + totals + "\n"
    }

    @Test(
        "Totals under a header with years and units in its cells are checked",
        arguments: [
            (port("59,8 | 60,9"), "59,8", Verdict.consistent),
            (port("59,8 | 60,9"), "60,9", .consistent),
            (port("59,8 | 61,9"), "61,9", .inconsistent),
            (shops("2.100 | 2.215"), "2.215", .consistent),
            (shops("2.100 | 2.251"), "2.251", .inconsistent),
            (quarters("730\t735"), "735", .consistent),
            (quarters("730\t745"), "745", .inconsistent),
        ])
    func totals(text: String, written: String, expected: Verdict) throws {
        let found = try #require(try verified(text).first { $0.kind == .sum && $0.written == written })
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("A first body row whose label is a year stays a body row: 1.200 + 1.300 = 2.500, 300 + 320 = 620")
    func yearLabel() throws {
        let text = "| Jaar | Leden | Donateurs |\n|---|---:|---:|\n| 2023 | 1.200 | 300 |\n| 2024 | 1.300 | 320 |\n"
            + "| Totaal | 2.500 | 620 |\n"
        let sums = try verified(text).filter { $0.kind == .sum }
        #expect(sums.map(\.written) == ["2.500", "620"])
        #expect(sums.allSatisfy { $0.verdict == .consistent })
    }

    @Test("The header's year is no part of a sum: 3.100 + 1.450 = 4.550, and 4.550 + 2.024 is wrong")
    func headerYearNoPart() throws {
        func table(_ total: String) -> String {
            "| Bezoekers | Aantal 2024 |\n|---|---:|\n| Volwassenen | 3.100 |\n| Kinderen | 1.450 |\n"
                + "| Totaal | \(total) |\n"
        }
        let right = try #require(try verified(table("4.550")).first { $0.kind == .sum })
        #expect(right.verdict == .consistent, "\(reason(right))")
        let withYear = try #require(try verified(table("6.574")).first { $0.kind == .sum })
        #expect(withYear.verdict == .inconsistent, "\(reason(withYear))")
    }

    @Test("A block without a total row makes no claim")
    func noTotal() throws {
        let text = "| Haven | Overslag 2023 (mln ton) | Overslag 2024 (mln ton) |\n|---|---:|---:|\n"
            + "| Noord | 41,2 | 43,0 |\n| Zuid | 18,6 | 17,9 |\n"
        #expect(try verified(text).isEmpty)
    }

    @Test("A rate column named with digits ('per 1.000 inwoners') is not summed; the count column is")
    func rateColumn() throws {
        let text = "| Gemeente | Leden | Leden per 1.000 inwoners |\n|---|---:|---:|\n| Aa | 1.200 | 40 |\n"
            + "| Bee | 900 | 30 |\n| Totaal | 2.100 | 35 |\n"
        let sums = try verified(text).filter { $0.kind == .sum }
        #expect(sums.map(\.written) == ["2.100"])
        #expect(sums.first?.verdict == .consistent)
    }
}
