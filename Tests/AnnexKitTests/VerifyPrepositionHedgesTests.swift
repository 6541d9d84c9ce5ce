import Foundation
import Testing

@testable import AnnexKit

/// Hedges of the 'circa' kind written as a preposition before a quantity: 'rond de', 'rondom de', 'om en nabij', 'in
/// de buurt van' widen the number after them one step either side, as 'rond' and 'circa' do. Before a moment ('rond
/// 2026', 'rond 03.40 uur', 'rond de 1e van de maand') the same words name a time, no quantity: there is nothing to
/// widen and no claim. In words of their own, both ways.
@Suite("verify: prepositions as hedges ('rond de', 'rondom de', 'om en nabij', 'in de buurt van')")
struct VerifyPrepositionHedgesTests {
    @Test(
        "A sum stated after a prepositional hedge is checked within one step either side",
        arguments: [
            // 1.870 + 2.210 = 4.080: about 4.000; 1.870 + 3.410 = 5.280 is not.
            ("De bibliotheek leende in juli 1.870 boeken uit en in augustus 2.210, samen rond de 4.000.",
             "rond de 4.000", Verdict.consistent),
            ("De bibliotheek leende in juli 1.870 boeken uit en in augustus 3.410, samen rond de 4.000.",
             "rond de 4.000", .inconsistent),
            // 138 + 171 = 309: about 300; 138 + 271 = 409 is not.
            ("De twee jongerenwerkers spraken 138 en 171 ouders, samen om en nabij 300.", "om en nabij 300",
             .consistent),
            ("De twee jongerenwerkers spraken 138 en 271 ouders, samen om en nabij 300.", "om en nabij 300",
             .inconsistent),
            // 23 + 29 = 52: about 50; 23 + 49 = 72 is not.
            ("In maart werden 23 fietsen gestolen en in april 29, samen in de buurt van 50.", "in de buurt van 50",
             .consistent),
            ("In maart werden 23 fietsen gestolen en in april 49, samen in de buurt van 50.", "in de buurt van 50",
             .inconsistent),
            // 318 + 264 = 582: about 600.
            ("Het zwembad telde 318 bezoekers op zaterdag en 264 op zondag, samen rondom de 600.", "rondom de 600",
             .consistent),
        ])
    func hedgedSum(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The hedge is read as 'circa': one step of the number's last written place either side")
    func hedgeKind() throws {
        for phrase in ["rond de", "rondom de", "om en nabij", "in de buurt van"] {
            let tokens = Tokenizer.tokens(Array("kwamen er \(phrase) 400 deelnemers".unicodeScalars))
            let number = try #require(tokens.first { $0.kind == .number }?.number)
            #expect(number.hedge == .about, "\(phrase)")
        }
    }

    @Test(
        "Before a moment the preposition names a time: no quantity, no claim",
        arguments: [
            "De uitkering wordt rond de 1e van de maand overgemaakt.",
            "De nieuwe regeling gaat rond 2027 in.",
            "De melding kwam in de buurt van 03.40 uur binnen.",
        ])
    func moment(text: String) throws {
        #expect(try verified(text).isEmpty)
    }
}
