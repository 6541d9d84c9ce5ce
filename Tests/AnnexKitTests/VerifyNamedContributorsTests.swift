import Foundation
import Testing

@testable import AnnexKit

/// Numbers of names in a subject ('De optredens van Band 2 en Koor 3 trokken samen 1.450 bezoekers') name who
/// contributed to the total after 'samen': they are no parts of it.
@Suite("verify: numbers in the names of a total's contributors")
struct VerifyNamedContributorsTests {
    @Test("Names with numbers after 'van' are no parts")
    func namedTeams() throws {
        // Read as parts, 2 + 3 = 5 against 1.450: a false alarm.
        let found = try verified("De optredens van Band 2 en Koor 3 trokken samen 1.450 bezoekers.")
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent })
    }

    @Test("Values after places stay parts")
    func places() throws {
        // 412 + 655 = 1.067.
        try expectVerdict(.consistent, of: "1.067", in: "In Noord 412 en in Zuid 655 telden samen 1.067 leden.")
    }

    @Test("A wrong sum of values after places is caught")
    func wrongPlaces() throws {
        // 412 + 655 = 1.067, not 1.167.
        try expectVerdict(.inconsistent, of: "1.167", in: "In Noord 412 en in Zuid 655 telden samen 1.167 leden.")
    }
}
