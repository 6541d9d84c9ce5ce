import BigInt
import Testing
@testable import AnnexKit

@Suite("Dutch and plain number parsing")
struct NumberParsingTests {
    @Test("Dutch numbers as printed in the report, read exactly", arguments: [
        ("1.500", "1500"), ("17.386", "17386"), ("161.450", "161450"), ("1.234.567", "1234567"),
        ("13,4", "13.4"), ("13,4%", "13.4"), ("13,4 %", "13.4"), ("-2,5", "-2.5"), ("−2,5", "-2.5"),
        ("+5,9%", "5.9"), ("0", "0"), ("0,05", "0.05"), ("145", "145"), ("16,8", "16.8"),
        ("99.999.999.999.999.999.999", "99999999999999999999"), ("-1.234", "-1234"),
        ("999.999.999.999.999.999", "999999999999999999"), ("1.000.000.000.000.000.000", "1000000000000000000"),
    ])
    func dutch(text: String, expected: String) {
        #expect(CellParser.dutch(text) == decimal(expected))
    }

    @Test("Malformed Dutch numbers are refused, not guessed", arguments: [
        "1.50", "1.5000", "1,2,3", "abc", "1.500,", ",5", "12a", "1..500", "1 500", "",
    ])
    func dutchRefused(text: String) {
        #expect(CellParser.dutch(text) == nil)
    }

    @Test("Plain numbers in tidy files", arguments: [("1500", Exact(1500)), ("-3.25", Exact(-13, over: 4)),
                                                     ("0.5", Exact(1, over: 2)),
                                                     ("99999999999999999999", Exact(BigInt("99999999999999999999")))])
    func plain(text: String, expected: Exact) {
        #expect(CellParser.plain(text) == expected)
    }

    @Test(
        "Plain parsing refuses grouping, exponents and specials",
        arguments: ["1.500.000", "1e5", "nan", "inf", "1,5", ".5", "5."])
    func plainRefused(text: String) {
        #expect(CellParser.plain(text) == nil)
    }

    @Test("Markers: blank and '.' are missing, x is suppressed, dashes are ambiguous")
    func markers() throws {
        #expect(try CellParser.amount("", notation: .dutch).get() == .missing)
        #expect(try CellParser.amount("  ", notation: .plain).get() == .missing)
        #expect(try CellParser.amount(".", notation: .dutch).get() == .missing)
        #expect(try CellParser.amount("x", notation: .dutch).get() == .suppressed)
        #expect(try CellParser.amount("1.500", notation: .dutch).get() == .count(1500))
        for dash in ["-", "–"] {
            #expect(throws: LoadError.Problem.ambiguousMarker(cell: dash)) {
                try CellParser.amount(dash, notation: .dutch).get()
            }
        }
        #expect(throws: LoadError.Problem.self) { try CellParser.amount("1,5", notation: .plain).get() }
        // In a tidy (plain) file '.' is the decimal point: 1.500 is one and a half.
        #expect(try CellParser.amount("1.500", notation: .plain).get() == .count(Exact(3, over: 2)))
        #expect(throws: LoadError.Problem.exponentNotation(cell: "1e19")) {
            try CellParser.amount("1e19", notation: .plain).get()
        }
    }
}
