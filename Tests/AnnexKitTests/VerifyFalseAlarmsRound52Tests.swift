import Foundation
import Testing

@testable import AnnexKit

/// False alarms of new unseen corpora (holdout176–178), each mended by structure: numbers that label items in a list
/// ('niveau 2, 3 en 4', 'vraag 1'), a count in words after 'de' that counts known items, a rest after ';' that is no
/// share's part, a one-line list with colons under a scale, and a rest in percent after a part derived from a share.
@Suite("verify: false alarms of round 52")
struct VerifyFalseAlarmsRound52Tests {
    @Test("Numbers that label the items of a list are no addends of a total")
    func labelList() throws {
        // 300 + 350 + 250 = 900; the phases 1, 2 and 3 add nothing.
        let text = "Van de 900 meldingen kwamen er 300, 350 en 250 binnen in fase 1, 2 en 3."
        try expectVerdict(.consistent, of: "900", in: text)
        // 300 + 350 + 260 = 910, not 900.
        try expectVerdict(.inconsistent, of: "900", in: text.replacingOccurrences(of: "250", with: "260"))
        // A question's number opens an answer; it is no count of visitors: only the change is a claim.
        // 79.000 → 84.300 = +6,7%.
        let answer = "Antwoord op vraag 3: De twee zwembaden trokken in 2024 samen 84.300 bezoekers, tegen 79.000 "
            + "in 2023. Dat is een stijging van 6,7 procent."
        let found = try verified(answer)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "6,7 procent", in: answer)
    }

    @Test("A count in words after 'de' counts known items, no part of a share's whole")
    func knownItems() throws {
        let text = "Van de 2.500 leden woont 44 procent in de vier dorpen van de gemeente."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // A part in digits is still the share's: 1.100 / 2.500 = 44%.
        let digits = "Van de 2.500 leden wonen er 1.100 in de vier dorpen, 44 procent."
        try expectVerdict(.consistent, of: "44 procent", in: digits)
        try expectVerdict(.inconsistent, of: "48 procent", in: digits.replacingOccurrences(of: "44", with: "48"))
    }

    @Test("A count after 'de rest' in another clause is the whole less the share's part")
    func restBesideShare() throws {
        // (480.000 − 144.000) / 480.000 = 70%.
        let text = "Het festival kostte € 480.000. Daarvan ging 70 procent naar artiesten; de rest, € 144.000, "
            + "ging naar techniek."
        try expectVerdict(.consistent, of: "70 procent", in: text)
        // (480.000 − 164.000) / 480.000 = 65,8%, not 70%.
        try expectVerdict(
            .inconsistent, of: "70 procent", in: text.replacingOccurrences(of: "144.000", with: "164.000"))
    }

    @Test("A list in one line with a colon in each item stands in its header's scale")
    func inlineYearList() throws {
        // (905 − 840) × 1.000 = 65.000.
        let text = "Uitgaven aan groenonderhoud (x € 1.000): 2021: 840; 2022: 872; 2023: 905. In twee jaar stegen "
            + "de uitgaven met € 65.000."
        try expectVerdict(.consistent, of: "€ 65.000", in: text)
        try expectVerdict(.inconsistent, of: "€ 56.000", in: text.replacingOccurrences(of: "65.000", with: "56.000"))
    }

    @Test("A rest in percent after a part derived from a share does not inherit the part's slip")
    func restAfterDerivedPart() throws {
        // 45% × 1.600 = 720, so 740 is wrong; the rest 55% follows from the 45% and is not contradicted by the slip.
        let slip = "Van de 1.600 aanvragen werd 45 procent toegekend, ofwel 740 aanvragen. De overige 55 procent "
            + "werd afgewezen."
        try expectVerdict(.inconsistent, of: "740", in: slip)
        #expect(try claim("55 procent", in: slip).verdict != .inconsistent)
        // With the part right, (1.600 − 720) / 1.600 = 55%.
        try expectVerdict(.consistent, of: "55 procent", in: slip.replacingOccurrences(of: "740", with: "720"))
        // A part stated as fact still gives the rest: (1.600 − 720) / 1.600 = 55%, not 57%.
        let stated = "Van de 1.600 aanvragen werden er 720 toegekend. De overige 57 procent werd afgewezen."
        try expectVerdict(.inconsistent, of: "57 procent", in: stated)
    }
}
