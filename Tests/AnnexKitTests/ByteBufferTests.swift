import Testing
@testable import AnnexKit

/// `ByteBuffer` keeps its bytes in storage of its own (`ByteStorage`): appends past its room, copies that share
/// the storage until one of them changes, and the calls the writers make on it instead of an array's.
@Suite("ByteBuffer: its own storage")
struct ByteBufferTests {
    @Test("Appends past the first room keep every byte in order")
    func growth() {
        var buffer = ByteBuffer(), expected: [UInt8] = []
        for round in 0..<2_000 {
            let text = String(repeating: Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(round % 26))),
                              count: round % 70)
            buffer.append(text)
            buffer.append(UInt8(ascii: ","))
            expected += Array(text.utf8) + [UInt8(ascii: ",")]
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.withUnsafeBufferPointer { Array($0) } == expected)
    }

    @Test("A copy keeps its bytes when the buffer it came from is emptied, appended to or grown")
    func copyOnWrite() {
        var buffer = ByteBuffer(capacity: 8)
        buffer.append("abc")
        let copy = buffer
        buffer.removeAll()
        buffer.append("xy")
        #expect(copy.text == "abc")
        #expect(buffer.text == "xy")
        let second = buffer
        buffer.append(String(repeating: "z", count: 500))
        #expect(second.text == "xy")
        #expect(buffer.text == "xy" + String(repeating: "z", count: 500))
        var empty = ByteBuffer(), other = ByteBuffer()
        empty.append(UInt8(ascii: "1"))
        other.append(UInt8(ascii: "2"))
        #expect(empty.text == "1" && other.text == "2")
    }

    @Test("Remove the last, a range of another buffer, room written by a callee")
    func edits() {
        var buffer = ByteBuffer()
        buffer.append("0.00123.45")
        buffer.removeLast()
        #expect(buffer.last == UInt8(ascii: "4"))
        var other = ByteBuffer()
        other.append(buffer, 4..<7)
        #expect(other.text == "123")
        other.append(upTo: 10) { room in
            room[0] = UInt8(ascii: "!")
            room[1] = UInt8(ascii: "?")
            return 2
        }
        #expect(other.text == "123!?")
        other.append(contentsOf: Array("[]".utf8)[1...])
        #expect(other.text == "123!?]")
    }

    @Test("A buffer's bytes escaped for XML as a text's are, and for HTML with the apostrophe too")
    func escapedBuffer() {
        var text = ByteBuffer()
        text.append("1 < 2 & \"3\" > 'nul' · 4")
        var xml = ByteBuffer(), html = ByteBuffer()
        xml.append(xmlEscaped: text)
        html.append(htmlEscaped: text)
        #expect(xml.text == "1 &lt; 2 &amp; &quot;3&quot; &gt; 'nul' · 4")
        #expect(html.text == "1 &lt; 2 &amp; &quot;3&quot; &gt; &#39;nul&#39; · 4")
        var plain = ByteBuffer()
        plain.append(xmlEscaped: ByteBuffer())
        #expect(plain.count == 0)
    }

    @Test("Texts escaped for XML a run at a time as byte by byte: special bytes first, last, side by side, past blocks")
    func escapedRuns() {
        let entities: [UInt8: String] = [UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;",
                                         UInt8(ascii: ">"): "&gt;", UInt8(ascii: "\""): "&quot;"]
        let alphabet = ["a", "b", " ", "&", "<", ">", "\"", "'", "é", "\n"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "&", "<>", "a&", "&a", String(repeating: "x", count: 40) + "\"", "&&&&&&&&&&&&&&&&&&"]
        for length in 0...70 {
            texts.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
            texts.append(String(repeating: "y", count: length) + "<" + String(repeating: "z", count: 70 - length))
        }
        for text in texts {
            let expected = String(decoding: text.utf8.flatMap { entities[$0].map { Array($0.utf8) } ?? [$0] },
                                  as: UTF8.self)
            var escaped = ByteBuffer(), fromBytes = ByteBuffer(), bytes = ByteBuffer()
            escaped.append(xmlEscaped: text)
            bytes.append(text)
            fromBytes.append(xmlEscaped: bytes)
            #expect(escaped.text == expected && fromBytes.text == expected, "\(text)")
        }
    }

    @Test("A text needs escaping for HTML when it holds a byte the escape changes, the apostrophe too")
    func needsHTMLEscape() {
        #expect(!ByteBuffer.needsHTMLEscape("n.vgl. [g] 1.838,5 \u{00A0}· ≥"))
        #expect(!ByteBuffer.needsHTMLEscape(""))
        for special in ["&", "<", ">", "\"", "'"] {
            #expect(ByteBuffer.needsHTMLEscape("a" + special + "b"))
        }
        #expect(NumberStyle.dutch.texts.allSatisfy { !ByteBuffer.needsHTMLEscape($0) })
        let quoted = NumberStyle(decimalSeparator: ",", groupingSeparator: ".", missingMarker: ".",
                                 suppressedMarker: "x", notComparableMarker: "n.vgl.", nilMarker: "-",
                                 estimatedMarker: "<g>")
        #expect(quoted.texts.contains(where: ByteBuffer.needsHTMLEscape))
    }
}
