import Foundation
import Testing

@testable import AnnexKit

/// A change referred back after two sentences that each give a pair for a group of their own takes the pair of the
/// group its clause names (`ReferredGroupPair`); a clause that names neither group stays unverifiable.
@Suite("verify: a change referred back to the pair of the group it names")
struct VerifyReferredGroupPairTests {
    /// Two groups' members, each group's change in a sentence of its own.
    static let pairs = "In de bibliotheek steeg het aantal leden van 400 naar 460. "
        + "In het zwembad nam het aantal af van 250 naar 225. "

    @Test("The group two sentences back takes its own pair")
    func earlierGroupTakesItsPair() throws {
        let text = Self.pairs + "De bibliotheek groeide daarmee met 15 procent, het zwembad kromp met 10 procent."
        try expectVerdict(.consistent, of: "15 procent", in: text)
        try expectVerdict(.consistent, of: "10 procent", in: text)
    }

    @Test("A wrong change of either group is inconsistent")
    func wrongChangeIsInconsistent() throws {
        let text = Self.pairs + "De bibliotheek groeide daarmee met 12 procent, het zwembad kromp met 10 procent."
        try expectVerdict(.inconsistent, of: "12 procent", in: text)
        let later = Self.pairs + "De bibliotheek groeide daarmee met 15 procent, het zwembad kromp met 11,1 procent."
        try expectVerdict(.inconsistent, of: "11,1 procent", in: later)
    }

    @Test("A clause that names neither group takes neither pair")
    func unnamedGroupStaysUnverifiable() throws {
        let text = Self.pairs + "Het ledental groeide daarmee met 15 procent."
        try expectVerdict(.unverifiable, of: "15 procent", in: text)
    }
}
