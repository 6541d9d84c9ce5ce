import Testing

@testable import AnnexKit

/// verify198: two counts of one unit of time, the second marked as the whole of the first ('op een capaciteit van'),
/// are the part and whole of a share that refers back to them (`timeUsedOfAvailable`).
@Suite("Verify: a share of a time used of the time available")
struct VerifyTimeUsedShareTests {
    @Test(
        "The time used and the time available are the share's part and whole",
        arguments: [
            // 1.800 / 2.400 = 75,0%.
            ("Het zwembad werd in 2024 in totaal 1.800 uur gebruikt op een beschikbare capaciteit van 2.400 uur. De "
                + "bezettingsgraad kwam daarmee uit op 75%.", "75%", Verdict.consistent),
            // 1.800 / 2.400 = 75,0%, not 80.
            ("Het zwembad werd in 2024 in totaal 1.800 uur gebruikt op een beschikbare capaciteit van 2.400 uur. De "
                + "bezettingsgraad kwam daarmee uit op 80%.", "80%", .inconsistent),
            // Days: 219 / 365 = 60,0%.
            ("De veerpont voer 219 dagen van de 365 dagen. Daarmee lag hij 60 procent van het jaar in de vaart.",
                "60 procent", .consistent),
        ])
    func timeUsed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "Times of two units, or with no whole marked, stay unverifiable",
        arguments: [
            // Hours and days: no time of the other.
            ("Het zwembad werd 1.800 uur gebruikt op een capaciteit van 300 dagen. De bezettingsgraad kwam daarmee uit "
                + "op 75%.", "75%"),
            // Two times, neither marked as the whole of the other.
            ("Het zwembad was 1.800 uur open in 2024 en 2.400 uur in 2023. De bezettingsgraad kwam daarmee uit op "
                + "75%.", "75%"),
        ])
    func noTimeUsed(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
