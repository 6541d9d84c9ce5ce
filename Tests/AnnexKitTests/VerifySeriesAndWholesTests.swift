import Foundation
import Testing

@testable import AnnexKit

/// False alarms of unseen prose: a post's place in its thread read as a quantity, a count in words taken as the later
/// value beside 'tegen', a share whose whole is named as another group than the sentence before counts, and a share of
/// groups joined by 'of'; and a change after a comparative read as an earlier value.
@Suite("verify: places in a series, counts in words beside 'tegen', other named wholes, joined groups, changes")
struct VerifySeriesAndWholesTests {
    @Test("A place in a series in brackets, '(3/8)', is no quantity")
    func seriesPosition() throws {
        let labels = Tokenizer.tokens(Array("telde 1.200 leden. (3/8)".unicodeScalars)).filter { $0.kind == .label }
        #expect(labels.map(\.text) == ["3", "8"])
        // 31.500 of 700.000 households is 4,5%; the place 3 of the thread is no part.
        let text = """
            In 2024 hadden 31.500 gezinnen een betalingsachterstand bij hun energieleverancier. Dat is 4,5 procent \
            van alle 700.000 gezinnen in de provincie. (3/8)
            """
        try expectVerdict(.consistent, of: "4,5 procent", in: text)
        // A fraction with a noun after it is no place in a series.
        let fraction = Tokenizer.tokens(Array("(1/3 van de leden)".unicodeScalars))
        #expect(fraction.filter { $0.kind == .number }.map(\.text) == ["1"])
    }

    @Test("A base in digits after 'tegen' takes the later value in digits, not a count in words between them")
    func laterValueInDigits() throws {
        // 27.300 → 29.120 is +6,67% → 6,7.
        let text = """
            Vorig seizoen gaven 29.120 leerlingen hun drie scholen een voldoende, tegen 27.300 het seizoen ervoor. \
            Dat is een toename van 6,7 procent.
            """
        try expectVerdict(.consistent, of: "6,7 procent", in: text)
        // A count in words is still the later value when no number in digits is there: 9 → 12 is +33,3%.
        let words = "Er waren twaalf storingen, tegen 9 een jaar eerder: een stijging van 33,3 procent."
        try expectVerdict(.consistent, of: "33,3 procent", in: words)
    }

    @Test("A share naming another whole than the sentence before, beside one naming that whole, is not of it")
    func otherNamedWhole() throws {
        // The stated pair is 2.150 of 8.600 volunteers (25,0%); 'het hele personeel' is another whole.
        let text = """
            Het netwerk telde 12.400 medewerkers. Van de 8.600 vrijwilligers was 2.150 jonger dan 25. Jongeren \
            vormen daarmee 17,3 procent van het hele personeel, maar 25,0 procent van de vrijwilligers.
            """
        let found = try verified(text)
        #expect(!found.contains { $0.written == "17,3 procent" && $0.verdict == .inconsistent })
        try expectVerdict(.consistent, of: "25,0 procent", in: text)
        // A whole renamed with no contrast may be the stated one: 2.150 / 8.600 = 25,0%.
        let renamed = """
            Van de 8.600 vrijwilligers was 2.150 jonger dan 25. Jongeren vormen daarmee 25,0 procent van het \
            vrijwilligersbestand.
            """
        try expectVerdict(.consistent, of: "25,0 procent", in: renamed)
    }

    @Test("A closing share of groups joined by 'of' or 'en' takes no single count as its part")
    func joinedGroups() throws {
        // 'geheel of deels toegewezen' is 150 + 60 of 300 = 70%; the single 60, the one count 'deels' names, would
        // give 20%.
        let text = """
            Van de 300 aanvragen werden er 150 toegewezen, 60 deels toegewezen en 90 afgewezen. Het aandeel \
            geheel of deels toegewezen aanvragen kwam daarmee op 70 procent.
            """
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        // One group named: the part is its count, 90 / 300 = 30%.
        let one = """
            Van de 300 aanvragen werden er 150 toegewezen, 60 deels toegewezen en 90 afgewezen. Het aandeel \
            afgewezen aanvragen kwam daarmee op 30 procent.
            """
        try expectVerdict(.consistent, of: "30 procent", in: one)
    }

    @Test("A percentage before a comparative and 'dan vorig jaar' is a change, not the earlier value")
    func changeBeforeTime() throws {
        // 12,5% → 15,0% is +20%; +2,5 is the points, called 'procent' a mistake.
        let lead = "Onder studenten liep het aandeel met een bijbaan op van 12,5 naar 15,0 procent"
        try expectVerdict(.consistent, of: "20 procent", in: lead + ": 20 procent hoger dan een jaar eerder.")
        try expectVerdict(.inconsistent, of: "2,5 procent", in: lead + ", 2,5 procent hoger dan vorig jaar.")
    }
}
