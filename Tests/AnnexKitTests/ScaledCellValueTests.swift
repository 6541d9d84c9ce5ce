import BigInt
import PropertyBased
import Testing
@testable import AnnexKit

/// An ODS number cell's two texts made from its scaled digits (`ScaledCellValue`) are those the longer way
/// writes: the stored value as `PlainNumber` writes it, the shown text as the number style shows the amount the
/// cell stands for (`ODSRenderer.shownAmount`), in every format, status and number style.
@Suite("A number cell's value and text from its scaled digits")
struct ScaledCellValueTests {
    static let formats = [CellFormat.Style.count, .number, .change, .percentage, .percentageChange]
        .flatMap { style in (0...7).map { CellFormat(style, decimals: $0) } }

    static let statuses: [Status] = [.ok, .estimated, .incomplete]

    /// The cell `SheetLayout.cell` makes of `value` in each format and status, both ways, in every number style
    /// of `CellWidthTests`; a cell the scaled form does not hold is counted.
    @discardableResult
    static func expectSame(_ value: Exact) -> Int {
        var notHeld = 0
        for numbers in CellWidthTests.styles {
            for format in formats {
                for amount in [Amount.value(value), .estimated(value), .incomplete(value)] {
                    guard case .number(let stored, let format, let status)? = SheetLayout.cell(amount, format, numbers)
                    else { continue }
                    guard let scaled = ScaledCellValue(stored, format) else {
                        notHeld += 1
                        continue
                    }
                    var plain = ByteBuffer(), shown = ByteBuffer()
                    scaled.appendPlain(to: &plain)
                    scaled.appendShown(status: status, numbers, to: &shown)
                    #expect(plain.text == PlainNumber.format(stored), "\(stored) as \(format)")
                    let expected = numbers.cell(ODSRenderer.shownAmount(stored, format, status), as: format)
                    #expect(shown.text == expected, "\(stored) as \(format), \(status)")
                }
            }
        }
        return notHeld
    }

    @Test("By hand: 13,4% stored as 0.134, nil, an estimate, a share under one, a negative change")
    func byHand() throws {
        let share = try #require(ScaledCellValue(Exact(134, over: 1000), .percentage))
        var plain = ByteBuffer(), shown = ByteBuffer()
        share.appendPlain(to: &plain)
        share.appendShown(status: .ok, .dutch, to: &shown)
        #expect((plain.text, shown.text) == ("0.134", "13,4%"))
        func texts(_ value: Exact, _ format: CellFormat, _ status: Status) -> (String, String)? {
            guard let cell = ScaledCellValue(value, format) else { return nil }
            var plain = ByteBuffer(), shown = ByteBuffer()
            cell.appendPlain(to: &plain)
            cell.appendShown(status: status, .dutch, to: &shown)
            return (plain.text, shown.text)
        }
        #expect(texts(0, .count, .ok)! == ("0", "-"))
        #expect(texts(0, .count, .suppressed)! == ("0", "-"))
        #expect(texts(0, .count, .estimated)! == ("0", "0\u{00A0}[g]"))
        #expect(texts(Exact(1838), .count, .incomplete)! == ("1838", "≥1.838"))
        #expect(texts(Exact(1, over: 1000), .percentageChange, .ok)! == ("0.001", "+0,1%"))
        let change = CellFormat(.change, decimals: 1)
        #expect(texts(Exact(-2469135, over: 2), change, .ok)! == ("-1234567.5", "-1.234.567,5"))
        #expect(texts(Exact(12), CellFormat(.number, decimals: 3), .ok)! == ("12", "12,000"))
        #expect(texts(Exact(1, over: 3), .ratio, .ok) == nil)
    }

    @Test("Edges: zero, ties, values just under a power of ten, the largest that fit and beyond 64 bits")
    func edges() {
        let values: [Exact] = [0, 1, -1, 999, 1000, Exact(9995, over: 10), Exact(-9995, over: 10),
                               Exact(99_999_995, over: 100_000_000), Exact(1, over: 3), Exact(-2, over: 3),
                               Exact(Int.max), Exact(Int.min), Exact(999_999_999_999_999),
                               Exact(BigInt("123456789012345678901234567")),
                               Exact(BigInt("-99999999999999999999999"), over: BigInt(7))]
        for value in values { Self.expectSame(value) }
        // The largest 15-digit values are stored, but not all held in 64 bits at 7 decimals: those go the long way.
        #expect(Self.expectSame(Exact(999_999_999_999_999)) > 0)
    }

    @Test("Random fractions, small and past 64 bits")
    func random() async {
        await propertyCheck(count: 200, input: Gen.int64(in: -10_000_000_000 ... 10_000_000_000),
                            Gen.int64(in: 1 ... 1_000_000)) { n, d in
            _ = Self.expectSame(Exact(BigInt(n), over: BigInt(d)))
        }
        await propertyCheck(count: 50, input: Gen.int64(), Gen.int64(in: 1 ... .max)) { n, d in
            _ = Self.expectSame(Exact(BigInt(n) * BigInt(n), over: BigInt(d)))
        }
    }
}
