import Testing
@testable import AnnexKit

/// The `Double` a workbook's number cell gets: the one nearest to the value's decimal text, whether it is
/// worked out by one division or by reading the text.
@Suite("XLSX: number cells")
struct XLSXNumberTests {
    @Test("A number cell's Double is the one nearest to its decimal text", arguments: [
        // Terminating decimals with whole parts below 2^53: one division.
        ("0.1", 0.1), ("-0.5", -0.5), ("16.8", 16.8), ("1837.752", 1837.752), ("0.513", 0.513),
        ("-30.9035", -30.9035), ("0", 0.0), ("17386", 17386.0), ("0.0001", 0.0001),
        ("0.00000095367431640625", 0.00000095367431640625),  // 1/2^20: a power of two, exact
        ("9007199254740992", 9007199254740992.0),  // 2^53: the largest numerator divided
        // A tie between two Doubles is rounded to the even one, as reading the text does: 2^53 + 1.
        ("9007199254740993", 9007199254740992.0),
        // Numerators beyond 2^53 and beyond 64 bits are read from the text.
        ("123456789012345678", 123456789012345680.0), ("0.123456789012345678", 0.12345678901234568),
        ("123456789012345678901234567890", 1.2345678901234568e29),
    ])
    func double(text: String, expected: Double) {
        let value = Exact(decimal: text)!
        #expect(XLSXLayout.double(value) == expected)
        #expect(XLSXLayout.double(value) == Double(PlainNumber.format(value))!)
    }

    @Test("A fraction that does not terminate is read from its text, not divided")
    func nonTerminating() {
        // 1/3 written to 15 significant digits is 0.333333333333333, not the Double nearest to 1/3.
        let third = Exact(1, over: 3)
        #expect(XLSXLayout.double(third) == 0.333333333333333)
        #expect(XLSXLayout.double(third) != 1.0 / 3.0)
    }
}
