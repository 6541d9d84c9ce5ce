import Foundation
import Testing

@testable import AnnexKit

/// False alarms of held-out text: units written as symbols with a prefix ('GWh' against 'kWh'), a share's whole
/// named 'totaal' read as a sum, a rate taken as a share's part, a percentage in brackets that qualifies a noun read
/// as the change of the sentence's other clause, and a rest in apposition.
@Suite("verify: unit symbols, named wholes, rates beside shares, bracketed qualifications, rests")
struct VerifyUnitSymbolsAndWholesTests {
    @Test("A rate's part in a unit symbol with a prefix is converted to the claim's unit")
    func prefixedSymbols() throws {
        // 4,7 GWh = 4.700.000 kWh; / 2.000 woningen = 2.350 kWh.
        let right = "Per woning verbruikten de warmtepompen 2.350 kWh (4,7 GWh verdeeld over 2.000 woningen)."
        try expectVerdict(.consistent, of: "2.350", in: right)
        let wrong = "Per woning verbruikten de warmtepompen 2.530 kWh (4,7 GWh verdeeld over 2.000 woningen)."
        try expectVerdict(.inconsistent, of: "2.530", in: wrong)
        // 2,4 TWh = 2.400.000 MWh; / 1.600 bedrijven = 1.500 MWh.
        let tera = "Per bedrijf was dat 1.500 MWh (2,4 TWh over 1.600 bedrijven)."
        try expectVerdict(.consistent, of: "1.500", in: tera)
        #expect(MetricPrefix.factor(from: "gwh", to: "kwh") == Exact(1_000_000))
        #expect(MetricPrefix.factor(from: "mwp", to: "kwp") == Exact(1_000))
        #expect(MetricPrefix.split("mm") == nil)
    }

    @Test("A whole named as 'het totaal van' after a share adds up no numbers before it")
    func namedWholeIsNoSum() throws {
        // 310.000 + 245.000 + 198.000 = 753.000; 753.000 / 1.630.000 = 46,196% → 46,2%.
        let text = """
            De drie grootste musea — Noord (310.000), Oost (245.000) en West (198.000) — trokken samen 753.000 \
            bezoekers, 46,2% van het landelijke totaal van 1.630.000.
            """
        let found = try verified(text)
        #expect(!found.contains { $0.written.hasPrefix("1.630.000") }, "\(found.map(\.written))")
        try expectVerdict(.consistent, of: "753.000", in: text)
        // The listed parts still sum when a sum word names their total: a wrong one is caught.
        let wrong = "Noord (310.000), Oost (245.000) en West (198.000), samen 735.000."
        try expectVerdict(.inconsistent, of: "735.000", in: wrong)
    }

    @Test("A rate beside a share is not its part; a mean level is")
    func meanIsNoSharePart() throws {
        // 30.600 / 76.500 = 40%; 2.550 / 76.500 = 3,3% would be a false alarm.
        let text = """
            In de 12 zomerweken kwamen 30.600 bezoekers, gemiddeld 2.550 per week en 40 procent van het \
            jaartotaal van 76.500.
            """
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        // A mean level is a share's part: 372 of 400 places = 93%.
        let level = "Het hotel telde 400 kamers, waarvan er gemiddeld 372 bezet waren: een bezettingsgraad van"
        try expectVerdict(.consistent, of: "93 procent", in: level + " 93 procent.")
        try expectVerdict(.inconsistent, of: "89 procent", in: level + " 89 procent.")
    }

    @Test("A percentage in brackets that qualifies a noun is no change of the sentence's other clause")
    func bracketedQualification() throws {
        // 11,3% → 12,9% is +1,6 points; the 40% bounds the pupils counted.
        let text = """
            Het aandeel leerlingen met een achterstand (score onder 40% goed) steeg van 11,3% naar 12,9%, een toename \
            van 1,6 procentpunt.
            """
        let found = try verified(text)
        let bound = found.filter { $0.written.hasPrefix("40") }
        #expect(bound.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(\.written))")
        try expectVerdict(.consistent, of: "1,6 procentpunt", in: text)
        try expectVerdict(.inconsistent, of: "1,9 procentpunt", in: text.replacingOccurrences(of: "1,6", with: "1,9"))
        // A percentage in brackets with a direction of its own is still a change: 200 → 230 is +15%.
        try expectVerdict(.consistent, of: "+15%", in: "Het aantal leden groeide van 200 naar 230 (+15%).")
    }

    @Test("A rest the next sentence names in apposition leaves a 'waarvan' list short of its whole")
    func restInApposition() throws {
        // 2,2 + 0,9 = 3,1 of 3,6 miljoen: the rest, 0,5 miljoen, follows; the list names some parts, not all.
        let text = """
            In totaal werden 3,6 miljoen flessen ingezameld, waarvan 2,2 miljoen via supermarkten en 0,9 miljoen via \
            sportclubs. Het overige deel, 0,5 miljoen flessen, kwam binnen via scholen.
            """
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
