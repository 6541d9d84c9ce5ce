import Testing
@testable import AnnexKit

/// The shortcuts for the common case (ASCII text, one line) give what the general code gives.
@Suite("Text shortcuts agree with the general code")
struct TextFastPathTests {
    static let texts = ["", "Amsterdam", "Den Haag", " Den Haag", "Den Haag ", "Den  Haag", "Den\nHaag",
                        "Meldingen begin\r\ndetentie", "a\tb", "Súdwest-Fryslân", "1.838\u{00A0}[g]", " ", "x"]

    @Test("A cell on one line is the text with its white space joined", arguments: texts)
    func singleLine(text: String) {
        #expect(InputCell.text(text).singleLine == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test("A ByteSet holds exactly the bytes it was made of")
    func byteSet() {
        let members: [UInt8] = [0, 9, 44, 63, 64, 127, 128, 200, 255]
        let set = ByteSet(members.dropLast()).union([255])
        for byte in UInt8.min...UInt8.max { #expect(set.contains(byte) == members.contains(byte)) }
    }

    @Test("A name is the country's exactly when its lowercased, trimmed text is a national name", arguments: [
        "Totaal", "TOTAAL", " Nederland ", "nEdErLaNd", "The Netherlands", "the  netherlands", "NL01", "nl", "Nl00",
        "Total", "Totaal2", "Totaa", "Nederland-Oost", "Klein-hout", "", " ", "Nederland\u{00A0}", "Nederlând",
        "ＮＬ", "TOTAAL\u{0301}", "İ", "@otaal", "[otaal", "Totaal x", "Súdwest-Fryslân", "\u{212A}lein",
        "Nederland\u{212A}", "Tot\u{00C5}al",
    ])
    func national(name: String) {
        let lowercased = name.trimmingSpaces().lowercased()
        #expect(DatasetBuilder.isNational(name) == DatasetBuilder.nationalNames.contains(lowercased))
    }

    @Test("Each national name is the country's in any mix of capitals, and not with a letter changed")
    func nationalCapitals() {
        for name in DatasetBuilder.nationalNames {
            let capitals = String(name.enumerated().map { index, letter in
                index.isMultiple(of: 2) ? Character(letter.uppercased()) : letter
            })
            #expect(DatasetBuilder.isNational(capitals) && DatasetBuilder.isNational(name.uppercased()))
            // '@' and '[' are the bytes beside the capitals, which a careless lowercasing takes for letters.
            #expect(!DatasetBuilder.isNational("@" + name.dropFirst()) && !DatasetBuilder.isNational("[" + name))
            #expect(!DatasetBuilder.isNational(name + "s"))
        }
    }

    @Test("A text is cut at its placeholders as by its characters", arguments: [
        "", "geen", "{n}", "{n} van {total}", "{a}{b}", "x {open", "x } y {z}", "{}", "{{n}}", "a}b{c",
        "Tabel {table}: {title} – {period}", "é {n} ü", "{n\u{0301}} {m}", "{\u{0301}n} {m}", "\r\n{n}\r\n",
    ])
    func phrasePieces(text: String) {
        // The pieces as searching the characters gives them.
        var expected: [(Substring, String?)] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            expected.append((rest[..<open], String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        expected.append((rest, nil))
        let pieces = PhraseBook.pieces(of: text)
        #expect(pieces.map(\.literal) == expected.map(\.0) && pieces.map(\.placeholder) == expected.map(\.1))
    }

    /// The lines of `text` wrapped at `capacity` characters, counted by its characters (the definition).
    static func linesByCharacters(_ text: String, capacity: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = 1, used = 0
            for word in paragraph.split(separator: " ").map(\.count) {
                let needed = used == 0 ? word : used + 1 + word
                if needed <= capacity {
                    used = needed
                } else {
                    lines += (used == 0 ? 0 : 1) + (word - 1) / capacity
                    used = word - (word - 1) / capacity * capacity
                }
            }
            return total + lines
        }
    }

    /// Pieces of wrapped text: words of every length, spaces, line breaks, accents, signs, and scalars that
    /// join a character (combining marks, CR LF, joiners, variation selectors, flags, Hangul).
    static let wrapPieces = ["a", "Gemeente", "meldingen", "x", " ", " ", "  ", "\n", "\n", "\r\n", "\r", "é", "≥",
                             "–", "‰", "€", "→", "\u{00A0}", "e\u{0301}", "\u{0301}", "\u{200D}", "👩\u{200D}💻",
                             "❤\u{FE0F}", "🇳🇱", "\u{1100}\u{1161}", "\t", "Súdwest-Fryslân", "1.838",
                             "'s-Hertogenbosch", "abcdefghijklmnopqrstuvwxyz", "\u{2028}", "\u{0600}1"]

    @Test("A text wraps to as many lines counted among its bytes as by its characters")
    func wrappedLines() {
        var generator = ReceivedTableFuzzTests.Seeded(state: 15)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator))
                .map { _ in Self.wrapPieces.randomElement(using: &generator)! }.joined()
            for width in [1.0, 2.5, 4, 7, 12, 30] {
                let capacity = TextFit.capacity(width)
                #expect(TextFit.lines(text, width: width) == Self.linesByCharacters(text, capacity: capacity),
                        "\(text.unicodeScalars.map { String($0.value, radix: 16) }) at width \(width)")
            }
        }
    }

    @Test("An ODS text cell has a paragraph per line, cut among the bytes as by the characters", arguments: [
        "", "a", "a\nb", "\n", "a\n", "\na", "a\n\nb", "a\r\nb", "a\rb\nc", "a\n\u{0301}b", "<&>\n\"é\"",
        "Súdwest-Fryslân\n≥ 12", "\r\n\r\n", "Súdwest-Fryslân en Noardeast-Fryslân samen",
        "zestien tekens plus\tde tab", "zestien tekens en daarna <de hoek>",
        "in acht blokken van zestien tekens & één\nregel later",
    ])
    func odsParagraphs(text: String) {
        var out = ByteBuffer()
        ODSRenderer.row([.text(text, .plain)], height: nil, .dutch, to: &out)
        var expected = ByteBuffer()
        expected.append("<table:table-row><table:table-cell office:value-type=\"string\">")
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            expected.append("<text:p>")
            expected.append(xmlEscaped: String(paragraph))
            expected.append("</text:p>")
        }
        expected.append("</table:table-cell></table:table-row>")
        #expect(out.text == expected.text)
    }

    @Test("The first special byte found sixteen and eight at a time is the first found byte by byte")
    func specialBytes() {
        let sets: [(below: UInt8, others: [UInt8])] = [(0x20, Array("\"\\".utf8)), (0, Array(",\"\n\r".utf8)),
                                                        (0, [0x22]), (0x80, [0xFF]), (0, [0x00, 0x80, 0xC3, 0x7F]),
                                                        (0, Array(",\"".utf8)), (0x20, Array(",\"\\".utf8))]
        var generator = ReceivedTableFuzzTests.Seeded(state: 9)
        for (below, others) in sets {
            let special = SpecialBytes(below: below, others)
            for _ in 0..<400 {
                // Mostly plain letters, with a special byte or a byte beside one here and there.
                let near = others + others.map { $0 &+ 1 } + others.map { $0 &- 1 } + [below, below &- 1, 0x80, 0xFF]
                let bytes = (0..<Int.random(in: 0...70, using: &generator)).map { _ in
                    Int.random(in: 0..<6, using: &generator) == 0 ? near.randomElement(using: &generator)!
                        : UInt8.random(in: UInt8(ascii: "a")...UInt8(ascii: "z"), using: &generator)
                }
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0...bytes.count {
                        let expected = bytes[start...].firstIndex { $0 < below || others.contains($0) } ?? bytes.count
                        #expect(special.first(in: buffer, from: start) == expected, "\(bytes) from \(start)")
                    }
                }
            }
        }
    }
}
