import Foundation
import Testing

@testable import AnnexKit

/// Financial and explanatory prose: amounts in 'k€', '€ 450k' and 'M€'; an amount per unit restated after 'ofwel' or
/// 'komt neer op'; overruns, underspending, deficits and surpluses against a budget or between income and costs; the
/// steps of a worked example across sentences; a share answering a question about a whole. In words of their own,
/// each both ways, and the near misses that stay `unverifiable`.
@Suite("verify: amounts per unit, margins, worked examples and answers")
struct VerifyAmountsAndStepsTests {
    // MARK: Amounts with scale letters

    @Test(
        "A scale letter glued to the currency sign or to the amount multiplies it",
        arguments: [
            ("Het budget bedroeg k€ 450.", Exact(450_000)),
            ("Het budget bedroeg K€ 450.", Exact(450_000)),
            ("Het budget bedroeg € 450k.", Exact(450_000)),
            ("Het budget bedroeg € 1,2k.", Exact(1_200)),
            ("Het budget bedroeg M€ 2,4.", Exact(2_400_000)),
            // No scale: a 'k' apart from the sign, or a word glued to the number.
            ("Post k € 450 is vervallen.", Exact(450)),
        ])
    func scaleLetters(text: String, value: Exact) throws {
        let numbers = Tokenizer.tokens(Array(text.unicodeScalars)).compactMap(\.number)
        #expect(numbers.map(\.value) == [value])
        #expect(numbers.allSatisfy { $0.currency == "€ " })
    }

    @Test("A 'k' glued to a number that is no amount, or before a hyphen, is a word as before")
    func noScaleLetter() {
        for text in ["Er liepen 450k-lopers mee.", "Een 5k-loop van 450 deelnemers.", "Er waren 450k deelnemers."] {
            let numbers = Tokenizer.tokens(Array(text.unicodeScalars)).compactMap(\.number)
            #expect(!numbers.contains { $0.value == Exact(450_000) }, "\(text)")
        }
    }

    @Test(
        "A mean per unit of a total in 'k€', '€ …k' or 'M€'",
        arguments: [
            // 450.000 / 150 = 3.000 euro.
            ("Het budget van k€ 450 werd besteed aan 150 trajecten, gemiddeld € 3.000 per traject.", "€ 3.000",
             Verdict.consistent),
            ("Het budget van k€ 450 werd besteed aan 150 trajecten, gemiddeld € 3.500 per traject.", "€ 3.500",
             .inconsistent),
            ("Het budget was € 450k, verdeeld over 150 trajecten: gemiddeld € 3.000 per traject.", "€ 3.000",
             .consistent),
            ("Het budget was € 450k, verdeeld over 150 trajecten: gemiddeld € 2.000 per traject.", "€ 2.000",
             .inconsistent),
            // 2.400.000 / 800 = 3.000 euro.
            ("De lasten van M€ 2,4 gingen naar 800 cliënten, gemiddeld € 3.000 per cliënt.", "€ 3.000", .consistent),
        ])
    func scaledMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Amounts per unit

    @Test(
        "An amount per unit after 'ofwel', 'dat is' or 'neer op' restates the total over the units",
        arguments: [
            // 900.000 / 120 = 7.500.
            ("Voor 120 cliënten was € 900.000 begroot, ofwel € 7.500 per cliënt.", "€ 7.500", Verdict.consistent),
            ("Voor 120 cliënten was € 900.000 begroot, ofwel € 8.000 per cliënt.", "€ 8.000", .inconsistent),
            // 2.400.000.000 / 17.500.000 = 137,1.
            ("De kosten van € 2,4 miljard komen neer op € 137 per inwoner bij 17,5 miljoen inwoners.", "€ 137",
             .consistent),
            ("De kosten van € 2,4 miljard komen neer op € 173 per inwoner bij 17,5 miljoen inwoners.", "€ 173",
             .inconsistent),
            // 73.000 / 365 = 200.
            ("De opvang kostte € 73.000 voor 365 dagen, dat is € 200 per dag.", "€ 200", .consistent),
            ("De opvang kostte € 73.000 voor 365 dagen, dat is € 250 per dag.", "€ 250", .inconsistent),
            // 1.800.000 / 600 = 3.000, with 'gemiddeld' as before.
            ("De gemeente gaf € 1,8 mln uit aan 600 cliënten, gemiddeld € 3.000 per cliënt.", "€ 3.000", .consistent),
        ])
    func restatedPerUnit(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        let found = try claim(written, in: text)
        #expect(found.kind == .ratio)
    }

