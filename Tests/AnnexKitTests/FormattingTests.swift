import BigInt
import Testing
@testable import AnnexKit

@Suite("Exact rounding and Dutch formatting")
struct FormattingTests {
    @Test("Half away from zero on exact ties that binary doubles get wrong")
    func ties() {
        // 2.675 is 2.67499999… as a double; the exact fraction rounds up.
        #expect(Exact(2675, over: 1000).scaledRounded(decimals: 2) == 268)
        #expect(Exact(1345, over: 100).scaledRounded(decimals: 1) == 135)
        #expect(Exact(-1345, over: 100).scaledRounded(decimals: 1) == -135)
        #expect(Exact(1, over: 20).scaledRounded(decimals: 1) == 1)   // 0,05 → 0,1
        #expect(Exact(-1, over: 20).scaledRounded(decimals: 1) == -1) // −0,05 → −0,1
        #expect(Exact(1, over: 3).scaledRounded(decimals: 1) == 3)
        #expect(Exact(2, over: 3).scaledRounded(decimals: 1) == 7)
    }

    @Test("Counts, changes and percentages in nl-NL")
    func dutch() {
        #expect(NumberStyle.dutch.format(.count(17386), as: .count) == "17.386")
        #expect(NumberStyle.dutch.format(.count(1234567), as: .count) == "1.234.567")
        #expect(NumberStyle.dutch.format(.count(999), as: .count) == "999")
        #expect(NumberStyle.dutch.format(.count(2049), as: .change) == "+2.049")
        #expect(NumberStyle.dutch.format(.count(-9721), as: .change) == "-9.721")
        #expect(NumberStyle.dutch.format(.count(0), as: .change) == "0")
        #expect(NumberStyle.dutch.format(.value(Exact(204900, over: 15337)), as: .percentageChange) == "+13,4%")
        #expect(NumberStyle.dutch.format(.value(Exact(8600, over: 100)), as: .percentage) == "86,0%")
        #expect(NumberStyle.dutch.format(.value(Exact(-1, over: 1000)), as: .percentageChange) == "0,0%")
        #expect(NumberStyle.dutch.format(.missing, as: .count) == ".")
        #expect(NumberStyle.dutch.format(.suppressed, as: .percentage) == "x")
        #expect(NumberStyle.dutch.format(.notApplicable, as: .percentage) == "")
    }

    @Test("Grouped numbers: groups of three before the decimals, zeros before a value under one, any separators")
    func grouping() {
        let dutch = NumberStyle.dutch
        #expect(dutch.number(Exact(1_234_567_891, over: 1000), decimals: 3) == "1.234.567,891")
        #expect(dutch.number(Exact(-12_345, over: 10), decimals: 1) == "-1.234,5")
        #expect(dutch.number(Exact(123_456), decimals: 0) == "123.456")
        #expect(dutch.number(Exact(12), decimals: 0) == "12")
        #expect(dutch.number(Exact(0), decimals: 2) == "0,00")
        #expect(dutch.number(Exact(5, over: 1000), decimals: 2) == "0,01")  // 0,005 half away from zero
        #expect(dutch.number(Exact(7, over: 100), decimals: 4) == "0,0700")
        #expect(dutch.number(Exact(-3, over: 10_000), decimals: 4) == "-0,0003")
        #expect(dutch.number(Exact(BigInt("12345678901234567890123")), decimals: 1)
            == "12.345.678.901.234.567.890.123,0")
        let wide = NumberStyle(decimalSeparator: "·", groupingSeparator: "\u{202F}", missingMarker: "…",
                               suppressedMarker: "✕", notComparableMarker: "n.v.t.", nilMarker: "—",
                               estimatedMarker: "[geschat]")
        #expect(wide.number(Exact(-9_876_543_21, over: 100), decimals: 2) == "-9\u{202F}876\u{202F}543·21")
        #expect(wide.number(Exact(4, over: 100), decimals: 2) == "0·04")
    }

    @Test("Plain numbers: terminating values exactly, others to 15 significant digits, never an exponent")
    func plain() {
        #expect(PlainNumber.format(Exact(15337)) == "15337")
        #expect(PlainNumber.format(Exact(-9, over: 2)) == "-4.5")
        #expect(PlainNumber.format(Exact(1, over: 100_000)) == "0.00001")
        #expect(PlainNumber.format(decimal("1837.752")) == "1837.752")
        #expect(PlainNumber.format(decimal("710.272")) == "710.272")  // not 710.2719999999999
        #expect(PlainNumber.format(decimal("5.9")) == "5.9")          // not 5.900000000000001
        #expect(PlainNumber.format(Exact(1, over: 3)) == "0.333333333333333")
        #expect(PlainNumber.format(Exact(2, over: 3)) == "0.666666666666667")
        #expect(PlainNumber.format(Exact(-972100, over: 31456)) == "-30.903484231943")
        #expect(PlainNumber.format(Exact(200, over: 3)) == "66.6666666666667")
        #expect(PlainNumber.format(Exact(1, over: 30_000_000)) == "0.0000000333333333333333")
        #expect(PlainNumber.format(Exact(BigInt("99999999999999999999"))) == "99999999999999999999")
        #expect(PlainNumber.format(Exact(BigInt("100000000000000000000"), over: 3)) == "33333333333333300000")
        #expect(PlainNumber.format(Exact(-4766)) == "-4766")
    }
}
