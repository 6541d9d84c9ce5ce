import Testing

@testable import AnnexKit

/// The thirty-sixth round (A): two values of one measure, each with its year after it, are the start and end of a
/// change the next sentence states, as they were of one in their own sentence.
@Suite("Verify: a change after two values each dated by the year after it")
struct VerifyDatedPairTests {
    @Test(
        "The earlier year's value is the start, the later year's the end",
        arguments: [
            // (7.150 − 6.800) / 6.800 = +5,147%.
            ("Het aantal leden was 6.800 in 2024 en 7.150 in 2025. Dat is een stijging van 5,1 procent.", "5,1 procent",
                Verdict.consistent),
            ("Het aantal leden was 6.800 in 2024 en 7.150 in 2025. Dat is een daling van 5,1 procent.", "5,1 procent",
                .inconsistent),
            // Years in brackets: (96 − 84) / 84 = +14,29%; 12,5% is 12 / 96, against the later value.
            ("De contributie bedroeg € 84 (2023) en € 96 (2025). Dat is een stijging van 14,3 procent.", "14,3 procent",
                .consistent),
            ("De contributie bedroeg € 84 (2023) en € 96 (2025). Dat is een stijging van 12,5 procent.", "12,5 procent",
                .inconsistent),
        ])
    func datedPair(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Falling years, two nouns, a name or the change of another noun give no pair",
        arguments: [
            // A name says whose values they are: the change may be of another's.
            ("Het aandeel in het arrondissement Zwolle was 21% in 2022 en 20% in 2023. Dat is een stijging van 7 "
                + "procent.", "7 procent"),
            // The later year first: which value starts the change is not the order of the text.
            ("Het aantal leden was 7.150 in 2025 en 6.800 in 2024. Dat is een stijging van 9 procent.",
                "9 procent"),
            // Members and donors: two measures.
            ("Er waren 6.800 leden in 2024 en 7.150 donateurs in 2025. Dat is een stijging van 9 procent.",
                "9 procent"),
            // The next sentence's change is of another noun.
            ("Het aantal leden was 6.800 in 2024 en 7.150 in 2025. Het aantal donateurs steeg met 9 procent.",
                "9 procent"),
        ])
    func noPair(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }
}
