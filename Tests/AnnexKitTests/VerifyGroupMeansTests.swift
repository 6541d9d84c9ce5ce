import Foundation
import Testing

@testable import AnnexKit

/// Means of groups: a mean of all recomputed as the mean weighted by the groups' sizes when the text gives
/// them, left unverifiable when it names groups without sizes; the values of a list of groups are no claims of
/// their own; and a total of another noun than its parts is no sum of them.
@Suite("verify: means of groups and totals of something else")
struct VerifyGroupMeansTests {
    @Test(
        "A mean of groups whose sizes the text gives is their mean weighted by the sizes",
        arguments: [
            // Sizes as a parallel list after 'respectievelijk', the groups' means as a list after 'gemiddelde'.
            // (250·4 + 750·8) / 1.000 = 7,0.
            ("Op de twee locaties (respectievelijk 250 en 750 leerlingen) was het gemiddelde verzuim 4 en 8 dagen; "
                + "over alle leerlingen samen komt het gemiddelde uit op 7,0 dagen.", "7,0", Verdict.consistent, 7.0),
            ("Op de twee locaties (respectievelijk 250 en 750 leerlingen) was het gemiddelde verzuim 4 en 8 dagen; "
                + "over alle leerlingen samen komt het gemiddelde uit op 6,0 dagen.", "6,0", .inconsistent, 7.0),
            // Each size in its group's parenthesis with the group's mean. (900·20 + 100·40) / 1.000 = 22.
            ("Team West (900 meldingen, gemiddeld 20 dagen doorlooptijd) en team Oost (100 meldingen, gemiddeld 40 "
                + "dagen) hadden samen een gemiddelde doorlooptijd van 22 dagen.", "22", .consistent, 22),
            ("Team West (900 meldingen, gemiddeld 20 dagen doorlooptijd) en team Oost (100 meldingen, gemiddeld 40 "
                + "dagen) hadden samen een gemiddelde doorlooptijd van 30 dagen.", "30", .inconsistent, 22),
        ])
    func weighted(text: String, written: String, expected: Verdict, value: Double) throws {
        let found = try claim(written, in: text)
        #expect(found.kind == .average)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(found.recomputedValue.map { abs($0 - value) < 1e-9 } == true, "\(reason(found))")
        #expect(reason(found).contains("gewogen naar"), "\(reason(found))")
    }

    @Test("The values of a list after 'gemiddelde' or 'respectievelijk' are the groups', no mean of their own")
    func groupValuesAreNoClaims() throws {
        let text =
            "In de drie wijken (respectievelijk 120, 300 en 580 huishoudens) was de gemiddelde schuld 9.000, 12.000 "
            + "en 15.000 euro."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
        #expect(try verified(text).allSatisfy { $0.kind != .average })
    }

    @Test(
        "Labelled groups with no sizes, no count of units and no 'per' leave the mean of all unknown",
        arguments: [
            "De gemiddelde reistijd was 31 minuten (automobilisten 28 minuten, treinreizigers 44 minuten).",
            "Het gemiddelde eindcijfer bedroeg 6,9 (jongens 6,6, meisjes 7,3).",
            // The label after the value's unit.
            "De wachttijd was 20 dagen voor ouderen en 30 dagen voor jongeren, over alle 2.400 aanvragen "
                + "gemiddeld 22 dagen.",
        ])
    func unsizedGroups(text: String) throws {
        let found = try #require(try verified(text).first { $0.kind == .average })
        #expect(found.verdict == .unverifiable)
        #expect(reason(found).contains("groepsgrootten ontbreken"), "\(reason(found))")
    }

    @Test(
        "Values of units the text counts or names with 'per' keep their plain mean",
        arguments: [
            ("In de drie districten: Noord 10, Midden 14 en Zuid 12 zaken per week, gemiddeld 13 zaken.", Verdict
                .inconsistent),
            ("Per district: Noord 10, Midden 14 en Zuid 12 zaken; gemiddeld 12 zaken.", .consistent),
        ])
    func countedUnits(text: String, expected: Verdict) throws {
        let found = try #require(try verified(text).first { $0.kind == .average })
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A total that names another noun than its parts' is no sum of them",
        arguments: [
            // The parts are spending, the total is a budget.
            "De kosten van toezicht (4,1 miljoen), preventie (2,2 miljoen) en nazorg (1,3 miljoen) vallen binnen een "
                + "totaal budget veiligheid van 12,0 miljoen euro.",
            // The parts are expenses in the sentence before, the total is of income.
            "De uitgaven bestonden uit salarissen (55,0 miljoen) en huur (12,5 miljoen). Het totaal aan opbrengsten "
                + "bedroeg 70,2 miljoen euro.",
        ])
    func totalOfAnotherNoun(text: String) throws {
        let found = try #require(try verified(text).first { $0.kind == .sum })
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A total that names the parts' own noun, or none, still sums them",
        arguments: [
            "De uitgaven aan toezicht (4,1 miljoen), preventie (2,2 miljoen) en nazorg (1,3 miljoen) kwamen op een "
                + "totaal aan uitgaven van 8,6 miljoen euro.",
            "De uitgaven bestonden uit salarissen (55,0 miljoen) en huur (12,5 miljoen). Het totaal bedroeg 70,2 "
                + "miljoen euro.",
        ])
    func totalOfTheSameNoun(text: String) throws {
        let found = try #require(try verified(text).first { $0.kind == .sum })
        #expect(found.verdict == .inconsistent, "\(reason(found))")
    }

    @Test(
        "A mean over groups whose shares and wholes the sentence before gives is weighted by the wholes",
        arguments: [
            // (90·300 + 60·100) / 400 = 82,5; the plain mean 75 is wrong.
            ("Op school A slaagde 90 procent van de 300 leerlingen, op school B 60 procent van de 100. Gemiddeld over "
                + "beide scholen was dat 82,5 procent.", "82,5 procent", Verdict.consistent),
            ("Op school A slaagde 90 procent van de 300 leerlingen, op school B 60 procent van de 100. Gemiddeld over "
                + "beide scholen was dat 75 procent.", "75 procent", .inconsistent),
        ])
    func sharesOfGroups(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A mean's values may follow ';' in a stretch that counts them, as many as it names",
        arguments: [
            ("Een aanvraag duurde gemiddeld 9 weken; de vier teams kwamen uit op 8, 10, 7 en 11 weken.", Verdict
                .consistent),
            // Confirmed, never contradicted: the list stands in a stretch with a verb of its own.
            ("Een aanvraag duurde gemiddeld 11 weken; de vier teams kwamen uit op 8, 10, 7 en 11 weken.",
                .unverifiable),
        ])
    func countedListAfterSemicolon(text: String, expected: Verdict) throws {
        let found = try #require(try verified(text).first { $0.kind == .average })
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("A list after ';' that its stretch does not count is no mean's values")
    func uncountedListAfterSemicolon() throws {
        let text = "Een aanvraag duurde gemiddeld 9 weken; twee teams kwamen uit op 8, 10, 7 en 11 weken."
        let found = try #require(try verified(text).first { $0.kind == .average })
        #expect(found.recomputed == nil)
    }
}
