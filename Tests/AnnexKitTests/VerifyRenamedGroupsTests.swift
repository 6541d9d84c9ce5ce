import Foundation
import Testing

@testable import AnnexKit

/// A group compared under another name than the one it was given ('Tieners' after 'brugklassers'): a subject that
/// opens the sentence, names neither contrasted group and has no value of its own in the text stands for the other
/// group when the comparison names one after 'dan' or 'als'; a subject with a value of its own is a stranger and
/// takes neither value. In words of their own, each both ways.
@Suite("verify: a group compared under another name")
struct VerifyRenamedGroupsTests {
    static let cycling = "Van de basisschoolleerlingen fietste 64 procent naar school, van de brugklassers 78 procent. "

    @Test(
        "A subject with no value of its own stands for the group the comparison does not name",
        arguments: [
            // Brugklassers 78 against basisschoolleerlingen 64: 14 points more.
            ("Tieners fietsten daarmee 14 procentpunt meer dan basisschoolleerlingen.", "14", Verdict.consistent),
            ("Tieners fietsten daarmee 14 procentpunt minder dan basisschoolleerlingen.", "14", .inconsistent),
            ("Tieners fietsten daarmee 12 procentpunt meer dan basisschoolleerlingen.", "12", .inconsistent),
        ])
    func standIn(claim: String, points: String, expected: Verdict) throws {
        try expectVerdict(expected, of: points + " procentpunt", in: Self.cycling + claim)
    }

    @Test("Words that describe a contrasted group are no value of their own")
    func describedGroup() throws {
        // 180 against 270: a third fewer.
        let before = "Van de mensen met een uitkering deden er 180 vrijwilligerswerk, van de werkenden 270. "
        try expectVerdict(
            .consistent, of: "een derde",
            in: before + "Uitkeringsgerechtigden deden daarmee een derde minder vaak vrijwilligerswerk dan werkenden.")
        try expectVerdict(
            .inconsistent, of: "een kwart",
            in: before + "Uitkeringsgerechtigden deden daarmee een kwart minder vaak vrijwilligerswerk dan werkenden.")
    }

    @Test("A subject that names no group, with no group compared with, is read by its comparative alone")
    func noBase() throws {
        // 'meer' takes the lower share as the base, 'minder' the higher: 14 points either way.
        for direction in ["meer", "minder"] {
            let claim = "Tieners fietsten daarmee 14 procentpunt \(direction)."
            try expectVerdict(.consistent, of: "14 procentpunt", in: Self.cycling + claim)
        }
    }

    @Test("A subject with a value of its own in the text takes neither contrasted value")
    func valueOfItsOwn() throws {
        // Kleuters have 30 percent of their own; against the brugklassers' 78 that is 48 points fewer, which the
        // contrast (64 against 78) cannot check.
        let text = "Van de kleuters ging 30 procent op de fiets. " + Self.cycling
            + "Kleuters fietsten daarmee 48 procentpunt minder dan brugklassers."
        try expectVerdict(.unverifiable, of: "48 procentpunt", in: text)
        let inClaim = Self.cycling + "Kleuters fietsten met 30 procent daarmee 48 procentpunt minder dan brugklassers."
        let found = try verified(inClaim)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }
}
