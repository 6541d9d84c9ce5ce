import BigInt
import PropertyBased
import Testing
@testable import AnnexKit

/// The width of a table cell counted from its rounded value (`NumberStyle.cellWidth`, which the column
/// widths use) is the number of characters of the cell's text, in every format, status and style.
@Suite("A cell's width without its text")
struct CellWidthTests {
    /// Dutch; English; separators and markers of more than one byte or character.
    static let styles = [
        NumberStyle.dutch,
        NumberStyle(decimalSeparator: ".", groupingSeparator: ",", missingMarker: ".", suppressedMarker: "x",
                    notComparableMarker: "n.c.", nilMarker: "-", estimatedMarker: "[e]"),
        NumberStyle(decimalSeparator: "·", groupingSeparator: "\u{202F}", missingMarker: "…",
                    suppressedMarker: "✕", notComparableMarker: "n.v.t.", nilMarker: "—", estimatedMarker: "[geschat]"),
    ]
    static let formats = [CellFormat.Style.count, .number, .change, .percentage, .percentageChange]
        .flatMap { style in (0...6).map { CellFormat(style, decimals: $0) } }

    static func amounts(_ value: Exact) -> [Amount] {
        [.value(value), .estimated(value), .incomplete(value), .missing, .suppressed, .notApplicable, .notComparable]
    }

    static func expectWidths(_ value: Exact) {
        for numbers in styles {
            for format in formats {
                for amount in amounts(value) {
                    let text = numbers.cell(amount, as: format)
                    #expect(numbers.cellWidth(amount, as: format) == text.count, "\(text) as \(format)")
                }
            }
        }
    }

    @Test("Hand-counted widths: 17.386, +13,4%, 0,05, -1.234.567,5, nil, 1.838 [g], ≥12")
    func handCounted() {
        let dutch = NumberStyle.dutch
        #expect(dutch.cellWidth(.count(17386), as: .count) == 6)
        #expect(dutch.cellWidth(.value(Exact(204900, over: 15337)), as: .percentageChange) == 6)
        #expect(dutch.cellWidth(.value(Exact(1, over: 20)), as: CellFormat(.number, decimals: 2)) == 4)
        #expect(dutch.cellWidth(.value(Exact(-2469135, over: 2)), as: CellFormat(.change, decimals: 1)) == 12)
        #expect(dutch.cellWidth(.count(0), as: .count) == 1)
        #expect(dutch.cellWidth(.value(Exact(-1, over: 1000)), as: .percentageChange) == 4)
        #expect(dutch.cellWidth(.estimated(Exact(1838)), as: .count) == 9)
        #expect(dutch.cellWidth(.incomplete(Exact(12)), as: .count) == 3)
        #expect(dutch.cellWidth(.notComparable, as: .count) == 6)
        #expect(dutch.cellWidth(.notApplicable, as: .percentage) == 0)
    }

    @Test("Edges: zero, ties, values just under a power of ten, beyond 64 bits")
    func edges() {
        let values: [Exact] = [0, 1, -1, 999, 1000, Exact(9995, over: 10), Exact(-9995, over: 10),
                               Exact(99_999_995, over: 100_000_000), Exact(1, over: 3), Exact(-2, over: 3),
                               Exact(Int.max), Exact(Int.min), Exact(BigInt("123456789012345678901234567")),
                               Exact(BigInt("-99999999999999999999999"), over: BigInt(7))]
        for value in values { Self.expectWidths(value) }
    }

    @Test("Random fractions, small and past 64 bits")
    func random() async {
        await propertyCheck(count: 200, input: Gen.int64(in: -10_000_000_000 ... 10_000_000_000),
                            Gen.int64(in: 1 ... 1_000_000)) { n, d in
            Self.expectWidths(Exact(BigInt(n), over: BigInt(d)))
        }
        await propertyCheck(count: 50, input: Gen.int64(), Gen.int64(in: 1 ... .max)) { n, d in
            Self.expectWidths(Exact(BigInt(n) * BigInt(n), over: BigInt(d)))
        }
    }
}
