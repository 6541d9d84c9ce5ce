import Foundation
import Testing

@testable import AnnexKit

/// A change of one row of a list or table whose rows give the earlier value in brackets after the later one ('-
/// romans: 4.400 (4.000)' under a title '(tussen haakjes 2023)', '- uitrukken: 412 (2024: 380)'), named in prose under
/// it by the row's label: from the bracketed value to the one before it (`BracketedTimedRow`, `timedRowChange`).
@Suite("verify: a change of a row that gives its earlier value in brackets")
struct VerifyBracketedTimedRowTests {
    /// A library's loans per collection, the earlier year named by the title.
    static let loans = """
        Uitleningen per collectie (tussen haakjes 2023):
        - romans: 4.400 (4.000)
        - jeugdboeken: 2.850 (3.000)
        - tijdschriften: 910 (980)

        """

    @Test("a list under a title '(tussen haakjes 2023)': 'Het aantal uitgeleende romans steeg met 10 procent'")
    func listUnderTitle() throws {
        let rise = Self.loans + "Het aantal uitgeleende romans steeg met 10 procent."
        try expectVerdict(.consistent, of: "10 procent", in: rise)
        try expectVerdict(.consistent, of: "5 procent", in: Self.loans + "De jeugdboeken daalden met 5 procent.")
        // 4.000 → 4.400 is +10%, not +12%.
        let wrong = Self.loans + "Het aantal uitgeleende romans steeg met 12 procent."
        try expectVerdict(.inconsistent, of: "12 procent", in: wrong)
    }

    @Test("rows between bars under a title '2025 (2024 tussen haakjes)'")
    func barredRows() throws {
        let table = """
            Bezoekers per zwembad, 2025 (2024 tussen haakjes)
            Noorderbad | 86.000 (80.000)
            Zuiderbad | 45.000 (50.000)

            """
        let fall = table + "In het Zuiderbad daalde het bezoek met 10 procent."
        try expectVerdict(.consistent, of: "10 procent", in: fall)
        // 50.000 → 45.000 is −10%, not −8%.
        let wrong = table + "In het Zuiderbad daalde het bezoek met 8 procent."
        try expectVerdict(.inconsistent, of: "8 procent", in: wrong)
    }

    @Test("brackets with their own year: a difference and points of the row named")
    func labelledBrackets() throws {
        let figures = """
            Kengetallen brandweerpost
            - uitrukken: 412 (2024: 380)
            - opkomsttijd gehaald: 91,5% (2024: 88,0%)

            """
        // Under a blank line: prose right under the list's last item is read with a doubt of its values' binding.
        try expectVerdict(.consistent, of: "32", in: figures + "\nHet aantal uitrukken nam toe met 32.")
        try expectVerdict(.inconsistent, of: "23", in: figures + "\nHet aantal uitrukken nam toe met 23.")
        let points = figures + "\nHet percentage gehaalde opkomsttijden steeg met 3,5 procentpunt."
        try expectVerdict(.consistent, of: "3,5 procentpunt", in: points)
    }

    @Test("bare brackets under a title that names no earlier time, a bracket of another year: unverifiable")
    func nearCases() throws {
        let untitled = """
            Uitleningen per collectie:
            - romans: 4.400 (4.000)
            - jeugdboeken: 2.850 (3.000)

            Het aantal uitgeleende romans steeg met 10 procent.
            """
        try expectUnverifiable("10 procent", in: untitled)
        let mixed = """
            Kengetallen brandweerpost
            - uitrukken: 412 (2024: 380)
            - oefeningen: 64 (2022: 60)

            Het aantal oefeningen nam toe met 4.
            """
        try expectUnverifiable("4", in: mixed)
        let backwards = """
            Kengetallen brandweerpost 2023
            - uitrukken: 412 (2024: 380)
            - oefeningen: 64 (2024: 60)

            Het aantal uitrukken nam toe met 32.
            """
        try expectUnverifiable("32", in: backwards)
    }

    @Test("a difference of a row under a title that states a scale ('(x 1.000)'): unverifiable")
    func differenceUnderScale() throws {
        let scaled = """
            Leden per vereniging (x 1.000)
            Vereniging | 2023 | 2024
            Tennis | 5,2 | 5,6
            Hockey | 3,1 | 3,0

            Het aantal tennisleden groeide met 400.
            """
        try expectUnverifiable("400", in: scaled)
        let plain = scaled.replacingOccurrences(of: " (x 1.000)", with: "")
            .replacingOccurrences(of: "groeide met 400", with: "groeide met 0,4")
        try expectVerdict(.consistent, of: "0,4", in: plain)
    }
}
