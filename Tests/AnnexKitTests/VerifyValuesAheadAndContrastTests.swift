import Foundation
import Testing

@testable import AnnexKit

/// The sixteenth round (B): a change whose values the next sentence gives, changes of two groups set against each
/// other with 'tegen', and periods named relative to another ('vorig kwartaal', 'een maand eerder'). In words of
/// their own, both ways, and open where another claim or subject may own the values.
@Suite("verify: values in the next sentence, changes set against each other, relative periods")
struct VerifyValuesAheadAndContrastTests {
    /// Whether no claim of `text` is found inconsistent.
    func raisesNoAlarm(_ text: String) throws -> Bool {
        try verified(text).allSatisfy { $0.verdict != .inconsistent }
    }

    @Test(
        "A change before the values of the next sentence, which refers to its quantity",
        arguments: [
            // 640 → 720 is +12,5%.
            ("Het aantal klachten nam toe met 12,5 procent. In 2025 waren het er 720, tegen 640 in 2024.",
             "12,5 procent", Verdict.consistent),
            ("Het aantal klachten nam toe met 15 procent. In 2025 waren het er 720, tegen 640 in 2024.",
             "15 procent", .inconsistent),
            // Two values ordered by their years, no pair.
            ("Het aantal klachten nam toe met 15 procent. In 2024 waren het er 640, in 2025 720.", "15 procent",
             .inconsistent),
            ("Het aantal klachten nam toe met 12,5 procent. In 2024 waren het er 640, in 2025 720.", "12,5 procent",
             .consistent),
        ])
    func valuesAhead(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Values of the next sentence that another claim or subject may own are not read")
    func contested() throws {
        for text in [
            // Two pairs in the next sentence.
            "Het aantal klachten nam toe met 15 procent. In 2025 waren het er 720, tegen 640 in 2024, en het aantal "
                + "bezwaren steeg van 300 naar 345.",
            // Two claims in the claim's sentence.
            "Het aantal klachten nam toe met 15 procent, het aantal bezwaren met 9 procent. In 2025 waren het er 720, "
                + "tegen 640 in 2024.",
            // The next sentence opens with a place the claim's sentence does not name.
            "In Deventer nam het aantal klachten toe met 15 procent. In Zutphen waren het er 720, tegen 640 een jaar "
                + "eerder.",
            "Het aantal klachten nam in de gemeente Deventer toe met 15 procent. In de regio waren het er 720, tegen "
                + "640 een jaar eerder.",
        ] {
            #expect(try raisesNoAlarm(text), "\(text)")
        }
    }

    @Test(
        "Changes of two groups set against each other, each with its own values",
        arguments: [
            // Jongens 150 → 180 (+20%), meisjes 200 → 210 (+5%).
            ("Bij jongens groeide het aantal verwijzingen met 20 procent (van 150 naar 180), tegen 5 procent bij "
                + "meisjes (van 200 naar 210).", "5 procent", Verdict.consistent),
            ("Bij jongens groeide het aantal verwijzingen met 20 procent (van 150 naar 180), tegen 7 procent bij "
                + "meisjes (van 200 naar 210).", "7 procent", .inconsistent),
            ("Het aantal verwijzingen groeide bij jongens met 20 procent, van 150 naar 180, tegen 7 procent bij "
                + "meisjes, van 200 naar 210.", "7 procent", .inconsistent),
            ("Het aantal verwijzingen groeide bij jongens met 20 procent, van 150 naar 180, tegen 5 procent bij "
                + "meisjes, van 200 naar 210.", "20 procent", .consistent),
        ])
    func contrastedChanges(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The change of a group without values of its own is never checked against the other group's")
    func contrastedWithoutValues() throws {
        for text in [
            "Bij jongens groeide het aantal verwijzingen met 20 procent (van 150 naar 180), tegen 5 procent bij "
                + "meisjes.",
            "Het aantal verwijzingen groeide bij jongens van 150 naar 180, een groei van 20 procent, tegen 5 procent "
                + "bij meisjes.",
            "Bij jongens groeide het aantal verwijzingen met 12 procent, tegen 5 procent bij meisjes (van 200 naar "
                + "210).",
        ] {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(text)")
            #expect(found.contains { $0.written == "5 procent" && $0.verdict == .unverifiable }
                || found.contains { $0.written == "12 procent" && $0.verdict == .unverifiable }, "\(text)")
        }
    }

    @Test(
        "A period named by an ordinal or relative to another: its number is a value, its time earlier",
        arguments: [
            // 250 → 270 is +8%.
            ("In het tweede kwartaal 270 inschrijvingen, 8 procent meer dan vorig kwartaal (250).", "8 procent",
             Verdict.consistent),
            ("In het tweede kwartaal 270 inschrijvingen, 6 procent meer dan vorig kwartaal (250).", "6 procent",
             .inconsistent),
            ("Het team telde 270 inschrijvingen (vorig kwartaal 250, +6%).", "+6%", .inconsistent),
            ("Het team telde 270 inschrijvingen (vorig kwartaal 250, +8%).", "+8%", .consistent),
            ("Het team telde 270 inschrijvingen; een maand eerder waren dat er 250, een groei van 6 procent.",
             "6 procent", .inconsistent),
            ("Het team telde 270 inschrijvingen; de week ervoor waren het er 250, een groei van 8 procent.",
             "8 procent", .consistent),
        ])
    func relativePeriods(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
