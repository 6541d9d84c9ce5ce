import Foundation
import Testing

@testable import AnnexKit

/// A change in brackets after a value on a line of a list ('- leden: 1.240 (+6,2%)') is that value's change: a pair
/// of values wholly on another line ('- opkomst: 58% (2023: 64%)') is not its start and end.
@Suite("verify: a bracketed change speaks of its own line")
struct VerifyBracketedChangeOwnLineTests {
    @Test("A bracketed change takes no pair of another line")
    func noPairOfOtherLine() throws {
        // Read as 64% → 58% = −9,4% it was judged against +6,2%.
        let text = "Jaaroverzicht\n- leden: 1.240 (+6,2%)\n- opkomst: 58% (2023: 64%)\n"
        let found = try verified(text)
        #expect(!found.contains { $0.written.contains("6,2") && $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A change on the line of its pair still takes it")
    func pairOnOwnLine() throws {
        // 58 / 64 = 0,90625: −9,4%; −12,0% is off.
        let text = { (change: String) in "Jaaroverzicht\n- leden: 1.240\n- opkomst: 58% (2023: 64%), \(change)\n" }
        try expectVerdict(.consistent, of: "−9,4%", in: text("−9,4%"))
        try expectVerdict(.inconsistent, of: "−12,0%", in: text("−12,0%"))
    }
}
