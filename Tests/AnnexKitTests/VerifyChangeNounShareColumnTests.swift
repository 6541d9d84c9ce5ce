import Testing

@testable import AnnexKit

/// verify215: a table column of percentages headed by a noun of change ('Uitval' after 'Ingeschreven | Gestopt') may
/// hold each row's share of its count in the column before of its count two columns before; it is read so only when
/// more than half its rows show that share (`TableRowColumns.share`), so one slip is caught and a column of changes
/// is not read as shares.
@Suite("Verify: a share column headed by a noun of change")
struct VerifyChangeNounShareColumnTests {
    /// 18 / 200 = 9,0%; 21 / 150 = 14,0%; 4 / 80 = 5,0%.
    private static let header = "Cursus | Ingeschreven | Gestopt | Uitval\n"

    @Test("Each row's loss as a share of its own count")
    func rowShares() throws {
        let text = Self.header + "Zwemmen | 200 | 18 | 9,0%\nTennis | 150 | 21 | 12,0%\nJudo | 80 | 4 | 5,0%\n"
        try expectClaim("9,0%", in: text, kind: .share, verdict: .consistent)
        // 21 / 150 = 14,0%, not 12,0.
        try expectClaim("12,0%", in: text, kind: .share, verdict: .inconsistent)
        try expectClaim("5,0%", in: text, kind: .share, verdict: .consistent)
    }

    /// 180 / 200 = 90%, 120 / 150 = 80%, 76 / 80 = 95%: no row shows its share, the column is of changes.
    @Test("A column of changes is no column of shares")
    func changeColumn() throws {
        let text = "Cursus | Begin | Eind | Afname\nZwemmen | 200 | 180 | 10,0%\nTennis | 150 | 120 | 20,0%\n"
            + "Judo | 80 | 76 | 5,0%\n"
        try expectUnverifiable("10,0%", in: text)
    }
}
