import Foundation
import Testing

@testable import AnnexKit

/// Value lines of periods as the operands of the prose under them, total lines over their items or periods, means of
/// a list of labelled values. In words of their own, both ways.
@Suite("verify: period lines, total lines and means of listed values")
struct VerifyPeriodLinesTests {
    /// Three lines of court sessions: a quarter a year before, the quarter before and the latest.
    static let sessions = "Zittingen Q2 2024: 700\nZittingen Q1 2025: 760\nZittingen Q2 2025: 798\n"

    @Test(
        "A change under two lines of periods is of their values, ordered by their periods",
        arguments: [
            // 820 → 779 is −5,0%.
            ("Zittingen Q1: 820\nZittingen Q2: 779\nHet aantal zittingen daalde ten opzichte van het vorige kwartaal "
                + "met 5 procent.", "5 procent", Verdict.consistent),
            ("Zittingen Q1: 820\nZittingen Q2: 779\nHet aantal zittingen daalde ten opzichte van het vorige kwartaal "
                + "met 8 procent.", "8 procent", .inconsistent),
            ("Zittingen Q1: 820\nZittingen Q2: 779\nHet aantal zittingen steeg ten opzichte van het vorige kwartaal "
                + "met 5 procent.", "5 procent", .inconsistent),
            // Months: 150 → 171 is +14%; the later line may stand first.
            ("Intakes maart: 150\nIntakes april: 171\nDe intakes namen met 14 procent toe.", "14 procent", .consistent),
            ("Intakes april: 171\nIntakes maart: 150\nDe intakes namen met 21 procent toe.", "21 procent",
             .inconsistent),
            // Periods relative to now: 260 → 312 is +20%.
            ("Klachten deze maand: 312\nKlachten dezelfde maand vorig jaar: 260\nHet aantal klachten steeg met 20 "
                + "procent.", "20 procent", .consistent),
            ("Klachten deze maand: 312\nKlachten dezelfde maand vorig jaar: 260\nHet aantal klachten steeg met 25 "
                + "procent.", "25 procent", .inconsistent),
        ])
    func pairOfPeriods(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "The prose's period word picks the pair among three lines; without one, or with one the lines lack, none",
        arguments: [
            // 760 → 798 is +5%; 700 → 798 is +14%.
            (sessions + "Ten opzichte van het vorige kwartaal steeg het aantal zittingen met 5 procent.", "5 procent",
             Verdict.consistent),
            (sessions + "Ten opzichte van vorig jaar steeg het aantal zittingen met 5 procent.", "5 procent",
             .inconsistent),
            (sessions + "Ten opzichte van vorig jaar steeg het aantal zittingen met 14 procent.", "14 procent",
             .consistent),
            (sessions + "Het aantal zittingen steeg met 5 procent.", "5 procent", .unverifiable),
            ("Zittingen Q1: 820\nZittingen Q2: 779\nHet aantal zittingen daalde ten opzichte van vorig jaar met 8 "
                + "procent.", "8 procent", .unverifiable),
        ])
    func periodWord(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Prose binds to one series by the series, not by its noun; two series bind nothing",
        arguments: [
            // 480 → 516 is +7,5%; the prose names the group in other words.
            ("Meldingen ouderen Q3: 480\nMeldingen ouderen Q4: 516\nHet aantal signalen over senioren nam met 7,5 "
                + "procent toe.", "7,5 procent", Verdict.consistent),
            ("Meldingen ouderen Q3: 480\nMeldingen ouderen Q4: 516\nHet aantal signalen over senioren nam met 9 "
                + "procent toe.", "9 procent", .inconsistent),
            // Years are periods too: 41,5 → 44,2 mln is +6,5%, which a text without a word of reference contradicts.
            ("Uitgaven 2023: 41,5 mln\nUitgaven 2024: 44,2 mln\nDe uitgaven stegen met 8,5 procent.", "8,5 procent",
             .inconsistent),
            ("Meldingen ouderen Q3: 480\nMeldingen ouderen Q4: 516\nMeldingen jongeren Q3: 300\nMeldingen jongeren "
                + "Q4: 330\nHet aantal meldingen nam met 9 procent toe.", "9 procent", .unverifiable),
        ])
    func boundBySeries(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A total line sums the dash items under it, or the lines of the periods its label names",
        arguments: [
            // 1.500 + 1.700 + 1.400 + 1.500 = 6.100.
            ("Totaal: 6.100\n- Noord: 1.500\n- Oost: 1.700\n- Zuid: 1.400\n- West: 1.500", "6.100",
             Verdict.consistent),
            ("Totaal: 6.300\n- Noord: 1.500\n- Oost: 1.700\n- Zuid: 1.400\n- West: 1.500", "6.300", .inconsistent),
            ("Totaal afgedaan: 880\n- sepot: 310\n- strafbeschikking: 420\n- dagvaarding: 150", "880", .consistent),
            // 410 + 388 + 402 = 1.200; with Q4's 400 the year is 1.600.
            ("Dossiers Q1: 410\nDossiers Q2: 388\nDossiers Q3: 402\nTotaal Q1-Q3: 1.200", "1.200", .consistent),
            ("Dossiers Q1: 410\nDossiers Q2: 388\nDossiers Q3: 402\nTotaal Q1-Q3: 1.230", "1.230", .inconsistent),
            // Lines with full stops under a title: 1.140 + 1.265 + 1.198 = 3.603.
            ("Meldingen regio Utrecht: Q1: 1.140. Q2: 1.265. Q3: 1.198. Totaal Q1-Q3: 3.703.", "3.703", .inconsistent),
            ("Dossiers Q1: 410\nDossiers Q2: 388\nDossiers Q3: 402\nDossiers Q4: 400\nTotaal 2025: 1.600", "1.600",
             .consistent),
            ("Dossiers Q1: 410\nDossiers Q2: 388\nDossiers Q3: 402\nDossiers Q4: 400\nTotaal 2025: 1.650", "1.650",
             .inconsistent),
        ])
    func totalLine(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A total line whose periods the lines do not all give, or over parts of a part, sums nothing",
        arguments: [
            "Meldingen regio Utrecht: Q1: 1.140. Q2: 1.265. Totaal Q1-Q3: 3.703.",
            "Dossiers Q1: 410\nDossiers Q3: 402\nTotaal Q1-Q3: 1.230",
            "Dossiers Q1: 410\nDossiers Q2: 388\nDossiers Q3: 402\nTotaal 2025: 1.650",
            "Totaal: 6.300\n- waarvan Noord: 1.500\n- waarvan Oost: 1.700",
        ])
    func totalLineGuards(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.kind != .sum || $0.verdict != .inconsistent })
    }

    @Test(
        "A mean of a dash list is of its items, with the count it names",
        arguments: [
            // (30 + 34 + 29 + 33) / 4 = 31,5.
            ("Caseload per team - Noord: 30 - Oost: 34 - Zuid: 29 - West: 33 - gemiddeld: 31,5", "31,5",
             Verdict.consistent),
            ("Caseload per team - Noord: 30 - Oost: 34 - Zuid: 29 - West: 33 - gemiddeld: 34", "34", .inconsistent),
            ("Uren per team:\n- Noord: 30\n- Oost: 34\n- Zuid: 29\n- West: 33\nGemiddeld over de vier teams: 31,5 uur",
             "31,5", .consistent),
            ("Uren per team:\n- Noord: 30\n- Oost: 34\n- Zuid: 29\n- West: 33\nGemiddeld over de vier teams: 33 uur",
             "33", .inconsistent),
        ])
    func listMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A mean that names another count than the list's, or a list with a total among it, is of no list",
        arguments: [
            "Uren per team:\n- Noord: 30\n- Oost: 34\n- Zuid: 29\n- West: 33\nGemiddeld over de drie teams: 33 uur",
            "Caseload per team - Noord: 30 - Oost: 34 - totaal: 64 - gemiddeld: 34",
            // A mean of something else under lines of counts.
            "Instroom: 410\nUitstroom: 380\nGemiddelde wachttijd: 12 weken",
            "Instroom: 410\nUitstroom: 380\nGemiddeld duurde een traject 14 weken.",
        ])
    func listMeanGuards(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.kind != .average || $0.verdict != .inconsistent })
    }
}
