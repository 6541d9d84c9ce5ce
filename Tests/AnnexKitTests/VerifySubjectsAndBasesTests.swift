import Foundation
import Testing

@testable import AnnexKit

/// Who a number is about and what it is compared with: counts that are the subject of a total of another noun, a pair
/// 'M van de W' that only scopes a clause with a subject of its own, whole numbers offered as alternatives, a
/// conjunction 'dat' before a quantity of its own, a base years or a month back that a pair does not span, and a
/// count of the members of a list before a total.
@Suite("verify: subjects and bases of claims")
struct VerifySubjectsAndBasesTests {
    /// The values of the quantities the tokenizer reads in `text`.
    private func quantities(_ text: String) -> [Exact] {
        Tokenizer.tokens(Array(text.unicodeScalars)).compactMap { $0.kind == .number ? $0.number?.value : nil }
    }

    /// Expects no claim of `kind` in `text` to be found wrong.
    private func expectNoAlarm(_ kind: ClaimKind, in text: String) throws {
        let alarms = try verified(text).filter { $0.kind == kind && $0.verdict == .inconsistent }
        #expect(alarms.isEmpty, "\(alarms.map { "\($0.written): \(reason($0))" })")
    }

    @Test("Coordinated counts of unlike nouns before 'samen' and a total of a third noun are its contributors")
    func coordinatedContributors() throws {
        // 230 + 95 = 325 is no number of home visits.
        let visits = """
            In de regio Zuid legden de 230 buurtcoaches en 95 wijkverpleegkundigen samen 18.400 huisbezoeken af.
            """
        try expectNoAlarm(.sum, in: visits)
        // Set off by a comma, the list is the total's parts: 230 + 95 = 325.
        let staff = "Er werkten 230 buurtcoaches en 95 wijkverpleegkundigen, samen 325 medewerkers."
        try expectVerdict(.consistent, of: "325", in: staff)
        try expectVerdict(.inconsistent, of: "335", in: staff.replacingOccurrences(of: "325", with: "335"))
        // Parts of one noun add up with no comma too: 230 + 95 = 325, not 330.
        let clients = "De 230 cliënten in Noord en 95 cliënten in Zuid telden samen 330 cliënten."
        try expectVerdict(.inconsistent, of: "330", in: clients)
    }

    @Test("A pair 'M van de W' after a preposition scopes a clause whose own subject the percentage is of")
    func scopingPair() throws {
        // 6 of 8 = 75%: the 3 percent bounds the rent rise, the line the pair counts by: no claim
        // (`Tokenizer.isCountingBound`).
        let bound = try verified("Bij zes van de acht woningcorporaties bleef de huurverhoging onder de 3 procent.")
        #expect(!bound.contains { $0.written.contains("3 procent") }, "\(bound.map(\.written))")
        try expectVerdict(.unverifiable, of: "18 procent", in: """
            In 12 van de 40 scholen lag het aandeel leerlingen met een taalachterstand op 18 procent.
            """)
        // Restated by the pair: 12 / 40 = 30%.
        let schools = "In 12 van de 40 scholen (30 procent) werd de norm gehaald."
        try expectVerdict(.consistent, of: "30 procent", in: schools)
        try expectVerdict(.inconsistent, of: "35 procent", in: schools.replacingOccurrences(of: "30", with: "35"))
        // The object of an action is the pair's: 450 / 1.800 = a quarter.
        try expectVerdict(.consistent, of: "een kwart", in: """
            Met 450 van de 1.800 dossiers besteedden de juristen een kwart van hun zaken aan bezwaren.
            """)
    }

    @Test("Whole numbers joined by 'of' are alternatives, no quantities")
    func alternatives() throws {
        #expect(quantities("in 4 of 5 gevallen") == [])
        #expect(quantities("zorgzwaarte 4 of 5: 1.516 plaatsen") == [Exact(1_516)])
        // 1.440 → 1.516: +76, 76 / 1.440 = 5,28% → 5,3.
        let lead = """
            Op 1 maart waren er 1.516 plaatsen in zorgzwaarte 4 of 5 beschikbaar, tegen 1.440 een jaar eerder. Dat is \
            een groei van 76 plaatsen, ofwel
            """
        try expectVerdict(.consistent, of: "5,3 procent", in: lead + " 5,3 procent.")
        try expectVerdict(.inconsistent, of: "6,3 procent", in: lead + " 6,3 procent.")
    }

