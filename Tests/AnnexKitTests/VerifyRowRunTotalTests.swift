import Foundation
import Testing

@testable import AnnexKit

/// A total in prose under rows of a table between bars that also give means; a share's whole coordinated with a
/// change is none of the change's levels.
@Suite("verify: a total under table rows with means; a share's whole beside a change")
struct VerifyRowRunTotalTests {
    @Test("A total under bar rows adds the rows' counts of its noun, not the means beside them")
    func totalUnderRows() throws {
        // 1.240 + 860 = 2.100 (not 1.240 + 68 + 860 + 112 = 2.280).
        let rows = "Huurwoningen | 1.240 woningen | gemiddeld 68 m2\nKoopwoningen | 860 woningen | gemiddeld 112 m2\n"
        try expectVerdict(.consistent, of: "2.100", in: rows + "Samen 2.100 woningen, met gemiddeld 86 m2 per woning.")
        let wrong = rows + "Samen 2.200 woningen, met gemiddeld 86 m2 per woning."
        try expectVerdict(.inconsistent, of: "2.200", in: wrong)
        // 412 + 655 + 233 = 1.300; the means in euros are no parts.
        let three = """
            Afdeling Noord | 412 leden | gemiddeld € 85 contributie
            Afdeling Midden | 655 leden | gemiddeld € 92 contributie
            Afdeling Zuid | 233 leden | gemiddeld € 78 contributie

            """
        try expectVerdict(.consistent, of: "1.300", in: three + "Samen telden de afdelingen 1.300 leden.")
        try expectVerdict(.inconsistent, of: "1.350", in: three + "Samen telden de afdelingen 1.350 leden.")
    }

    @Test("A mean of the total's own noun beside each row's count is no part")
    func meanOfSameNoun() throws {
        // 1.800 + 900 = 2.700; with the means (60, 30) the rows would make 2.790, which is wrong.
        let rows = "Zomerseizoen | 1.800 bezoekers | gemiddeld 60 bezoekers\n"
            + "Winterseizoen | 900 bezoekers | gemiddeld 30 bezoekers\n"
        try expectVerdict(.consistent, of: "2.700", in: rows + "Samen 2.700 bezoekers.")
        try expectVerdict(.inconsistent, of: "2.790", in: rows + "Samen 2.790 bezoekers.")
    }

    @Test("Rows that count another noun than the total are no parts known by their nouns")
    func rowsOfAnotherNoun() throws {
        // The rows count schools; the total counts pupils (42 × 235 + 17 × 840 = 24.150, no sum of the rows).
        let text = "Basisonderwijs | 42 scholen | gemiddeld 235 leerlingen\n"
            + "Voortgezet onderwijs | 17 scholen | gemiddeld 840 leerlingen\nSamen 24.150 leerlingen.\n"
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test("The first of two bar rows without a header ends its sentence")
    func firstRowEndsSentence() throws {
        let text = "Huurwoningen | 1.240 woningen | gemiddeld 68 m2\nKoopwoningen | 860 woningen | gemiddeld 112 m2\n"
        let found = try verified(text)
        // Each row's mean stands in the row's own sentence, one line long.
        #expect(found.map(\.sentenceLines) == [1...1, 2...2], "\(found.map { "\($0.written) \($0.sentenceLines)" })")
    }

    @Test("A first line of values split by bars, its label a number, still runs on into the line under it")
    func valuesSplitByBars() throws {
        // 410 → 452: +42 and +10,24% → 10,2%.
        let text = "Jeugdhulptrajecten\n2023: 410 | 2024: 452\nToename: 42 (+10,2%)\n"
        try expectVerdict(.consistent, of: "42", in: text)
        try expectVerdict(.consistent, of: "+10,2%", in: text)
        try expectVerdict(.inconsistent, of: "48", in: text.replacingOccurrences(of: "42", with: "48"))
    }

    @Test("A share's whole coordinated with a change is none of the change's levels")
    func shareWholeBesideChange() throws {
        let lead = "Vorig jaar registreerde de politie 1.150 fietsdiefstallen. "
        // 1.150 / 5.000 = 23,0%; 1.250 → 1.150 = −8,0%.
        let right = lead + "Dat is 23 procent van alle 5.000 diefstallen in de gemeente, en 8 procent minder dan "
            + "in 2022 (1.250)."
        try expectVerdict(.consistent, of: "23 procent", in: right)
        try expectVerdict(.consistent, of: "8 procent", in: right)
        // A planted change and a planted share are each caught, the other claim still consistent.
        let wrongChange = lead + "Dat is 23 procent van alle 5.000 diefstallen in de gemeente, en 12 procent "
            + "minder dan in 2022 (1.250)."
        try expectVerdict(.inconsistent, of: "12 procent", in: wrongChange)
        try expectVerdict(.consistent, of: "23 procent", in: wrongChange)
        let wrongShare = lead + "Dat is 26 procent van alle 5.000 diefstallen in de gemeente, en 8 procent "
            + "minder dan in 2022 (1.250)."
        try expectVerdict(.inconsistent, of: "26 procent", in: wrongShare)
        try expectVerdict(.consistent, of: "8 procent", in: wrongShare)
    }

    @Test("A rise, a whole of tonnes and '%' coordinated the same way")
    func otherForms() throws {
        // 2.730 / 7.800 = 35,0%; 2.600 → 2.730 = +5,0%.
        let rise = "In 2025 deden 2.730 scholieren mee aan de zwemtoets. Dat is 35% van de 7.800 scholieren in de "
            + "regio, en 5% meer dan in 2024 (2.600)."
        try expectVerdict(.consistent, of: "35%", in: rise)
        try expectVerdict(.consistent, of: "5%", in: rise)
        // 2.400 / 60.000 = 4,0%; 3.000 → 2.400 = −20,0%.
        let tonnes = "De gemeente haalde in 2023 2.400 ton grofvuil op. Dat is 4 procent van het totaal van 60.000 ton "
            + "afval, en 20 procent minder dan in 2021 (3.000 ton)."
        try expectVerdict(.consistent, of: "4 procent", in: tonnes)
        try expectVerdict(.consistent, of: "20 procent", in: tonnes)
        let wrongTonnes = tonnes.replacingOccurrences(of: "20 procent", with: "25 procent")
        try expectVerdict(.inconsistent, of: "25 procent", in: wrongTonnes)
    }

    @Test("Without the earlier level a change beside a share's whole is never contradicted by that whole")
    func noEarlierLevel() throws {
        let text = "Vorig jaar registreerde de politie 1.150 fietsdiefstallen. Dat is 23 procent van alle 5.000 "
            + "diefstallen, en 8 procent minder dan in 2022."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "8 procent" && $0.verdict == .inconsistent },
            "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
