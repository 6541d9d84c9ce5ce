import Testing

@testable import AnnexKit

/// verify198: a share whose sentence marks only its whole, right after it or opening its clause ('Van alle 7.500
/// aanvragen …'), refers back ('daarmee') or says it is of now ('nu'), and names its part by words that repeat the
/// group whose change the sentence before states, takes that change's later value as its part (`referredLaterLevel`,
/// `namesChangedGroup`).
@Suite("Verify: a share naming the group a change before ended at by that group's own words")
struct VerifyNamedLaterLevelShareTests {
    @Test(
        "The later value of the change of the group the share's words name is its part",
        arguments: [
            // Whole opening the clause, part named after the share: 3.000 / 7.500 = 40,0%.
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. Van alle 7.500 aanvragen kwam daarmee "
                + "40 procent via de website.", "40 procent", Verdict.consistent),
            // 3.000 / 7.500 = 40,0%, not 32 (that would be the start: 2.400 / 7.500).
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. Van alle 7.500 aanvragen kwam daarmee "
                + "32 procent via de website.", "32 procent", .inconsistent),
            // Whole after the share, part named after the whole's noun: 240 / 2.000 = 12,0%.
            ("Het aantal leden uit het buitenland groeide van 150 naar 240. Daarmee kwam 12 procent van de 2.000 "
                + "leden uit het buitenland.", "12 procent", .consistent),
            // Only words of grammar name the part, each standing in the sentence before: 450 / 1.500 = 30,0%.
            ("Het aantal deelnemers van buiten de regio nam toe van 300 naar 450. Daarmee kwam 30 procent van de "
                + "1.500 deelnemers van buiten.", "30 procent", .consistent),
            // 'nu', and a noun for the adjective of the group ('vrouw', 'vrouwelijke'): 36 / 240 = 15,0%.
            ("Het aantal vrouwelijke chauffeurs is gestegen van 24 naar 36. Van de 240 chauffeurs is nu 15 procent "
                + "vrouw.", "15 procent", .consistent),
            // 36 / 240 = 15,0%, not 10.
            ("Het aantal vrouwelijke chauffeurs is gestegen van 24 naar 36. Van de 240 chauffeurs is nu 10 procent "
                + "vrouw.", "10 procent", .inconsistent),
        ])
    func namedLaterLevel(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share naming another group, the complement, or no reference stays unverifiable",
        arguments: [
            // 'de balie' names no word of the group that changed.
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. Van alle 7.500 aanvragen kwam daarmee "
                + "40 procent via de balie.", "40 procent"),
            // 'binnen' does not stand in the sentence before: another group than 'van buiten de regio'.
            ("Het aantal deelnemers van buiten de regio nam toe van 300 naar 450. Daarmee kwam 70 procent van de "
                + "1.500 deelnemers van binnen.", "70 procent"),
            // 'niet': the share is of the others (7.500 - 3.000 = 4.500, 60%), not of the group.
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. Van alle 7.500 aanvragen kwam daarmee "
                + "60 procent niet via de website.", "60 procent"),
            // No word that refers back or says now: the share may be of another time.
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. Van alle 7.500 aanvragen kwam 40 "
                + "procent via de website.", "40 procent"),
            // A year of its own: the share may be of the start or of another year.
            ("Het aantal aanvragen via de website steeg van 2.400 naar 3.000. In 2021 kwam daarmee 32 procent van "
                + "alle 7.500 aanvragen via de website.", "32 procent"),
        ])
    func noNamedLaterLevel(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
