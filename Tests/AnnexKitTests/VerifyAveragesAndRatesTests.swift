import Foundation
import Testing

@testable import AnnexKit

/// The twenty-first round (C): a count after 'op de' with no count before 'op' is a place, no side of a fraction; the
/// plural of a noun with a doubled vowel ('scholen') is a form of it; a mean per unit takes the list of the sentence
/// before, one value per unit; a times word that closes its phrase repeats a count of occasions before it. In words
/// of their own, each both ways, and the near misses that stay unverifiable.
@Suite("verify: averages, rates, multiples and chained counts")
struct VerifyAveragesAndRatesTests {
    /// The tokens of a text.
    private func tokens(_ text: String) -> [Token] { Tokenizer.tokens(Array(text.unicodeScalars)) }

    /// The index of the first number token whose text is `written`.
    private func index(of written: String, in tokens: [Token]) -> Int? {
        tokens.firstIndex { $0.kind == .number && $0.text == written }
    }

    // MARK: A mean of a total over units counted after 'op de'

    @Test("A count after 'op de' is a value unless a count stands before 'op'")
    func placeIsNoFraction() throws {
        let place = tokens("Op de 17 locaties werkten 884 vrijwilligers.")
        #expect(ClaimParser.isValue(try #require(index(of: "17", in: place)), place))
        let fraction = tokens("Bijna 1 op de 5 cliënten wacht te lang.")
        #expect(!ClaimParser.isValue(try #require(index(of: "5", in: fraction)), fraction))
    }

    @Test(
        "A mean per unit over the units counted after 'op de' in the sentence before or its own",
        arguments: [
            // 884 / 17 = 52.
            ("Op de 17 locaties werkten in totaal 884 vrijwilligers. Per locatie zijn dat er gemiddeld 52.", "52",
             Verdict.consistent),
            ("Op de 17 locaties werkten in totaal 884 vrijwilligers. Per locatie zijn dat er gemiddeld 62.", "62",
             .inconsistent),
            // 6.480 / 24 = 270.
            ("Op de 24 scholen zaten 6.480 leerlingen. Dat is gemiddeld 270 leerlingen per school.", "270",
             .consistent),
            ("Op de 24 scholen zaten 6.480 leerlingen. Dat is gemiddeld 290 leerlingen per school.", "290",
             .inconsistent),
            ("Op de 24 scholen zaten 6.480 leerlingen, gemiddeld 270 per school.", "270", .consistent),
            // Near misses: the number of units is not given, or the mean is per another unit.
            ("Op de locaties werkten in totaal 884 vrijwilligers. Per locatie zijn dat er gemiddeld 52.", "52",
             .unverifiable),
            ("Op de 17 locaties werkten in totaal 884 vrijwilligers. Per team zijn dat er gemiddeld 62.", "62",
             .unverifiable),
        ])
    func meanOverPlaces(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("The plural with a long vowel written once is a form of its noun; another noun is not")
    func openSyllablePlurals() {
        #expect(ClaimParser.isForm("scholen", of: "school"))
        #expect(ClaimParser.isForm("weken", of: "week"))
        #expect(ClaimParser.isForm("uren", of: "uur"))
        #expect(!ClaimParser.isForm("schelen", of: "school"))
        #expect(ClaimParser.openSyllablePlural(of: "zee") == nil)
        #expect(ClaimParser.openSyllablePlural(of: "maand") == nil)
    }

    // MARK: A mean per unit of the list before

    @Test(
        "A mean per unit that refers back is the mean of the list of the sentence before, one value per unit",
        arguments: [
            // 577 / 3 = 192,3.
            ("Utrecht, Zeist en Nieuwegein ontvingen respectievelijk 310, 145 en 122 aanvragen. Gemiddeld waren dat "
                + "er 192 per gemeente.", "192", Verdict.consistent),
            ("Utrecht, Zeist en Nieuwegein ontvingen respectievelijk 310, 145 en 122 aanvragen. Gemiddeld waren dat "
                + "er 212 per gemeente.", "212", .inconsistent),
            // 165 / 3 = 55.
            ("De teams Noord, Oost en West voerden respectievelijk 48, 62 en 55 huisbezoeken uit. Per team is dat "
                + "gemiddeld 55 huisbezoeken.", "55", .consistent),
            ("De teams Noord, Oost en West voerden respectievelijk 48, 62 en 55 huisbezoeken uit. Per team is dat "
                + "gemiddeld 58 huisbezoeken.", "58", .inconsistent),
            // 3.730 / 3 = 1.243,3.
            ("Wijkteam A, B en C telden respectievelijk 1.240, 1.180 en 1.310 meldingen. Dat is gemiddeld 1.283 per "
                + "wijkteam.", "1.283", .inconsistent),
            // Near misses: the mean counts another noun; the sentence before also gives a total; no word refers back.
            ("Utrecht, Zeist en Nieuwegein ontvingen respectievelijk 310, 145 en 122 aanvragen. Gemiddeld waren dat "
                + "er 212 klachten per gemeente.", "212", .unverifiable),
            ("Utrecht, Zeist en Nieuwegein ontvingen in totaal 577 aanvragen: 310, 145 en 122. Gemiddeld waren dat "
                + "er 212 per gemeente.", "212", .unverifiable),
            ("Utrecht, Zeist en Nieuwegein ontvingen respectievelijk 310, 145 en 122 aanvragen. In Amersfoort kwamen "
                + "er gemiddeld 212 per week binnen.", "212", .unverifiable),
        ])
    func meanOfListBefore(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    // MARK: A times word left out after a count of occasions

    @Test("A times word that closes its phrase after a count of occasions counts occasions; alone it is a factor")
    func elidedOccasions() throws {
        let elided = tokens("Jongens werden 1.890 keer geschorst, meisjes 650 keer.")
        #expect(!ClaimParser.isFactor(try #require(index(of: "650", in: elided)), elided))
        let factor = tokens("Het aantal meldingen steeg in vijf jaar 2,5 keer.")
        #expect(ClaimParser.isFactor(try #require(index(of: "2,5", in: factor)), factor))
    }

    @Test(
        "A factor between two counts of occasions, the second with its times word only",
        arguments: [
            // 1.890 / 650 = 2,91: 'bijna drie' holds, 'bijna vier' does not.
            ("Jongens werden 1.890 keer geschorst, meisjes 650 keer. Jongens werden dus bijna drie keer zo vaak "
                + "geschorst als meisjes.", "bijna drie keer zo vaak", Verdict.consistent),
            ("Jongens werden 1.890 keer geschorst, meisjes 650 keer. Jongens werden dus bijna vier keer zo vaak "
                + "geschorst als meisjes.", "bijna vier keer zo vaak", .inconsistent),
            // 420 / 140 = 3.
            ("De politie werd 420 keer gebeld over overlast, de gemeente 140 keer. De politie werd dus drie keer zo "
                + "vaak gebeld als de gemeente.", "drie keer zo vaak", .consistent),
            ("De politie werd 420 keer gebeld over overlast, de gemeente 140 keer. De politie werd dus vier keer zo "
                + "vaak gebeld als de gemeente.", "vier keer zo vaak", .inconsistent),
        ])
    func factorOfOccasions(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }
}