    @Test("A line's number names the line")
    func lineNumbers() throws {
        // 2,4 / 0,8 = 3.
        let text = "Op lijn 3 reisden 2,4 miljoen mensen, drie keer zoveel als op lijn 40 (0,8 miljoen)."
        try expectVerdict(.consistent, of: "drie keer zoveel", in: text)
        let wrong = text.replacingOccurrences(of: "drie", with: "vier")
        try expectVerdict(.inconsistent, of: "vier keer zoveel", in: wrong)
    }

    @Test("'dat' before 'het aantal' and a noun opens a clause about another quantity")
    func conjunctionBeforeQuantity() throws {
        // 400 → 460 is +15%: the anonymous reports are another quantity.
        let lead = "Het aantal meldingen steeg van 400 naar 460."
        let other = " Opvallend is dat het aantal anonieme meldingen met 9 procent toenam."
        try expectVerdict(.unverifiable, of: "9 procent", in: lead + other)
        try expectVerdict(.consistent, of: "15 procent", in: lead + " Dat is 15 procent meer.")
        try expectVerdict(.inconsistent, of: "12 procent", in: lead + " Dat is 12 procent meer.")
    }

    @Test("A base years or a month back that the values do not span leaves the change unverifiable")
    func basesBack() throws {
        // 7,1 in 2023 → 8,2: a year, not fifteen.
        try expectVerdict(.unverifiable, of: "bijna drie keer zoveel", in: """
            De omzet kwam uit op € 8,2 miljoen, tegen € 7,1 miljoen in 2023. Dat is bijna drie keer zoveel als \
            vijftien jaar geleden.
            """)
        try expectVerdict(.unverifiable, of: "ruim drie keer zoveel", in: """
            Er waren 640 aanvragen, tegen 520 in 2023. Dat is ruim drie keer zoveel als 15 jaar geleden.
            """)
        // A month's fall of 420 says nothing of March a year ago.
        try expectVerdict(.unverifiable, of: "4,2%", in: """
            Het aantal bijstandsuitkeringen daalde in maart met 420 tot 18.300. Ten opzichte van maart vorig jaar is \
            dat een daling van 4,2%.
            """)
        // Both dated four years apart: 19.100 → 18.300 is −4,19% → −4,2.
        try expectVerdict(.consistent, of: "4,2 procent", in: """
            Het aantal daalde van 19.100 in 2021 naar 18.300 in 2025. Dat is 4,2 procent minder dan vier jaar geleden.
            """)
        // A year back from a difference: 18.720 → 18.300 is −2,24% → −2,2.
        try expectVerdict(.consistent, of: "2,2 procent", in: """
            Het aantal daalde in 2024 met 420 tot 18.300. Dat is 2,2 procent minder dan een jaar eerder.
            """)
    }

    @Test("A count before a list of as many counts may count its members: the list confirms a total, never contradicts")
    func membersCounted() throws {
        // 24 + 18 + 30 = 72.
        let lead = "Dit jaar openden drie nieuwe opvanglocaties, met vierentwintig, achttien en dertig bedden,"
        try expectVerdict(.consistent, of: "tweeënzeventig", in: lead + " samen tweeënzeventig plaatsen.")
        try expectVerdict(.unverifiable, of: "tachtig", in: lead + " samen tachtig plaatsen.")
        // A count in words beside counts in digits is no part already: 24 + 18 + 30 = 72.
        let digits = "Dit jaar openden drie nieuwe opvanglocaties, met 24, 18 en 30 bedden, samen 80 plaatsen."
        try expectVerdict(.inconsistent, of: "80", in: digits)
        // Not as many: the counts are all parts, 3 + 2 + 1 = 6.
        try expectVerdict(.inconsistent, of: "7", in: """
            Er kwamen 3 gezinshuizen, 2 logeerhuizen en 1 crisisplek bij, samen 7 voorzieningen.
            """)
    }
}
