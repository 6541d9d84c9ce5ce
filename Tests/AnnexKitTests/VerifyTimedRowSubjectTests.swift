import Foundation
import Testing

@testable import AnnexKit

/// A change under a table of two times whose sentence names a row only as what another quantity is of ('De
/// gebruiksduur van de speeltoestellen steeg met 30 procent' under 'Speeltoestellen | 32 | 40'): no change of the row,
/// so `unverifiable`; the row is still read when the noun before the preposition is the table's own quantity, the
/// row's own word, a count noun, a noun of change or the noun 'het aantal' counts (`TimedRowSubject`).
@Suite("verify: a change of another quantity than a table row's, named by the row")
struct VerifyTimedRowSubjectTests {
    /// A park's furniture in two years: 32 → 40 is +25%, 50 → 45 is −10%, 16 → 18 is +12,5%.
    static let park = """
        Inventaris van het stadspark
        Onderdeel | 2023 | 2024
        Speeltoestellen | 32 | 40
        Picknicktafels | 50 | 45
        Drinkfonteinen | 16 | 18

        """

    /// Memo lines of one neighbourhood, each with its value of 2023 in brackets: 24 → 30 is +25% (6 more).
    static let chargers = """
        Laadvoorzieningen in de wijk, 2024
        - laadpalen: 30 (2023: 24)
        - fietskluizen: 12 (2023: 15)

        """

    @Test("the row as the subject, or in a phrase that opens the sentence: still its change")
    func rowAsSubject() throws {
        let count = Self.park + "Het aantal speeltoestellen steeg met 25 procent."
        try expectVerdict(.consistent, of: "25 procent", in: count)
        try expectVerdict(
            .inconsistent, of: "30 procent", in: Self.park + "Het aantal speeltoestellen steeg met 30 procent.")
        try expectVerdict(.consistent, of: "10 procent", in: Self.park + "De picknicktafels namen met 10 procent af.")
        let opening = Self.park + "Bij de drinkfonteinen nam het aantal met 12,5 procent toe."
        try expectVerdict(.consistent, of: "12,5 procent", in: opening)
        // 16 → 18 is +12,5%, not +20%.
        let wrong = Self.park + "Bij de drinkfonteinen nam het aantal met 20 procent toe."
        try expectVerdict(.inconsistent, of: "20 procent", in: wrong)
        let memo = Self.chargers + "Het aantal laadpalen steeg met 25 procent."
        try expectVerdict(.consistent, of: "25 procent", in: memo)
    }

    @Test("the row after 'NOUN PREP' of another quantity: unverifiable, whether the numbers fit or not")
    func rowOfOtherQuantity() throws {
        // Each was read at 43edb2d as the row's change: 32 → 40 (+25%), 50 → 45 (−10%), 16 → 18 (+12,5%).
        try expectUnverifiable(
            "30 procent", in: Self.park + "De gebruiksduur van de speeltoestellen steeg met 30 procent.")
        try expectUnverifiable(
            "25 procent", in: Self.park + "De gebruiksduur van de speeltoestellen steeg met 25 procent.")
        try expectUnverifiable(
            "18 procent", in: Self.park + "Het schilderwerk aan de picknicktafels daalde met 18 procent.")
        try expectUnverifiable(
            "40 procent", in: Self.park + "De totale uitgaven voor de drinkfonteinen stegen met 40 procent.")
        try expectUnverifiable(
            "een derde", in: Self.park + "De gebruiksduur van de speeltoestellen nam met een derde toe.")
    }

    @Test("memo lines with the earlier value in brackets: a noun of another quantity before the label")
    func memoLineOfOtherQuantity() throws {
        // 24 → 30 is +25% and 6 more; the waiting time and the occupancy are neither.
        try expectUnverifiable(
            "30 procent", in: Self.chargers + "De bezettingsgraad van de laadpalen steeg met 30 procent.")
        try expectUnverifiable("8", in: Self.chargers + "De wachttijd bij de laadpalen nam met 8 toe.")
    }

    @Test("the noun before the preposition is the table's quantity, the row's own word, or a count or change")
    func headOfRowQuantity() throws {
        let visitors = """
            Bezoekers per attractie
            Attractie | 2023 | 2024
            Kinderboerderij | 8.000 | 9.000
            Doolhof | 5.000 | 4.500

            """
        // 8.000 → 9.000 is +12,5%: 'bezoek' is of one stem with 'Bezoekers' of the title.
        try expectVerdict(
            .consistent, of: "12,5 procent", in: visitors + "Het bezoek aan de kinderboerderij steeg met 12,5 procent.")
        try expectVerdict(
            .inconsistent, of: "15 procent", in: visitors + "Het bezoek aan de kinderboerderij steeg met 15 procent.")
        let reports = """
            Meldingen bij de wijkagent
            Soort | 2023 | 2024
            Overlast door jongeren | 40 | 30
            Schade aan auto's | 25 | 30

            """
        // 40 → 30 is −25%: 'overlast' is the row's own word, 'door jongeren' the rest of its label.
        try expectVerdict(.consistent, of: "een kwart", in: reports + "De overlast door jongeren nam met een kwart af.")
        let wrong = reports + "De overlast door jongeren nam met een derde af."
        try expectVerdict(.inconsistent, of: "een derde", in: wrong)
        // 16 → 18: a count noun and a noun of change before the row are the row's count and its change.
        try expectVerdict(
            .inconsistent, of: "20 procent", in: Self.park + "Het aantal bij de drinkfonteinen nam met 20 procent toe.")
        try expectVerdict(
            .inconsistent, of: "20 procent", in: Self.park + "De toename bij de drinkfonteinen bedroeg 20 procent.")
    }

    @Test("the noun 'het aantal' counts, divided by the row: the row's change")
    func countedNounOfRow() throws {
        let labels = """
            Label | 2023 | 2024
            A of beter | 900 | 1.080
            B t/m D | 1.500 | 1.350

            """
        // 900 → 1.080 is +20%; the table has no title, and 'huizen' names no header.
        try expectVerdict(
            .consistent, of: "20 procent", in: labels + "Het aantal huizen met label A of beter steeg met 20 procent.")
        try expectVerdict(
            .inconsistent, of: "25 procent",
            in: labels + "Het aantal huizen met label A of beter steeg met 25 procent.")
    }
}
