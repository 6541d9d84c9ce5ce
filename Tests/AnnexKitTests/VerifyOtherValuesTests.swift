import Foundation
import Testing

@testable import AnnexKit

/// Values that belong to something else than the claim beside them: each class from a false alarm on prose the
/// verifier had not seen, here in words of its own, checked both ways.
@Suite("verify: values of something else")
struct VerifyOtherValuesTests {
    @Test("A change that names its own end is not the change of values that end elsewhere")
    func ownEnd() throws {
        // The 3.100 → 3.400 are registrations; the rejections end at 450 and start nowhere in the text.
        try expectVerdict(
            .unverifiable, of: "10%",
            in: "Stand van zaken: – Aanmeldingen: 3.400 (2023: 3.100). – Afwijzingen dalen 10% naar 450.")
        // 500 → 450 is −10%, and the change ends where the text says.
        try expectVerdict(.consistent, of: "10%", in: "De wachtlijst daalde van 500 met 10% naar 450.")
        try expectVerdict(.inconsistent, of: "20%", in: "De wachtlijst daalde van 500 met 20% naar 450.")
    }

    @Test("Numbers in brackets that cite a source are no quantities")
    func citations() throws {
        let cited = try verified("Het kabinet trekt 1.250 plaatsen uit (Kamerstukken II 2023/24, 31 839, nr. 1012).")
        #expect(cited.allSatisfy { $0.verdict == .unverifiable } && !cited.contains { $0.kind == .sum },
            "\(cited.map(reason))")
        // Brackets with a year and a value stay a start value: 1.000 → 1.250 is +25%.
        try expectVerdict(.consistent, of: "25%", in: "Het kabinet trekt 1.250 plaatsen uit (2023: 1.000), 25% meer.")
    }

    @Test("A total that includes something unnumbered is not the sum of the parts listed")
    func inclusiveTotal() throws {
        let parts = "Drie wijkteams kregen € 1,5 miljoen, € 1,2 miljoen en € 0,9 miljoen"
        try expectVerdict(
            .unverifiable, of: "€ 4,4 miljoen",
            in: parts + "; het totale bedrag, inclusief de overhead, komt uit op € 4,4 miljoen.")
        // 1,5 + 1,2 + 0,9 = 3,6 million.
        try expectVerdict(.consistent, of: "€ 3,6 miljoen", in: parts + ", samen € 3,6 miljoen.")
        try expectVerdict(.inconsistent, of: "€ 3,9 miljoen", in: parts + ", samen € 3,9 miljoen.")
    }

    @Test("'respectievelijk' gives the n-th change the n-th pair of values before it")
    func respectively() throws {
        // 200 → 230 is +15%; 400 → 420 is +5%.
        let text = "In Assen groeide het aantal cliënten van 200 naar 230, in Emmen van 400 naar 420: een stijging "
            + "van respectievelijk 15 en 5 procent."
        try expectVerdict(.consistent, of: "15", in: text)
        try expectVerdict(.consistent, of: "5 procent", in: text)
        let wrong = text.replacingOccurrences(of: "15 en 5 procent", with: "15 en 6 procent")
        try expectVerdict(.consistent, of: "15", in: wrong)
        try expectVerdict(.inconsistent, of: "6 procent", in: wrong)
        // Three numbers for two pairs: none is paired.
        let uneven = text.replacingOccurrences(of: "15 en 5 procent", with: "15, 5 en 9 procent")
        try expectVerdict(.unverifiable, of: "9 procent", in: uneven)
    }

    @Test("A sentence that refers back but puts itself in the past is of another period")
    func earlierPeriod() throws {
        let first = "Van de 1.200 bezwaren werden er 300 toegewezen, een kwart."
        try expectVerdict(
            .unverifiable, of: "22 procent", in: first + " Een jaar eerder lag dat aandeel op 22 procent.")
        try expectVerdict(.consistent, of: "een kwart", in: first)
    }

    @Test("A share after 'van wie' is of the nearer whole, not of one marked earlier")
    func nearerWhole() throws {
        // 600 of 2.400 is a quarter; of 4.000 it would be 15%.
        let text = "Van de 4.000 deelnemers rondden er 2.400 de training af (60%), van wie 600 met een certificaat: "
        try expectVerdict(.consistent, of: "een op de vier", in: text + "een op de vier.")
        try expectVerdict(.inconsistent, of: "een op de drie", in: text + "een op de drie.")
    }

    @Test("Values whose change another claim states before this one are that claim's")
    func changeStatedBetween() throws {
        // 500 → 550 is +10%; the 30 percent is of the costs, which the text does not give.
        let text = "Het aantal dossiers steeg van 500 naar 550 (+10%) en de kosten namen daardoor met 30 procent toe."
        try expectVerdict(.consistent, of: "+10%", in: text)
        try expectVerdict(.unverifiable, of: "30 procent", in: text)
        // A restatement in another unit is of the same values: 50 more is +10%, not 12%.
        try expectVerdict(
            .inconsistent, of: "12 procent",
            in: "Het aantal dossiers steeg van 500 naar 550, 50 meer ofwel 12 procent.")
    }
    @Test("A number before a hyphen that a later compound completes is part of a word ('40- tot 60-jarigen')")
    func suspendedCompound() throws {
        // Read as values, 40 → 12 would be ×0,3 against 'drie keer'; they are ages in a compound.
        let text = "Twintigers gebruiken drie keer zo vaak een deelscooter als 40- tot 60-jarigen: 12 tegen 4 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        #expect(try Tokenizer.tokens(Array("de 18- en 19-jarigen".unicodeScalars)).allSatisfy { $0.kind != .number })
    }

    @Test("A clause a conjunction opens with a subject of its own does not take the values of the sentence before")
    func ownSubjectClause() throws {
        let before = "In 2015 had het dorp nog acht bushaltes; nu zijn het er vier."
        let text = before + " Gehalveerd dus, terwijl het aantal inwoners met bijna 5 procent groeide."
        try expectVerdict(.consistent, of: "Gehalveerd", in: text)
        try expectVerdict(.unverifiable, of: "bijna 5 procent", in: text)
        // In a sentence of its own that refers back, the change is of those values: 8 → 4 is −50%, not −40%.
        try expectVerdict(.inconsistent, of: "40 procent", in: before + " Dat is een daling van 40 procent.")
        // 'maar' not after ',' or ';' is an adverb that opens no clause.
        try expectVerdict(.inconsistent, of: "40 procent", in: before + " Dat zijn er 'maar' 40 procent minder.")
    }

    @Test("A part and its whole ('9 van de 14') are not two parts of a sum")
    func partAndWholeNoSum() throws {
        let text = "Bij 9 van de 14 bezochte locaties vond de inspectie gebreken. In totaal werden 1.120 dossiers "
            + "bekeken."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent }, "\(found.map(reason))")
        // Parts of one noun listed before a total still add up: 310 + 450 = 760, not 770.
        try expectVerdict(
            .inconsistent, of: "770",
            in: "De inspectie bekeek 310 dossiers in Zwolle en 450 dossiers in Deventer. In totaal 770 dossiers.")
    }
    @Test("'16 tegen 8 procent': the percent word applies to both compared values, so a factor has its values")
    func comparedPercentages() throws {
        // 9 against 6 percent is 1,5 times; 2 times would be 12.
        let text = "Huurders melden anderhalf keer zo vaak geluidsoverlast als kopers: 9 tegen 6 procent."
        try expectVerdict(.consistent, of: "anderhalf keer zo vaak", in: text)
        try expectVerdict(
            .inconsistent, of: "twee keer zo vaak",
            in: text.replacingOccurrences(of: "anderhalf keer", with: "twee keer"))
        // A count of a thousand or more keeps its own unit: '1.200 tegen 8 procent' compares unlike values.
        let unlike = try verified("In Delft 1.200 tegen 8 procent elders, twee keer zo vaak.")
        #expect(!unlike.contains { $0.verdict == .inconsistent }, "\(unlike.map(reason))")
    }
    @Test("A country's figure in brackets after a share compares it: no earlier value, not the share's scope")
    func countryInBrackets() throws {
        // 132 of 150 is 88%.
        let text = "In de kliniek waren 132 van de 150 bedden bezet, een bezetting van 88 procent (landelijk: 91 "
            + "procent)."
        try expectVerdict(.consistent, of: "88 procent", in: text)
        try expectVerdict(
            .inconsistent, of: "85 procent", in: text.replacingOccurrences(of: "88 procent", with: "85 procent"))
    }
    @Test("Counts of unlike nouns in the sentence before are no parts of its total beyond doubt")
    func unlikeCarriedParts() throws {
        // 410 + 220 + 95 = 725 requests, talks and referrals; the 1.200 residents are counted otherwise.
        let text = "Het loket telde 410 aanvragen, 220 gesprekken en 95 verwijzingen. In totaal werden 1.200 inwoners "
            + "geholpen."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent }, "\(found.map(reason))")
        // The same total that agrees still confirms them: 410 + 220 + 95 = 725.
        try expectVerdict(.consistent, of: "725", in: text.replacingOccurrences(of: "1.200", with: "725"))
    }
    @Test("A share that 'daarvan' follows is of the part before it, which gives no part of its own")
    func shareOfPartBefore() throws {
        // 'daarvan' is the 180 who answered: how many of them had a complaint is not said.
        let text = "Van de 300 aangeschreven cliënten antwoordden er 180 van de 300 (respons 60 procent); 35 procent "
            + "daarvan had een klacht."
        try expectVerdict(.unverifiable, of: "35 procent", in: text)
        // 180 of 300 is 60%, still read as before.
        try expectVerdict(.consistent, of: "60 procent", in: text)
        try expectVerdict(
            .inconsistent, of: "65 procent",
            in: text.replacingOccurrences(of: "respons 60 procent", with: "respons 65 procent"))
    }
    @Test("A difference with a year of its own takes no start value labelled by a word ('norm: 30')")
    func labelledStartNotTheYear() throws {
        // The 30 is the norm, not the figure of 2023.
        try expectVerdict(
            .unverifiable, of: "5",
            in: "Een aanvraag duurde gemiddeld 40 dagen (norm: 30 dagen), 5 dagen korter dan in 2023.")
        // A start value labelled by the year it is of stays one: 30 → 40 is 10 more, not 12.
        let dated = "Een aanvraag duurde gemiddeld 40 dagen (2023: 30 dagen), 12 dagen langer dan in 2023."
        try expectVerdict(.inconsistent, of: "12", in: dated)
        try expectVerdict(
            .consistent, of: "10", in: dated.replacingOccurrences(of: "12 dagen", with: "10 dagen"))
    }
    @Test("A list after 'M van de N' names the part's items, not the whole's")
    func listOfPart() throws {
        // Three names of the eight districts: the list counts the three.
        let text = "In drie van de acht districten (Noord, Oost en Zuid) opende een nieuw meldpunt."
        try expectVerdict(.consistent, of: "drie", in: text)
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(
            .inconsistent, of: "vier", in: text.replacingOccurrences(of: "In drie", with: "In vier"))
        // A list right after a count alone is still that count's: two names for 'Drie'.
        try expectVerdict(.inconsistent, of: "Drie", in: "Drie districten (Noord en Oost) openden een meldpunt.")
    }
    @Test("A mean is no part of a sum beside it")
    func meanNoPart() throws {
        // 'gemiddeld 2,5 weken' is a mean; 'samen' says the 1.200 clients together waited 3.000 weeks: no sum.
        let text = "Cliënten wachtten gemiddeld 2,5 weken op een gesprek: de 1.200 cliënten wachtten samen 3.000 weken."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum }, "\(found.map(reason))")
        // Two counts before 'samen' still make a sum: 700 + 500 = 1.200.
        try expectVerdict(
            .inconsistent, of: "1.300", in: "Noord telde 700 cliënten en Zuid 500 cliënten, samen 1.300 cliënten.")
        // Means of the total's own noun add up: 120 + 45 = 165 days.
        let stages = "Een zaak lag bij de wijkagent gemiddeld 120 dagen, bij de officier nog 45 dagen: samen 165 dagen."
        try expectVerdict(.consistent, of: "165", in: stages)
        try expectVerdict(
            .inconsistent, of: "175", in: stages.replacingOccurrences(of: "165 dagen", with: "175 dagen"))
    }
    @Test("A word after 'verschil in' names what differs, not a direction")
    func changeNounNamesQuantity() throws {
        // 'daling' is what the two regions differ in: 9,4 − 6,1 = 3,3 points, no direction either way.
        let text = "Het verschil in daling tussen de regio's was 3,3 procentpunt (9,4 procent tegenover 6,1 procent)."
        try expectVerdict(.consistent, of: "3,3 procentpunt", in: text)
        try expectVerdict(
            .inconsistent, of: "4,3 procentpunt",
            in: text.replacingOccurrences(of: "3,3 procentpunt", with: "4,3 procentpunt"))
    }
}
