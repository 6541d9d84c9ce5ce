import Testing

@testable import AnnexKit

/// verify184: a share whose subject refers back ('Zij vormen …', 'Daarmee was deze groep goed voor …') and whose
/// sentence gives only the whole after it takes the later value of the change before as its part
/// (`referredLaterLevel`).
@Suite("Verify: a share of the group a change before ended at, referred to by its subject")
struct VerifyReferredLaterLevelShareTests {
    @Test(
        "The later value of the change before is the part of the whole the share names",
        arguments: [
            // 48 / 800 = 6,0%.
            ("Het aantal biologische bakkers steeg van 40 naar 48. Zij vormen nu 6 procent van alle 800 bakkers.",
                "6 procent", Verdict.consistent),
            // 48 / 800 = 6,0%, not 8 (nor is the start: 40 / 800 = 5,0%).
            ("Het aantal biologische bakkers steeg van 40 naar 48. Zij vormen nu 8 procent van alle 800 bakkers.",
                "8 procent", .inconsistent),
            // 'bijna': 270 / 5.500 = 4,9%, just under 5.
            ("Het aantal vrijwilligers daalde van 310 naar 270. Ze vormen bijna 5 procent van alle 5.500 leden.",
                "bijna 5 procent", .consistent),
            // 'daarmee' and 'goed voor': 1.500 / 12.500 = 12,0%.
            ("Het aantal leden met een jeugdpas groeide van 1.200 naar 1.500. Daarmee was deze groep goed voor 12 "
                + "procent van alle 12.500 leden.", "12 procent", .consistent),
        ])
    func laterLevel(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share of another time, or naming another part after its whole, stays unverifiable",
        arguments: [
            // A year: the share may be of the start (40 / 800 = 5,0%) or of another year.
            ("Het aantal biologische bakkers steeg van 40 naar 48. In 2020 vormden zij 7 procent van alle 800 "
                + "bakkers.", "7 procent"),
            // The clause goes on after the whole's noun ('kwam uit Zuid'): another part than the 600.
            ("Het aantal meldingen steeg van 520 naar 600. Daarmee kwam 9 procent van alle 15.000 meldingen uit Zuid.",
                "9 procent"),
        ])
    func noLaterLevel(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
