import Foundation
import Testing

@testable import AnnexKit

/// Hedges written as words of their own: 'een kleine' and 'net geen' (just under, like 'bijna'), 'een goede' and
/// 'net over' (just over, like 'ruim'), with a number in digits or in words. In words of their own, both ways.
@Suite("verify: hedges in words ('een kleine', 'een goede', 'net geen', 'net over')")
struct VerifyWordHedgesTests {
    @Test(
        "A sum stated with a hedge in words is checked within the hedge's step",
        arguments: [
            // 640 + 843 = 1.483: just under 1.500.
            ("In Noord kwamen 640 meldingen binnen en in Zuid 843, samen een kleine vijftienhonderd.",
             "een kleine vijftienhonderd", Verdict.consistent),
            ("In Noord kwamen 640 meldingen binnen en in Zuid 943, samen een kleine vijftienhonderd.",
             "een kleine vijftienhonderd", .inconsistent),
            ("In Noord kwamen 640 meldingen binnen en in Zuid 843, samen een kleine 1.500.", "een kleine 1.500",
             .consistent),
            ("In Noord kwamen 640 meldingen binnen en in Zuid 943, samen een kleine 1.500.", "een kleine 1.500",
             .inconsistent),
            // 120 + 93 = 213: just over 200.
            ("De wijkteams voerden 120 gesprekken in maart en 93 in april, samen een goede tweehonderd.",
             "een goede tweehonderd", .consistent),
            ("De wijkteams voerden 120 gesprekken in maart en 63 in april, samen een goede tweehonderd.",
             "een goede tweehonderd", .inconsistent),
            ("De wijkteams voerden 120 gesprekken in maart en 93 in april, samen een goede 200.", "een goede 200",
             .consistent),
            // 240 + 252 = 492: just under 500; 262 + 252 = 514 is over it.
            ("Er waren 240 aanvragen in het voorjaar en 252 in het najaar, samen net geen 500.", "net geen 500",
             .consistent),
            ("Er waren 262 aanvragen in het voorjaar en 252 in het najaar, samen net geen 500.", "net geen 500",
             .inconsistent),
            // 262 + 252 = 514: just over 500.
            ("Er waren 262 aanvragen in het voorjaar en 252 in het najaar, samen net over de 500.",
             "net over de 500", .consistent),
            ("Er waren 240 aanvragen in het voorjaar en 252 in het najaar, samen net over de 500.",
             "net over de 500", .inconsistent),
            ("Er waren 240 aanvragen in het voorjaar en 252 in het najaar, samen krap 500.", "krap 500", .consistent),
        ])
    func hedgedSum(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A number in words is hedged by its last written place: 'een kleine vijftienhonderd' is (1.400, 1.500]")
    func wordStep() throws {
        let tokens = Tokenizer.tokens(Array("samen een kleine vijftienhonderd".unicodeScalars))
        let number = try #require(tokens.last?.number)
        #expect(number.hedge == .below)
        #expect(number.hedgeStep == Exact(100))
    }

    @Test("A hedge in words widens a percentage change as 'bijna' and 'ruim' do")
    func hedgedChange() throws {
        // 380 → 410 is +7,9%: 'een kleine 8 procent'; 'een goede 8 procent' claims at least 8.
        try expectVerdict(
            .consistent, of: "een kleine 8 procent",
            in: "Het aantal cliënten steeg van 380 naar 410, een toename van een kleine 8 procent.")
        try expectVerdict(
            .inconsistent, of: "een goede 8 procent",
            in: "Het aantal cliënten steeg van 380 naar 410, een toename van een goede 8 procent.")
    }
}
