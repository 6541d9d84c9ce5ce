import Foundation
import Testing

@testable import AnnexKit

/// A pair 'M van (de) W' after a preposition that scopes its clause, whose subject a verb of being links to a level
/// ('In 9 van de 25 gemeenten lag de opkomst onder de 40 procent'), scopes no share in the clause after its ';' either
/// when that clause has a subject and verb of its own: its percentage is a level of that subject (`ScopingPair`). A
/// clause after ';' that opens by referring back ('…; dat is 36 procent van alle gemeenten') restates the pair.
@Suite("verify: a pair that scopes its clause, and a percentage after ';'")
struct VerifyScopingPairAcrossClausesTests {
    @Test("a clause after ';' that refers back restates the pair")
    func referringBack() throws {
        let text = "In 9 van de 25 gemeenten lag de opkomst onder de 40 procent; dat is "
        try expectVerdict(.consistent, of: "36 procent", in: text + "36 procent van alle gemeenten.")
        try expectVerdict(.inconsistent, of: "45 procent", in: text + "45 procent van alle gemeenten.")
    }

    @Test("a clause after ';' with a subject and verb of its own gives a level of that subject")
    func ownSubject() throws {
        let text = "In 9 van de 25 gemeenten lag de opkomst onder de 40 procent; alleen in Oss bleef het hangen op "
            + "31,2 procent."
        try expectUnverifiable("31,2 procent", in: text)
    }
}
