import Foundation
import Testing

@testable import AnnexKit

/// A share that names its part by words one of which names every listed count ('provincie' of 'uit provincie
/// Utrecht' and 'uit provincie Gelderland'): that word tells none apart, the word that names one count alone does
/// (`TellingWords`), in the sentence after a list and under a table's rows.
@Suite("verify: a share's part told apart by the word that names it alone")
struct VerifyWordNamingSeveralPartsTests {
    /// Visitors from three provinces, each named with the same word before its name.
    private let visitors = "Van de 3.600 bezoekers kwamen er 1.440 uit provincie Utrecht, 1.260 uit provincie "
        + "Gelderland en 900 uit provincie Overijssel. "

    @Test("'Provincie Gelderland leverde daarmee 35 procent van alle bezoekers': 1.260 of 3.600")
    func afterList() throws {
        let claim = "Provincie Gelderland leverde daarmee %@ procent van alle bezoekers."
        try expectVerdict(.consistent, of: "35 procent", in: visitors + String(format: claim, "35"))
        try expectVerdict(.inconsistent, of: "45 procent", in: visitors + String(format: claim, "45"))
    }

    @Test("a share whose words name all the counts alike stays unverifiable")
    func sharedWordOnly() throws {
        let text = visitors + "De provincie leverde daarmee 35 procent van alle bezoekers."
        try expectVerdict(.unverifiable, of: "35 procent", in: text)
    }

    /// Care by form: two rows whose labels share the word 'zorg'.
    private let care =
        "Zorg per vorm (cliënten)\nZorg thuis: 300\nZorg in een instelling: 500\nOverig: 200\nTotaal: 1.000\n"

    @Test("'Zorg thuis was goed voor 30 procent van het totaal' under rows sharing 'zorg': 300 of 1.000")
    func underTable() throws {
        let claim = "Zorg thuis was goed voor %@ procent van het totaal."
        try expectVerdict(.consistent, of: "30 procent", in: care + String(format: claim, "30"))
        try expectVerdict(.inconsistent, of: "40 procent", in: care + String(format: claim, "40"))
        let shared = "De zorg was goed voor 80 procent van het totaal."
        try expectVerdict(.unverifiable, of: "80 procent", in: care + shared)
    }
}
