import Foundation
import Testing

@testable import AnnexKit

/// A count and a comparative before 'dan' and another side ('Karin had er dus 35 meer dan Joost'): the difference
/// between two sides whose values stand in the sentence before, each named there by the side's own words. The
/// difference runs from the 'dan' side's value to the subject's.
@Suite("verify: a difference between two sides whose values stand in the sentence before")
struct VerifySidesBeforeTests {
    @Test("each side named by its words in the sentence before")
    func namedBefore() throws {
        let text = { (difference: String) in
            "Voor de ledenraad werden 905 stemmen uitgebracht. Karin Bos kreeg er 412, Joost de Wit 377 en Ilse Mol"
                + " 116. Karin had er daarmee " + difference + " meer dan Joost.\n"
        }
        // 412 − 377 = 35.
        try expectClaim("35", in: text("35"), kind: .difference, verdict: .consistent, value: 35)
        try expectVerdict(.inconsistent, of: "53", in: text("53"))
        // 'minder' runs the other way: 377 − 412 = −35.
        let fewer = "Karin Bos kreeg er 412, Joost de Wit 377. Joost had er 35 minder dan Karin.\n"
        try expectVerdict(.consistent, of: "35", in: fewer)
        // A noun between the count and the comparative, grammar words before each name: 1.240 − 1.095 = 145.
        let places =
            "In Deventer telde de bibliotheek 1.240 nieuwe leden, in Zutphen 1.095. In Deventer kwamen er 145 leden"
            + " meer bij dan in Zutphen.\n"
        try expectVerdict(.consistent, of: "145", in: places)
        try expectVerdict(
            .inconsistent, of: "154",
            in: "In Deventer telde de bibliotheek 1.240 nieuwe leden, in Zutphen 1.095. In Deventer kwamen er 154 leden"
                + " meer bij dan in Zutphen.\n")
    }

    @Test("a name held by no value or by several, another number, the count one of the values: no binding")
    func nearCases() throws {
        // 'Joost' names two values.
        try expectUnverifiable(
            "35", in: "Karin kreeg er 412, Joost 377 en de broer van Joost 90. Karin had er 35 meer dan Joost.\n")
        // 'vorig jaar' names no value.
        try expectUnverifiable("53", in: "Karin kreeg er 412, Joost 377. Karin had er 53 meer dan vorig jaar.\n")
        // Another number in the comparison's sentence.
        try expectUnverifiable(
            "53", in: "Karin kreeg er 412, Joost 377. Karin had er met 20 brieven 53 meer dan Joost.\n")
        // The side after 'dan' does not close the sentence.
        try expectUnverifiable(
            "53", in: "Karin kreeg er 412, Joost 377. Karin had er 53 meer dan Joost in de eerste ronde.\n")
    }
}
