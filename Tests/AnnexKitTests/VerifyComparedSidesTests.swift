import Foundation
import Testing

@testable import AnnexKit

/// Two values set against each other by 'tegen' after a ':' that closes a comparison of two groups ('Kopers zijn
/// minder vaak ontevreden dan huurders: 9,6 tegen 14,4 procent') are the two groups' values, the first of the
/// comparison's subject, the second of the group after 'dan'; nothing orders them in time. A relative difference in
/// the next sentence runs to the group its subject names (`ClaimParser.comparedSides(of:)`, `SoleChange.setAgainst`),
/// not from the value after 'tegen' to the other as a change in time would.
@Suite("verify: a relative difference between two groups compared before ':'")
struct VerifyComparedSidesTests {
    private let values = "Kopers zijn minder vaak ontevreden dan huurders: 9,6 tegen 14,4 procent. Relatief gezien "
        + "ligt het aandeel ontevredenen "

    @Test("the group after 'dan', named as the higher, is compared with the other as base")
    func groupAfterThan() throws {
        try expectVerdict(.consistent, of: "50 procent", in: values + "bij huurders 50 procent hoger.")
        try expectVerdict(.inconsistent, of: "30 procent", in: values + "bij huurders 30 procent hoger.")
    }

    @Test("the comparison's subject, named as the lower, is compared with the other as base")
    func subjectGroup() throws {
        try expectVerdict(.consistent, of: "33 procent", in: values + "bij kopers 33 procent lager.")
    }

    private let larger = "Jongeren sporten vaker in een vereniging dan ouderen: 42,0 tegen 28,0 procent. Relatief "
        + "gezien ligt het aandeel sporters "

    @Test("'vaker' and words before 'dan', the larger value first: the group after 'dan' is the lower")
    func oneWordComparative() throws {
        try expectVerdict(.consistent, of: "33 procent", in: larger + "bij ouderen 33 procent lager.")
        try expectVerdict(.inconsistent, of: "20 procent", in: larger + "bij ouderen 20 procent lager.")
    }

    @Test("'vaker' and words before 'dan': the subject's group, the higher, is no false alarm")
    func oneWordComparativeSubject() throws {
        #expect(try claim("50 procent", in: larger + "bij jongeren 50 procent hoger.").verdict != .inconsistent)
    }
}
