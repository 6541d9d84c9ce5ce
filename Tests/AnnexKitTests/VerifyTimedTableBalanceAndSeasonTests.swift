import Foundation
import Testing

@testable import AnnexKit

/// A table of two times whose rows end with a balance row of signed values ('Saldo | +60 | +129'): that row is a
/// difference of the rows above, no level, so it neither ends the table nor is one of its rows (`TimedTable`).
@Suite("verify: a table of two years under which a row of signed values gives the balance")
struct VerifyTimedTableBalanceRowTests {
    /// Members of a choir, joined and left per year, with their balance.
    private let table = """
        Ledenverloop | 2023 | 2024
        Aanmeldingen | 240 | 300
        Opzeggingen | 180 | 171
        Saldo | +60 | +129

        """

    @Test("a change of a row above the balance row")
    func rowChange() throws {
        // (300 − 240) / 240 = +25 %.
        try expectVerdict(.consistent, of: "25%", in: table + "De aanmeldingen namen met 25% toe.")
        try expectVerdict(.inconsistent, of: "30%", in: table + "De aanmeldingen namen met 30% toe.")
        // (171 − 180) / 180 = −5 %.
        try expectVerdict(.consistent, of: "5 procent", in: table + "De opzeggingen daalden met 5 procent.")
    }

    @Test("the balance row itself is no row whose change prose can state")
    func near() throws {
        // 60 → 129 would be +115 %, but a balance is no level: no row is named.
        try expectUnverifiable("115 procent", in: table + "Het saldo nam met 115 procent toe.")
    }
}

/// A table whose two value columns are seasons written as two years joined by a hyphen ('2022-2023 | 2023-2024'):
/// each is one season, the earlier first, as '2022/23 | 2023/24' is (`TimedTable`). A span of more than one year
/// ('2015-2019') is no season.
@Suite("verify: a table of two seasons written as years joined by a hyphen")
struct VerifyHyphenSeasonTableTests {
    /// Burglaries per neighbourhood, per season from autumn to autumn.
    private let table = """
        Inbraken per buurt | 2022-2023 | 2023-2024
        Vinkenbuurt | 150 | 120
        Merelwijk | 80 | 92
        Reigerpark | 45 | 45

        """

    @Test("a change of the row the sentence names")
    func rowChange() throws {
        // (120 − 150) / 150 = −20 %.
        try expectVerdict(.consistent, of: "20%", in: table + "In de Vinkenbuurt daalde het aantal inbraken met 20%.")
        try expectVerdict(
            .inconsistent, of: "25%", in: table + "In de Vinkenbuurt daalde het aantal inbraken met 25%.")
        // (92 − 80) / 80 = +15 %.
        try expectVerdict(
            .consistent, of: "15 procent", in: table + "In de Merelwijk nam het aantal inbraken met 15 procent toe.")
    }

    @Test("spans of several years are no seasons")
    func near() throws {
        try expectUnverifiable(
            "20%",
            in: "Inbraken per buurt | 2015-2019 | 2020-2024\nVinkenbuurt | 150 | 120\nMerelwijk | 80 | 92\n"
                + "Reigerpark | 45 | 45\nIn de Vinkenbuurt daalde het aantal inbraken met 20%.")
    }
}
