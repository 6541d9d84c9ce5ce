import Foundation
import Testing

@testable import AnnexKit

/// A bound a pair 'M van (de) W' counts by ('In twee van de zes regio's lag de uitval boven de 8 procent') is a label,
/// no claim (`Tokenizer.isCountingBound`); and one part and whole a neighbour states is the share of no item of a list
/// of three or more percentages (`ClaimParser.neighbourPartAndWhole`).
@Suite("verify: a bound a count of items is taken by")
struct VerifyCountingBoundTests {
    /// Six regions' dropout rates, then how many of them pass a bound.
    static let listed = "Uitval per regio in 2024: Kust 9,4%, Delta 8,8%, Heide 7,1%, Rivier 6,6%, Veen 5,9% "
        + "en Berg 5,2%."

    @Test("The bound is no claim, and the listed values take no share from the count")
    func listedValuesAreNoShares() throws {
        let text = Self.listed + " Daarmee lag de uitval in twee van de zes regio's boven de 8 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.written.contains("8 procent") }, "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written): \(reason($0))" })")
    }

    @Test("A bound before the subject, and one under it, are labels too")
    func boundAfterLeadingPair() throws {
        for text in [
            "In vier van de negen teams bleef het ziekteverzuim onder de 5 procent.",
            "De opkomst van drie van de zeven wijken lag onder de 40 procent.",
        ] {
            let found = try verified(text)
            #expect(!found.contains { $0.kind == .change || $0.kind == .share }, "\(text): \(found.map(\.written))")
        }
    }

    @Test("Without a pair the bound is the subject's value, as before")
    func boundWithoutPairIsValue() throws {
        let text = "Het ziekteverzuim daalde van 6,1 procent naar 4,8 procent en bleef zo onder de 5 procent."
        let found = try verified(text)
        #expect(found.contains { $0.written.contains("5 procent") }, "\(found.map(\.written))")
    }

    @Test("A share that is the sentence's only percentage still takes the part and whole of the next one")
    func soleShareTakesNeighbour() throws {
        let counted = " Daarmee kwamen 150 van de 600 bezoekers per fiets."
        try expectVerdict(.consistent, of: "25%", in: "Het aandeel fietsers was 25%." + counted)
        try expectVerdict(.inconsistent, of: "30%", in: "Het aandeel fietsers was 30%." + counted)
    }

    @Test("A share in a list of three or more percentages takes no part and whole of a neighbour")
    func listedSharesStayUnverifiable() throws {
        let text = "Het aandeel fietsers was 25%, automobilisten 55% en voetgangers 20%. "
            + "Daarmee kwamen 150 van de 600 bezoekers per fiets."
        for written in ["25%", "55%", "20%"] { try expectVerdict(.unverifiable, of: written, in: text) }
    }
}
