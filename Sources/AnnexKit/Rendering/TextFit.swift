/// How much room wrapped text needs in a worksheet cell, in any font: heights are computed from the
/// text's length and the column's width with a safety margin, never from one font's metrics, so a
/// reader without Calibri (LibreOffice with a fallback font) sees every line too.
enum TextFit {
    /// A column width is counted in digits of the default font. Text in a wider fallback font
    /// (DejaVu Sans for Calibri) takes up to a quarter more, so a line holds at most 0,8 character
    /// per unit of width.
    static let charactersPerUnit = 0.8
    /// Room a cell keeps free at its sides, in units of width.
    static let cellPadding = 1.0
    /// Height of one line of 11 pt text, in points, with the leading of the widest common fonts.
    static let lineHeight = 15.0
    /// Room above and below the lines of a cell, in points.
    static let rowPadding = 4.0
    /// Height of a title row (14 pt text), in points.
    static let titleHeight = 22.0

    /// How many characters fit on one line of a column `width` units wide.
    static func capacity(_ width: Double) -> Int {
        max(Int(((width - cellPadding) * charactersPerUnit).rounded(.down)), 1)
    }

    /// The width a column needs so that `word` fits on one line: the inverse of `capacity`.
    static func width(forWord characters: Int) -> Double {
        (Double(characters) / charactersPerUnit).rounded(.up) + cellPadding
    }

    /// The lines `text` takes when wrapped at word boundaries in a column `width` units wide; each
    /// paragraph (line break) starts a new line, a word longer than a line takes as many as it needs.
    /// Words are measured in characters; a text whose scalars are each a character of their own
    /// (`isOwnCharacter`) is measured among its UTF-8 bytes, any other by its characters.
    static func lines(_ text: String, width: Double) -> Int {
        let capacity = capacity(width)
        if let lines = text.utf8.withContiguousStorageIfAvailable({ lines(scalars: $0, capacity: capacity) }) ?? nil {
            return lines
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = Lines(capacity: capacity)
            for word in paragraph.split(separator: " ") { lines.add(word: word.count) }
            return total + lines.count
        }
    }

    /// The lines of a paragraph, filled word by word.
    private struct Lines {
        let capacity: Int
        private(set) var count = 1
        /// The characters on the last line.
        private var used = 0

        init(capacity: Int) { self.capacity = capacity }

        /// Places a word of `characters` characters (at least one) after a space, or at the start of
        /// the next line when it does not fit; a word longer than a line takes as many as it needs.
        mutating func add(word characters: Int) {
            let needed = used == 0 ? characters : used + 1 + characters
            if needed <= capacity {
                used = needed
                return
            }
            let more = (characters - 1) / capacity
            count += used == 0 ? more : 1 + more
            used = characters - more * capacity
        }
    }

    /// `lines` counted among `utf8`'s bytes, a character per scalar; nil when some scalar may join the
    /// one before it in a character (a combining mark, a joiner, CR before LF, ...: not `isOwnCharacter`).
    private static func lines(scalars utf8: UnsafeBufferPointer<UInt8>, capacity: Int) -> Int? {
        var total = 0, lines = Lines(capacity: capacity), word = 0, index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case UInt8(ascii: " "):
                    if word > 0 { lines.add(word: word) }
                    word = 0
                case UInt8(ascii: "\n"):
                    if word > 0 { lines.add(word: word) }
                    total += lines.count
                    (lines, word) = (Lines(capacity: capacity), 0)
                case UInt8(ascii: "\r"): return nil
                default: word += 1
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= utf8.count else { return nil }
            var scalar = UInt32(byte) & (0x7F >> length)
            for next in utf8[(index + 1)..<(index + length)] { scalar = scalar << 6 | UInt32(next & 0x3F) }
            guard isOwnCharacter(scalar) else { return nil }
            index += length
            word += 1
        }
        if word > 0 { lines.add(word: word) }
        return total + lines.count
    }

    /// Whether `scalar` (not ASCII) is a character of its own whatever comes before or after it: the Latin
    /// letters and signs (U+00A0–U+024F), punctuation (dashes, quotes, the per mille sign), super- and
    /// subscripts, currency signs, letter-like symbols, arrows and mathematical operators (`≥`). Combining
    /// marks, joiners, variation selectors and the other scalars that join a character are outside these.
    private static func isOwnCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00A0...0x024F, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2100...0x23FF: true
        default: false
        }
    }

    /// The height in points of a row whose wrapped text takes `lines` lines.
    static func height(lines: Int) -> Double {
        Double(max(lines, 1)) * lineHeight + rowPadding
    }
}
