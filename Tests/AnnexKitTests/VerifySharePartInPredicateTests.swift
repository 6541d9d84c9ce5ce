import Foundation
import Testing

@testable import AnnexKit

/// A share that closes a passage and names its part only in its predicate, the words after it in its clause ('Drie op
/// de vijf aanmelders kozen dus voor een sportclub' after a list of counts each named by where they went): the part is
/// the one count of the sentence before that those words tell apart (`closingShare`), as the words before the share
/// did; a predicate that names two listed groups joined by 'of', or none, gives no part.
@Suite("verify: a share whose predicate names its part")
struct VerifySharePartInPredicateTests {
    /// Volunteers who signed up, split by where they went.
    private let volunteers = "In 2025 meldden zich 4.800 vrijwilligers aan: 2.880 bij een sportclub, 1.200 bij een "
        + "buurthuis en 720 bij een school. "

    @Test("'Drie op de vijf aanmelders kozen dus voor een sportclub': 2.880 of 4.800")
    func afterSplit() throws {
        try expectVerdict(
            .consistent, of: "Drie op de vijf",
            in: volunteers + "Drie op de vijf aanmelders kozen dus voor een sportclub.")
        try expectVerdict(
            .inconsistent, of: "De helft", in: volunteers + "De helft van hen koos dus voor een sportclub.")
    }

    /// Pupils who came to school, counted by how they travelled, after a whole that opens the sentence.
    private let pupils = "Van de 900 leerlingen kwamen er 540 met de fiets, 270 met de bus en 90 lopend. "

    @Test("'Zes op de tien leerlingen kwamen dus met de fiets': 540 of 900")
    func afterOpeningWhole() throws {
        try expectVerdict(
            .consistent, of: "Zes op de tien", in: pupils + "Zes op de tien leerlingen kwamen dus met de fiets.")
        try expectVerdict(.inconsistent, of: "Een kwart", in: pupils + "Een kwart van hen kwam dus met de bus.")
    }

    @Test("a predicate that joins two listed groups, or names none, stays unverifiable")
    func nearMisses() throws {
        try expectVerdict(
            .unverifiable, of: "Een derde",
            in: volunteers + "Een derde van hen ging dus naar een buurthuis of een school.")
        try expectVerdict(
            .unverifiable, of: "De helft", in: volunteers + "De helft van hen woonde dus in de stad.")
    }

    @Test("with no whole marked before, a predicate's noun may name the whole: the share stays unverifiable")
    func noMarkedWhole() throws {
        let text = "In een team van 20 spelers trainden er 15 extra. Dat zijn drie op de vier spelers."
        try expectVerdict(.unverifiable, of: "drie op de vier", in: text)
    }
}