    @Test(
        "An amount per unit that restates nothing stays open",
        arguments: [
            // A contribution of its own, no restatement of the total.
            "Voor 120 cliënten was € 900.000 begroot; de eigen bijdrage is € 50 per cliënt.",
            "Voor 120 cliënten was € 900.000 begroot en daarbovenop komt € 50 per cliënt.",
        ])
    func unrestatedPerUnit(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: Margins

    @Test(
        "An overrun or underspend is the realised amount less the budget, its percentage of the budget",
        arguments: [
            // 4,3 − 4,0 = 0,3 mln; 0,3 / 4,0 = 7,5%.
            ("Begroot was € 4,0 mln, gerealiseerd € 4,3 mln: een overschrijding van € 0,3 mln (7,5 procent).",
             "€ 0,3 mln", Verdict.consistent),
            ("Begroot was € 4,0 mln, gerealiseerd € 4,3 mln: een overschrijding van € 0,3 mln (7,5 procent).",
             "7,5 procent", .consistent),
            ("Begroot was € 4,0 mln, gerealiseerd € 4,3 mln: een overschrijding van € 0,4 mln (10 procent).",
             "€ 0,4 mln", .inconsistent),
            ("Begroot was € 4,0 mln, gerealiseerd € 4,3 mln: een overschrijding van € 0,3 mln (10 procent).",
             "10 procent", .inconsistent),
            // 1.050.000 − 1.200.000 = −150.000; −12,5%.
            ("Er was € 1.200.000 begroot en € 1.050.000 uitgegeven, een onderbesteding van € 150.000.", "€ 150.000",
             .consistent),
            ("Er was € 1.200.000 begroot en € 1.050.000 uitgegeven, een onderbesteding van € 250.000.", "€ 250.000",
             .inconsistent),
            ("Er was € 1.200.000 begroot en € 1.050.000 uitgegeven, een onderbesteding van € 150.000 (12,5%).",
             "12,5%", .consistent),
            // The sign follows the word: spending below the budget is no overrun.
            ("Er was € 1.200.000 begroot en € 1.050.000 uitgegeven, een overschrijding van € 150.000.", "€ 150.000",
             .inconsistent),
            // The budget in the sentence before: 860.000 − 800.000 = 60.000.
            ("Het budget was € 800.000. Uitgegeven werd € 860.000, een overschrijding van € 60.000.", "€ 60.000",
             .consistent),
            ("Het budget was € 800.000. Uitgegeven werd € 860.000, een overschrijding van € 90.000.", "€ 90.000",
             .inconsistent),
        ])
    func budgetGap(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A deficit or surplus is the income less the costs, signed by its word",
        arguments: [
            // 2,1 − 2,5 = −0,4 mln.
            ("De baten bedroegen € 2,1 mln en de lasten € 2,5 mln, een tekort van € 0,4 mln.", "€ 0,4 mln",
             Verdict.consistent),
            ("De baten bedroegen € 2,1 mln en de lasten € 2,5 mln, een tekort van € 0,3 mln.", "€ 0,3 mln",
             .inconsistent),
            ("De baten bedroegen € 2,1 mln en de lasten € 2,5 mln, een overschot van € 0,4 mln.", "€ 0,4 mln",
             .inconsistent),
            // 980.000 − 910.000 = 70.000, costs first.
            ("De kosten kwamen uit op € 910.000 en de opbrengsten op € 980.000: een overschot van € 70.000.",
             "€ 70.000", .consistent),
            ("De kosten kwamen uit op € 910.000 en de opbrengsten op € 980.000: een overschot van € 90.000.",
             "€ 90.000", .inconsistent),
        ])
    func incomeLessCosts(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A gap with no budget, no income and costs, or no share of a budget stays open",
        arguments: [
            // No word of costs: the 2,5 mln is a reserve.
            "De baten bedroegen € 2,1 mln en de reserve € 2,5 mln, een tekort van € 0,3 mln.",
            // A percentage of a balance: of the income or of the costs, the text does not say.
            "De baten bedroegen € 2,1 mln en de lasten € 2,5 mln, een tekort van € 0,4 mln (12 procent).",
            // Two realised amounts against one budget.
            "Begroot was € 4,0 mln; in 2023 ging € 4,3 mln en in 2024 € 4,6 mln om, een overschrijding van € 0,2 mln.",
        ])
    func openGap(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: Worked examples

    @Test(
        "Each step of a worked example is the product of its rate and the count the steps before state",
        arguments: [
            // 2 × 40.000 / 1.000 = 80 clients; 3.000 × 80 = 240.000 euro.
            ("Stel, een gemeente telt 40.000 inwoners. Bij 2 cliënten per 1.000 inwoners zijn dat 80 cliënten. "
                + "Tegen € 3.000 per cliënt kost dat € 240.000.", "80", Verdict.consistent),
            ("Stel, een gemeente telt 40.000 inwoners. Bij 2 cliënten per 1.000 inwoners zijn dat 80 cliënten. "
                + "Tegen € 3.000 per cliënt kost dat € 240.000.", "€ 240.000", .consistent),
            ("Stel, een gemeente telt 40.000 inwoners. Bij 2 cliënten per 1.000 inwoners zijn dat 90 cliënten. "
                + "Tegen € 3.000 per cliënt kost dat € 270.000.", "90", .inconsistent),
            ("Stel, een gemeente telt 40.000 inwoners. Bij 2 cliënten per 1.000 inwoners zijn dat 80 cliënten. "
                + "Tegen € 3.000 per cliënt kost dat € 270.000.", "€ 270.000", .inconsistent),
            // 1.500 × 300 = 450.000.
            ("Stel dat 300 gezinnen meedoen. Bij € 1.500 per gezin kost dat dan € 450.000.", "€ 450.000",
             .consistent),
            ("Stel dat 300 gezinnen meedoen. Bij € 1.500 per gezin kost dat dan € 500.000.", "€ 500.000",
             .inconsistent),
            // 3 × 52.000 / 1.000 = 156.
            ("De gemeente telt 52.000 inwoners. Bij 3 meldingen per 1.000 inwoners komt dat neer op 156 meldingen.",
             "156", .consistent),
            ("De gemeente telt 52.000 inwoners. Bij 3 meldingen per 1.000 inwoners komt dat neer op 165 meldingen.",
             "165", .inconsistent),
            // Two sentences back, past one without a count of the unit: 25 × 1.200 = 30.000.
            ("Neem een wijk met 1.200 huishoudens. Het gaat om een proef. Met € 25 per huishouden is dat € 30.000.",
             "€ 30.000", .consistent),
        ])
    func workedSteps(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
        let found = try claim(written, in: text)
        #expect(found.kind == .count)
    }

    @Test(
        "A step whose units are too far back, of another noun, or not referred to stays open",
        arguments: [
            // Three sentences back: beyond the example's reach.
            "Stel, een gemeente telt 40.000 inwoners. Zij heeft 12 wijken. Het budget is ruim. "
                + "Bij 2 cliënten per 1.000 inwoners zijn dat 90 cliënten.",
            // Households are no inhabitants.
            "Stel, een gemeente telt 40.000 huishoudens. Bij 2 cliënten per 1.000 inwoners zijn dat 90 cliënten.",
            // No word that refers back: a budget of its own.
            "Stel dat 300 gezinnen meedoen. Bij € 1.500 per gezin was het budget € 500.000.",
            // A year of its own: a fact, no step.
            "Stel dat 300 gezinnen meedoen. In 2023 kostte een traject € 1.500 per gezin, dat was € 500.000.",
            // Two counts of the unit before: which one is meant is not said.
            "Er wonen 40.000 inwoners in het noorden en 30.000 inwoners in het zuiden. "
                + "Bij 2 cliënten per 1.000 inwoners zijn dat 90 cliënten.",
        ])
    func openSteps(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    // MARK: Answers to questions

    @Test(
        "A share in the answer takes the whole the question names",
        arguments: [
            // 830 / 1.200 = 69,2%.
            ("Welk deel van de 1.200 aanvragen werd toegekend? 830, ofwel 69 procent.", "69 procent",
             Verdict.consistent),
            ("Welk deel van de 1.200 aanvragen werd toegekend? 830, ofwel 72 procent.", "72 procent", .inconsistent),
            ("Hoeveel aanvragen van de 1.200 werden toegekend? 830, ofwel 72 procent.", "72 procent", .inconsistent),
            ("Hoeveel van de 1.200 aanvragen werden toegekend? 830, ofwel 69 procent.", "69 procent", .consistent),
            // 412 / 1.650 = 25,0%: an answer that names its whole.
            ("Hoe vaak kwam dat voor? In 412 van de 1.650 zaken (25%).", "25%", .consistent),
            ("Hoe vaak kwam dat voor? In 412 van de 1.650 zaken (28%).", "28%", .inconsistent),
        ])
    func answeredShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "An answer without the question's whole stays open",
        arguments: [
            // The question names no whole.
            "Hoeveel jongeren vielen uit? 96, ofwel 8 procent.",
            // The question names two counts.
            "Hoeveel van de 1.200 aanvragen uit 2023 en de 300 uit 2024 werden toegekend? 830, ofwel 72 procent.",
            // The question's count is no whole after 'van': it names the applications, not what the part is of.
            "Wat is er met de 1.200 aanvragen van de gemeente gebeurd? 830, ofwel 72 procent, is toegekend.",
        ])
    func openAnswers(text: String) throws {
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
