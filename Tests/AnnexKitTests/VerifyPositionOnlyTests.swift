import Foundation
import Testing

@testable import AnnexKit

/// Values tied to a claim only by where they stand (`OperandBinding.Evidence.positionOnly`): the one pair of a
/// sentence beside a change that has no value of its own, the one count in brackets further in a hedged count's
/// clause. They are the likeliest reading, not a certain one: they may confirm a claim, never contradict it.
@Suite("verify: values tied only by where they stand")
struct VerifyPositionOnlyTests {
    @Test("A change heading the text takes the one pair of the sentence after it")
    func pairAfter() throws {
        let values = " Het loket ontving er dit jaar 500, tegen 400 in het jaar ervoor."
        // 400 → 500 is +25%.
        try expectVerdict(
            .consistent, of: "Een kwart", in: "Een kwart meer aanvragen voor bijzondere bijstand." + values)
        try expectVerdict(.consistent, of: "25 procent", in: "Aanvragen bijstand: 25 procent meer." + values)
        // Wrong, but nothing but position ties the values to it: never an alarm.
        try expectVerdict(.unverifiable, of: "40 procent", in: "Aanvragen bijstand: 40 procent meer." + values)
        // A pair before as well as after: which one is meant is not known.
        try expectVerdict(
            .unverifiable, of: "Een kwart",
            in: "De wachtlijst ging van 80 naar 60. Een kwart meer aanvragen voor bijzondere bijstand." + values)
    }

    @Test("A change with no value of its own takes the one pair of the sentence before it")
    func pairBefore() throws {
        let values = "Het aantal leerlingen met een indicatie liep terug van 640 naar 480."
        // 640 → 480 is −25%.
        try expectVerdict(.consistent, of: "Zo'n 25 procent", in: values + " Zo'n 25 procent minder, meldt de school.")
        // The costs may have fallen by 10 percent: no alarm.
        try expectVerdict(.unverifiable, of: "10 procent", in: values + " De kosten daalden met 10 procent.")
        // Two pairs before: none is taken.
        try expectVerdict(
            .unverifiable, of: "Zo'n 25 procent",
            in: "Het aantal liep terug van 640 naar 480 en van 300 naar 200. Zo'n 25 procent minder, meldt de school.")
        // A value of its own in the sentence: the pair before is not its.
        try expectVerdict(
            .unverifiable, of: "zo'n 25 procent", in: values + " Op 12 scholen was dat zo'n 25 procent minder.")
    }

    @Test("The one change of a sentence beside: a start value, two years, an earlier time, or the claim's group")
    func soleChange() throws {
        // 320 → 400 is +25% whichever way the text orders or marks them.
        for values in [
            "Dit jaar kwamen er 400 klachten binnen, tegen 320 het jaar ervoor.",
            "In 2024 kwamen er 400 klachten binnen, in 2023 waren het er 320.",
            "Nu staan er 400 mensen op de lijst, vorig jaar waren dat er 320.",
        ] {
            try expectVerdict(.consistent, of: "Een kwart", in: values + " Een kwart meer, zegt de wethouder.")
            try expectVerdict(.unverifiable, of: "Een derde", in: values + " Een derde meer, zegt de wethouder.")
        }
        // Two values in two clauses and nothing that says which came first: from the other group to the one the
        // claim names, and when it names neither, by its comparative alone ('meer': base 320, +25%).
        let unordered = "In de wijk De Hoven telt het loket 400 aanvragen, in de wijk Zuid telt het 320 aanvragen."
        try expectVerdict(.consistent, of: "zo'n 25 procent", in: unordered + " In De Hoven zo'n 25 procent meer.")
        try expectVerdict(.consistent, of: "Zo'n 25 procent", in: unordered + " Zo'n 25 procent meer, zegt men.")
        // A value 'meer dan' gives is no value of a change, nor are values of one clause.
        try expectVerdict(
            .unverifiable, of: "30 procent",
            in: "Waarom is dat met 30 procent gestegen? Het gaat om 46 zaken, na meer dan drie maanden.")
        try expectVerdict(
            .unverifiable, of: "Een kwart", in: "Er kwamen 320 klachten en 400 meldingen binnen. Een kwart meer.")
    }

    @Test("A question's change takes the values of the answer past a sentence without numbers")
    func answeredQuestion() throws {
        let question = "Vraag 2: Klopt het dat het aantal klachten met een kwart is gestegen?"
        let values = " Vorig jaar kwamen er 320 klachten binnen, dit jaar 400."
        // 320 → 400 is +25%; 'Vraag 2' numbers the question.
        try expectVerdict(.consistent, of: "een kwart", in: question + " Antwoord: ja." + values)
        try expectVerdict(.consistent, of: "een kwart", in: question + values)
        let wrong = question.replacingOccurrences(of: "een kwart", with: "een derde")
        try expectVerdict(.unverifiable, of: "een derde", in: wrong + " Antwoord: nee." + values)
        // Values of another noun than 'het aantal' names are not the question's.
        try expectVerdict(
            .unverifiable, of: "een kwart", in: question + " Vorig jaar kwamen er 320 meldingen binnen, dit jaar 400.")
        // Past two sentences without numbers, the values are too far to be the question's.
        try expectVerdict(
            .unverifiable, of: "een kwart", in: question + " Antwoord: ja. Dat is bekend." + values)
    }

    @Test("A hedged count takes the one count in brackets further in its clause as its exact value")
    func bracketedExact() throws {
        try expectVerdict(
            .consistent, of: "Ruim 2.000", in: "Ruim 2.000 cliënten kregen vorig jaar begeleiding (2.046).")
        try expectVerdict(
            .consistent, of: "Bijna 700", in: "Bijna 700 gezinnen meldden zich bij het loket (peildatum: 688).")
        // Not the exact value, but nothing but position ties it: never an alarm.
        try expectVerdict(
            .unverifiable, of: "Ruim 2.000", in: "Ruim 2.000 cliënten kregen vorig jaar begeleiding (1.846).")
        // A count of another time, or an amount, in the brackets is no restatement.
        for other in ["(2022: 2.046)", "(thans 2.046)", "(€ 2.046)"] {
            let claims = try verified("Ruim 2.000 cliënten kregen begeleiding " + other + ".")
            #expect(!claims.contains { $0.kind == .count && $0.verdict == .consistent }, "\(other)")
        }
    }
}
