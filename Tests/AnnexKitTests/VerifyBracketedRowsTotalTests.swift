import Foundation
import Testing

@testable import AnnexKit

/// A total in prose under list rows of two columns, each row's value with a value of its unit in brackets after it
/// ('- Noord: 4.210 (2024: 3.980)'): a total that gives no value in brackets adds the rows' own values, those outside
/// the brackets (`ClaimParser.bracketedRows`); the values in brackets are of another time or kind.
@Suite("verify: a total under rows that give a second value in brackets")
struct VerifyBracketedRowsTotalTests {
    /// Rows of visitors per branch, with last year's number in brackets.
    private let rows = """
        Bezoekers per vestiging in 2025:
        - Noord: 4.210 (2024: 3.980)
        - Zuid: 2.875 (2.940)
        - West: 1.630 (1.505)
        """

    @Test("The total adds the values outside the brackets")
    func ownValues() throws {
        // 4.210 + 2.875 + 1.630 = 8.715; all six values would make 16.140.
        let right = try claim("8.715", in: rows + "\nIn totaal kwamen er 8.715 bezoekers.")
        #expect(right.verdict == .consistent, "\(reason(right))")
        #expect(right.kind == .sum)
        try expectVerdict(.inconsistent, of: "8.915", in: rows + "\nIn totaal kwamen er 8.915 bezoekers.")
    }

    @Test("A total dated or set in the past may be of the column in brackets: it cannot be contradicted")
    func datedTotal() throws {
        // 3.980 + 2.940 + 1.505 = 8.425: last year's total, which the values outside the brackets do not make.
        let found = try claim("8.425", in: rows + "\nIn totaal kwamen er vorig jaar 8.425 bezoekers.")
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }
}
