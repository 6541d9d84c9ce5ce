import Foundation
import Testing

@testable import AnnexKit

/// Durations written in two units ('3 min 45 s', '2 uur en 10 minuten', '1 jaar en 8 maanden') read as one
/// quantity in the smaller unit, so that changes and differences between them are computed on the whole duration.
@Suite("verify: durations in two units")
struct VerifyCompoundDurationTests {
    /// The values of the quantities the tokenizer reads in `text`.
    private func quantities(_ text: String) -> [Exact] {
        Tokenizer.tokens(Array(text.unicodeScalars)).compactMap { $0.kind == .number ? $0.number?.value : nil }
    }

    @Test("Minutes and seconds are one number of seconds")
    func minutesAndSeconds() throws {
        // 3 min 45 s = 225 s; 4 min 30 s = 270 s; +45 s; 45 / 225 = +20%.
        #expect(quantities("van 3 min 45 s naar 4 min 30 s") == [Exact(225), Exact(270)])
        let text = "De wachttijd aan de telefoon liep op van 3 min 45 s naar 4 min 30 s, een stijging van 20 procent."
        try expectVerdict(.consistent, of: "20 procent", in: text)
        let wrong = "De wachttijd aan de telefoon liep op van 3 min 45 s naar 4 min 30 s, een stijging van 25 procent."
        try expectVerdict(.inconsistent, of: "25 procent", in: wrong)
        let difference = "Bellers wachtten 4 min 30 s, tegen 3 min 45 s een jaar eerder: 45 seconden langer."
        try expectVerdict(.consistent, of: "45", in: difference)
    }

    @Test("Hours and minutes joined by 'en' are one number of minutes")
    func hoursAndMinutes() throws {
        // 2 uur en 10 minuten = 130; 2 uur en 40 minuten = 160; 30 / 130 = 23,08% → 23,1.
        #expect(quantities("twee uur en tien minuten") == [Exact(130)])
        let text = """
            Een gemiddelde behandeling op de dagkliniek duurde 2 uur en 40 minuten, tegen 2 uur en 10 minuten vorig \
            jaar. Dat is een toename van 23,1 procent.
            """
        try expectVerdict(.consistent, of: "23,1 procent", in: text)
    }

    @Test("Years and months are one number of months")
    func yearsAndMonths() throws {
        // 1 jaar en 8 maanden = 20 maanden; 20 → 15 is −25%.
        let lead = "De doorlooptijd van een bezwaarzaak liep terug van 1 jaar en 8 maanden naar 15 maanden"
        try expectVerdict(.consistent, of: "25%", in: lead + ", 25% korter.")
        try expectVerdict(.inconsistent, of: "20%", in: lead + ", 20% korter.")
    }

    @Test("No compound when the second number is no remainder of the first unit or counts something else")
    func notCompound() {
        // 75 minutes is more than an hour: two durations, not one.
        #expect(quantities("binnen 3 uur 75 minuten") == [Exact(3), Exact(75)])
        // A count after a duration is no part of it.
        #expect(quantities("in 2 weken 40 meldingen") == [Exact(2), Exact(40)])
        // The smaller unit first is no compound.
        #expect(quantities("12 dagen en 2 weken") == [Exact(12), Exact(2)])
        // A decimal larger count is written as one number already.
        #expect(quantities("1,5 uur en 10 minuten") == [Exact(3, over: 2), Exact(10)])
    }
}
