import Testing
@testable import AnnexKit

/// `ByteCursor` writes into room reserved ahead: numbers in tenths as SVG path data has them, digits, bytes.
@Suite("ByteCursor: bytes written into reserved room")
struct ByteCursorTests {
    /// What `put(tenths:leadingZero:)` writes for `tenths`, taken back as text.
    static func tenths(_ tenths: Int, leadingZero: Bool) -> String {
        var buffer = ByteBuffer()
        buffer.append(upTo: ByteCursor.maximumTenthsBytes) { room in
            var cursor = ByteCursor(room)
            cursor.put(tenths: tenths, leadingZero: leadingZero)
            return cursor.count
        }
        return buffer.text
    }

    @Test("Tenths: one decimal at most, a trailing '.0' left out, the zero before the point only when asked")
    func tenths() {
        #expect(Self.tenths(125, leadingZero: true) == "12.5")
        #expect(Self.tenths(120, leadingZero: true) == "12")
        #expect(Self.tenths(-5, leadingZero: true) == "-0.5")
        #expect(Self.tenths(-5, leadingZero: false) == "-.5")
        #expect(Self.tenths(7, leadingZero: false) == ".7")
        #expect(Self.tenths(0, leadingZero: false) == "0")
        #expect(Self.tenths(-10, leadingZero: false) == "-1")
        #expect(Self.tenths(30_071, leadingZero: false) == "3007.1")
    }

    @Test("The widest numbers fit the room the cursor says they take")
    func widest() {
        #expect(Self.tenths(Int.min, leadingZero: true) == "-922337203685477580.8")
        #expect(Self.tenths(Int.min, leadingZero: true).utf8.count == ByteCursor.maximumTenthsBytes)
        #expect(Self.tenths(Int.max, leadingZero: false) == "922337203685477580.7")
    }

    @Test("Digits and bytes one after another, counted; room left unused is not kept")
    func sequence() {
        var buffer = ByteBuffer()
        buffer.append("M")
        buffer.append(upTo: 64) { room in
            var cursor = ByteCursor(room)
            cursor.put(digits: 0)
            cursor.put(UInt8(ascii: ","))
            cursor.put(digits: 9)
            cursor.put(UInt8(ascii: ","))
            cursor.put(digits: 10)
            cursor.put(UInt8(ascii: ","))
            cursor.put(digits: 18_446_744_073_709_551_615)
            return cursor.count
        }
        buffer.append("z")
        #expect(buffer.text == "M0,9,10,18446744073709551615z")
    }

    @Test("Runs of bytes put whole: a range of a buffer, a whole buffer, a static text, an empty run")
    func runs() {
        var source = ByteBuffer()
        source.append("abcdef")
        var buffer = ByteBuffer()
        buffer.append(upTo: 16) { room in
            var cursor = ByteCursor(room)
            cursor.put(source, 1..<4)
            cursor.put("|" as StaticString)
            cursor.put(source)
            cursor.put(source, 2..<2)
            cursor.put(ByteBuffer())
            return cursor.count
        }
        #expect(buffer.text == "bcd|abcdef")
        #expect(buffer.count == 10)
    }
}
