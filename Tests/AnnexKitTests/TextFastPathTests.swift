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
}
