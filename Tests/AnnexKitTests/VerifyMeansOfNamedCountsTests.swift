import Testing

@testable import AnnexKit

/// A compound of number names what it counts by its first part, as 'het aantal X' does ('Het ledental bedroeg 480':
/// 480 leden; 'het inwonertal', 'het bezoekersaantal'); the particle of 'neerkomen op' after the count is no noun of
/// it.
@Suite("Verify: a count named by a compound of 'tal' or 'aantal'")
struct VerifyNumberCompoundTests {
    @Test("A mean per unit whose total a compound of 'tal' names")
    func meanOfCompoundCount() throws {
        // 480 members / 160 allotments = 3; 3,5 is planted.
        let club = "Het ledental bedroeg 480. De vereniging verhuurt 160 volkstuinen. Er zijn gemiddeld "
        try expectClaim("3", in: club + "3 leden per volkstuin.", kind: .ratio, verdict: .consistent, value: 3)
        try expectClaim("3,5", in: club + "3,5 leden per volkstuin.", kind: .ratio, verdict: .inconsistent, value: 3)
    }

    @Test("A rate per a population whose part 'het ledental van' gives")
    func rateOfCompoundCount() throws {
        // 1.560 / 24.000 × 1.000 = 65; 56 is planted.
        let town = "Bij 24.000 inwoners komt het ledental van 1.560 neer op "
        try expectClaim("65", in: town + "65 leden per 1.000 inwoners.", kind: .ratio, verdict: .consistent, value: 65)
        try expectClaim("56", in: town + "56 leden per 1.000 inwoners.", kind: .ratio, verdict: .inconsistent,
            value: 65)
        // The same with 'het aantal leden van'.
        try expectClaim("65", in: "Bij 24.000 inwoners komt het aantal leden van 1.560 neer op 65 leden per 1.000 "
            + "inwoners.", kind: .ratio, verdict: .consistent, value: 65)
    }

    @Test(
        "In doubt unverifiable: the count has a noun of its own, a stable is no number",
        arguments: [
            "Bij 24.000 inwoners komt het ledental van 12 verenigingen neer op 65 leden per 1.000 inwoners.",
            "De koeienstal bood plaats aan 480. De boer verhuurt 160 weides. Er zijn gemiddeld 3 koeien per weide.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable(text.contains("65") ? "65" : "3", in: text)
    }
}

/// A mean stated after counts is no item of their list: the sentence's counts stay a total and its units for a mean
/// in the next sentence ('… 3.600 trainingsuren aan 900 sporters, gemiddeld 4 uur per sporter. Met 24 trainers komt
/// dat op 150 trainingsuren per trainer.').
@Suite("Verify: a mean after counts is no item of their list")
struct VerifyMeanAfterListedCountsTests {
    @Test("The next sentence's mean takes the total of the sentence with a mean")
    func totalBesideMean() throws {
        // 3.600 / 24 = 150; 160 is planted. The first mean: 3.600 / 900 = 4.
        let sport = "De trainers gaven 3.600 trainingsuren aan 900 sporters, gemiddeld 4 uur per sporter. Met 24 "
            + "trainers komt dat op "
        try expectClaim("150", in: sport + "150 trainingsuren per trainer.", kind: .ratio, verdict: .consistent,
            value: 150)
        try expectClaim("160", in: sport + "160 trainingsuren per trainer.", kind: .ratio, verdict: .inconsistent,
            value: 150)
    }

    @Test("In doubt unverifiable: a list of two counts of other things before the mean")
    func listOfOtherCounts() throws {
        try expectUnverifiable(
            "150", in: "De trainers gaven 3.600 trainingsuren aan 900 sporters en 40 teams. Met 24 trainers komt dat "
                + "op 150 trainingsuren per trainer.")
    }
}

/// The value lines under a title 'X per Y' are the values of the units Y: a mean that names one such unit ('een Y',
/// 'elke Y', 'per Y') after an average word is their mean ('Gemiddeld kwam een filiaal daarmee op 4.333 uitleningen.'
/// under 'Uitleningen per filiaal in maart:').
@Suite("Verify: a mean of one unit that the lines' title is per")
struct VerifyMeanOfTitledLinesTests {
    /// Three branches' loans under a title per branch, then a sentence.
    static func branches(title: String, _ sentence: String) -> String {
        title + "\n- Noord: 6.300\n- Zuid: 4.100\n- West: 2.600\n" + sentence
    }

    @Test("The mean of the lines")
    func meanOfLines() throws {
        // (6.300 + 4.100 + 2.600) / 3 = 13.000 / 3 = 4.333,3; 4.833 is planted.
        let title = "Uitleningen per filiaal in maart:"
        try expectClaim("4.333", in: Self.branches(title: title, "Gemiddeld kwam een filiaal daarmee op 4.333 "
            + "uitleningen."), kind: .average, verdict: .consistent, value: 13_000.0 / 3)
        try expectClaim("4.833", in: Self.branches(title: title, "Gemiddeld kwam een filiaal daarmee op 4.833 "
            + "uitleningen."), kind: .average, verdict: .inconsistent, value: 13_000.0 / 3)
    }

    @Test(
        "In doubt unverifiable: a title with no 'per', a unit the title is not per",
        arguments: [
            VerifyMeanOfTitledLinesTests.branches(
                title: "Uitleningen in maart:", "Gemiddeld kwam een filiaal daarmee op 4.333 uitleningen."),
            VerifyMeanOfTitledLinesTests.branches(
                title: "Uitleningen per filiaal in maart:", "Gemiddeld kwam een lezer daarmee op 4.333 uitleningen."),
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("4.333", in: text)
    }
}
