import Testing

@testable import AnnexKit

/// A bound after a comparative ('langer dan 15 minuten') limits what a sentence counts: it is no total of the counts
/// after it. And a whole that 'waarvan' splits is no addend of another sum: its parts would count twice.
@Suite("verify: a bound in a label is no total, a whole split by 'waarvan' no addend")
struct VerifyBoundNoTotalTests {
    /// 22 + 11 + 7 = 40; with 9 the parts make 42.
    @Test("The bound is no total; the whole 'waarvan' splits is checked", arguments: [("7", true), ("9", false)])
    func boundBeforeSplitWhole(last: String, adds: Bool) throws {
        let text = "Vertragingen langer dan 15 minuten: vorig jaar telde de vervoerder er 40, waarvan 22 in de "
            + "ochtendspits, 11 in de avondspits en \(last) buiten de spits."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "15" }, "\(found.map { "\($0.written) \($0.verdict)" })")
        try expectVerdict(adds ? .consistent : .inconsistent, of: "40", in: text)
    }

    /// The count before the colon is no bound, but the list after it is a whole with its split, no parts of it.
    @Test("A whole split by 'waarvan' is no addend of the count before a colon")
    func splitWholeNoAddend() throws {
        let text = "Klachten over 3 filialen: er kwamen 40 meldingen binnen, waarvan 22 over de kassa, 11 over de "
            + "bezorging en 7 over de prijs."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        try expectVerdict(.consistent, of: "40", in: text)
    }
}
