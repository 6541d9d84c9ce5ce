import Foundation
import Testing

@testable import AnnexKit

/// A change written as a fraction in words ('nam met een kwart toe', 'daalde met ruim een vijfde') of one row of a
/// table of two times above it, the row named in the sentence by its label: from the row's earlier to its later value
/// (`ClaimParser.timedRowChange`), as a change in percent is. The fraction is read as 'circa' unless hedged.
@Suite("verify: a change as a fraction in words of a row of a table of two times")
struct VerifyFractionChangesTests {
    /// Loans of a bicycle shop per kind, two years.
    static let loans = """
        Verhuur per soort
        Soort | 2023 | 2024
        Stadsfietsen | 120 | 150
        Scooters | 80 | 60
        Bakfietsen | 200 | 241

        """

    @Test("'nam met een kwart toe', 'daalde met een kwart' of the row the sentence names")
    func plainFractions() throws {
        // 120 → 150 is +25%; 80 → 60 is −25%.
        let rise = Self.loans + "Het aantal verhuurde stadsfietsen nam met een kwart toe."
        try expectVerdict(.consistent, of: "een kwart", in: rise)
        let fall = Self.loans + "De verhuur van scooters daalde met een kwart."
        try expectVerdict(.consistent, of: "een kwart", in: fall)
        // +25% is no third.
        let wrong = Self.loans + "Het aantal verhuurde stadsfietsen nam met een derde toe."
        try expectVerdict(.inconsistent, of: "een derde", in: wrong)
    }

    @Test("a hedged fraction: 'ruim een vijfde' of 200 → 241 (+20,5%), 'bijna een derde' is not")
    func hedgedFraction() throws {
        let rise = Self.loans + "De verhuur van bakfietsen steeg met ruim een vijfde."
        try expectVerdict(.consistent, of: "ruim een vijfde", in: rise)
        let wrong = Self.loans + "De verhuur van bakfietsen steeg met bijna een derde."
        try expectVerdict(.inconsistent, of: "bijna een derde", in: wrong)
    }

    @Test("a fraction after a hedge and 'met', or after a noun of change and 'van', before a word of no direction")
    func sizeBeforeOtherWord() throws {
        // 'een vijfde' before 'is' or 'ten' is no ordinal when 'met' or 'een afname van' sizes it.
        let hedged = Self.loans + "Opvallend is dat de verhuur van bakfietsen met ruim een vijfde is toegenomen."
        try expectVerdict(.consistent, of: "ruim een vijfde", in: hedged)
        let noun = Self.loans + "Bij de scooters was er een afname van een kwart ten opzichte van 2023."
        try expectVerdict(.consistent, of: "een kwart", in: noun)
        let wrong = Self.loans + "Bij de scooters was er een afname van een derde ten opzichte van 2023."
        try expectVerdict(.inconsistent, of: "een derde", in: wrong)
        // Before a noun an ordinal: 'de uitbreiding van een derde filiaal' is no change of the row the sentence names.
        let ordinal = Self.loans + "Voor de verhuur van scooters volgde de uitbreiding van een derde filiaal."
        #expect(try verified(ordinal).allSatisfy { $0.verdict != .inconsistent })
        try expectUnverifiable("een derde", in: ordinal)
    }

    @Test("a row of shares: the fraction is a relative change, never points")
    func relativeOfShares() throws {
        let shares = """
            Oordeel over de dienstverlening
            Oordeel | 2022 | 2024
            Tevreden | 40% | 50%
            Neutraal | 35% | 30%
            Ontevreden | 25% | 20%

            """
        // 40 → 50 procent is a quarter more (and 10 points); 25 → 20 procent is a fifth less.
        let rise = shares + "Het aandeel tevreden klanten nam met een kwart toe."
        try expectVerdict(.consistent, of: "een kwart", in: rise)
        let fall = shares + "Het aandeel ontevreden klanten daalde met een vijfde."
        try expectVerdict(.consistent, of: "een vijfde", in: fall)
    }

    @Test("near cases: another number in the sentence, another group after 'dan', no row named")
    func nearCases() throws {
        let tied = Self.loans + "Het aantal verhuurde stadsfietsen nam met een kwart toe, tot 150 stuks."
        try expectUnverifiable("een kwart", in: tied)
        let otherGroup = Self.loans + "Er werden een kwart meer stadsfietsen verhuurd dan scooters."
        try expectUnverifiable("een kwart", in: otherGroup)
        try expectUnverifiable("een kwart", in: Self.loans + "De totale verhuur nam met een kwart toe.")
        // A share of a row, no change.
        try expectUnverifiable("een kwart", in: Self.loans + "Een kwart van de scooters ging naar studenten.")
    }
}
