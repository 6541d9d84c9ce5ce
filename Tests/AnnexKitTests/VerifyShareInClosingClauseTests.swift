import Foundation
import Testing

@testable import AnnexKit

/// A share in a clause after ';' that refers back ('daarmee', 'dus') and closes the passage of its own sentence, which
/// marks the whole and lists the parts ('Van de 2.400 meldingen kwamen er 1.080 uit de binnenstad, …; de binnenstad was
/// daarmee goed voor 45 procent'): the part is the one count before the clause that the share's words tell apart
/// (`closingClausePart`), of the whole the sentence marks; after 'respectievelijk' the shares take as many listed
/// counts in order.
@Suite("verify: a share in a closing clause after ';' of the sentence that lists its parts")
struct VerifyShareInClosingClauseTests {
    /// Reports by part of town, with the whole they split opening the sentence.
    private let reports = "Van de 2.400 meldingen kwamen er 1.080 uit de binnenstad, 840 uit de wijken en 480 uit de "
        + "dorpen; "

    @Test("'de binnenstad was daarmee goed voor 45 procent': 1.080 of 2.400")
    func subjectNamesPart() throws {
        let claim = "de binnenstad was daarmee goed voor %@ procent."
        try expectVerdict(.consistent, of: "45 procent", in: reports + String(format: claim, "45"))
        try expectVerdict(.inconsistent, of: "55 procent", in: reports + String(format: claim, "55"))
    }

    /// Loans after 'waarvan', with the share's part named in its predicate.
    private let loans = "De bibliotheek leende in 2025 in totaal 6.000 boeken uit, waarvan 1.500 romans, 3.000 "
        + "prentenboeken en 1.500 strips; "

    @Test("'de helft waren dus prentenboeken': 3.000 of 6.000")
    func predicateNamesPart() throws {
        try expectVerdict(.consistent, of: "de helft", in: loans + "de helft waren dus prentenboeken.")
        try expectVerdict(.inconsistent, of: "een kwart", in: loans + "een kwart waren dus prentenboeken.")
    }

    /// Members by age, two groups counted before a clause of two shares 'respectievelijk'.
    private let members = "Van de 700 leden waren er 210 jonger dan 18 jaar en 140 ouder dan 65 jaar; "

    @Test("'dat is respectievelijk 30 en 20 procent': 210 and 140 of 700, in order")
    func respectively() throws {
        try expectVerdict(.consistent, of: "20 procent", in: members + "dat is respectievelijk 30 en 20 procent.")
        try expectVerdict(.inconsistent, of: "25 procent", in: members + "dat is respectievelijk 30 en 25 procent.")
        let three = "Van de 700 leden waren er 210 jonger dan 18 jaar, 140 ouder dan 65 jaar en 90 nieuw; "
        try expectVerdict(.unverifiable, of: "20 procent", in: three + "dat is respectievelijk 30 en 20 procent.")
    }

    @Test("no word of reference, or words that join two groups, leave the share unverifiable")
    func nearMisses() throws {
        try expectVerdict(.unverifiable, of: "45 procent", in: reports + "de binnenstad was goed voor 45 procent.")
        try expectVerdict(
            .unverifiable, of: "80 procent",
            in: reports + "de binnenstad en de wijken waren daarmee goed voor 80 procent.")
    }
}
