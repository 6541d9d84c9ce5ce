import Testing
@testable import AnnexKit

/// Hand-computed values from the 2024 report (§2.1.1, §2.1.2, tabel 1 and 2).
@Suite("Changes, shares and sums")
struct ArithmeticTests {
    func pct(_ from: Exact, _ to: Exact) -> String {
        NumberStyle.dutch.format(Arithmetic.changePercentage(from: .count(from), to: .count(to)), as: .percentageChange)
    }

    @Test("Percentage changes the report states")
    func reportChanges() {
        #expect(pct(31456, 21735) == "-30,9%")  // instroom GW 2019→2020
        #expect(pct(145, 159) == "+9,7%")       // tbs 2019→2020
        #expect(pct(159, 148) == "-6,9%")       // tbs 2020→2021
        #expect(pct(148, 199) == "+34,5%")      // tbs 2021→2022
        #expect(pct(145, 199) == "+37,2%")      // tbs 2022 against 2019
        #expect(pct(31456, 26690) == "-15,2%")  // GW 2022 against 2019
        #expect(pct(30402, 21664) == "-28,7%")  // uitstroom GW 2019→2020
        #expect(pct(15337, 17386) == "+13,4%")  // Injus begin detentie 2022→2023
        #expect(pct(18792, 19910) == "+5,9%")   // 3RO plaatsingsverzoeken
        #expect(pct(16166, 17369) == "+7,4%")   // ambulant
        #expect(pct(2626, 2541) == "-3,2%")     // klinisch
        #expect(pct(10939, 11456) == "+4,7%")   // unieke personen
    }

    @Test("Full-precision values behind the rounded ones")
    func precision() throws {
        let change = try #require(Arithmetic.changePercentage(from: .count(31456), to: .count(21735)).exact)
        #expect(change == Exact(-972100, over: 31456))
        #expect(change == Exact(-243025, over: 7864))
        #expect(Arithmetic.change(from: .count(31456), to: .count(21735)) == .count(-9721))
    }

    @Test("Shares of a total: 86% ambulant, 87,2% in 2023")
    func shares() {
        func share(_ part: Exact, _ total: Exact) -> String {
            NumberStyle.dutch.format(Arithmetic.sharePercentage(.count(part), of: .count(total)), as: .percentage)
        }
        #expect(share(16166, 18792) == "86,0%")
        #expect(share(2626, 18792) == "14,0%")
        #expect(share(17369, 19910) == "87,2%")
        #expect(share(2541, 19910) == "12,8%")
    }

    @Test("Division by zero is not applicable, never infinity or zero")
    func divisionByZero() {
        #expect(Arithmetic.changePercentage(from: .count(0), to: .count(5)) == .notApplicable)
        #expect(Arithmetic.sharePercentage(.count(5), of: .count(0)) == .notApplicable)
        #expect(Arithmetic.change(from: .count(0), to: .count(5)) == .count(5))
    }

    @Test("Derived from an incomplete sum is missing; from an estimate, estimated")
    func qualities() {
        #expect(Arithmetic.change(from: .incomplete(Exact(5)), to: .count(7)) == .missing)
        #expect(Arithmetic.sharePercentage(.incomplete(Exact(5)), of: .count(10)) == .missing)
        #expect(Arithmetic.change(from: .estimated(Exact(5)), to: .count(7)) == .estimated(Exact(2)))
        #expect(
            Arithmetic.ratio(.estimated(Exact(2875)), to: .count(3428), per: 100)
                == .estimated(Exact(287500, over: 3428)))
        #expect(Arithmetic.change(from: .notComparable, to: .missing) == .notComparable)
        #expect(
            Arithmetic.estimate(.count(10939), times: Exact(168, over: 1000))
                == .estimated(Exact(10939 * 168, over: 1000)))
        #expect(Arithmetic.estimate(.missing, times: Exact(1, over: 2)) == .missing)
    }

    @Test("Missing and suppressed operands propagate; suppressed wins")
    func propagation() {
        #expect(Arithmetic.change(from: .missing, to: .count(5)) == .missing)
        #expect(Arithmetic.changePercentage(from: .count(5), to: .missing) == .missing)
        #expect(Arithmetic.sharePercentage(.suppressed, of: .count(10)) == .suppressed)
        #expect(Arithmetic.change(from: .suppressed, to: .missing) == .suppressed)
        #expect(Arithmetic.changePercentage(from: .notApplicable, to: .count(3)) == .notApplicable)
    }

    @Test("Sums: incomplete with a gap, suppressed wins, not-applicable terms left out")
    func sums() {
        #expect(Arithmetic.sum([.count(1), .count(2), .count(3)]) == .count(6))
        #expect(Arithmetic.sum([.count(1), .missing, .count(3)]) == .incomplete(Exact(4)))
        #expect(Arithmetic.sum([.count(1), .incomplete(Exact(2))]) == .incomplete(Exact(3)))
        #expect(Arithmetic.sum([.count(1), .suppressed, .missing]) == .suppressed)
        #expect(Arithmetic.sum([.count(1), .notComparable, .missing]) == .notComparable)
        #expect(Arithmetic.sum([.count(1), .estimated(Exact(2))]) == .estimated(Exact(3)))
        #expect(Arithmetic.sum([.missing, .missing]) == .missing)
        #expect(Arithmetic.sum([.count(1), .notApplicable]) == .count(1))
        #expect(Arithmetic.sum([Amount]()) == .missing)
        #expect(Arithmetic.sum([.notApplicable]) == .missing)
    }
}
