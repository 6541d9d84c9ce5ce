/// The words of a sentence, for finding the vocabulary's phrases in it: each written word with the
/// parts it has between hyphens ('Injus-meldingen' is also 'meldingen').
struct WordIndex: Sendable {
    /// Token indices of the words, in order.
    private let words: [Int]
    /// Per word: the word and its parts between hyphens.
    private let stems: [[Substring]]
    /// Per word: the first bytes of its stems, one bit per ASCII byte; all bits when a stem opens with another byte
    /// or is empty, as `starts` then compares in full.
    private let openings: [UInt128]

    init(_ tokens: [Token]) {
        words = tokens.indices.filter { tokens[$0].kind == .word }
        stems = words.map { index in
            let text = tokens[index].text[...]
            return text.utf8.contains(UInt8(ascii: "-")) ? [text] + text.split(separator: "-") : [text]
        }
        openings = stems.map { $0.reduce(0) { bits, stem in bits | Self.openingBit(of: stem) } }
    }

    /// Where a phrase of the vocabulary occurs: consecutive words, each starting with the phrase's
    /// word ('plaatsingsverzoek' matches 'plaatsingsverzoeken').
    func occurrences(of parts: [String]) -> [Range<Int>] {
        guard !parts.isEmpty, words.count >= parts.count else { return [] }
        let opening = Self.openingBit(of: parts[0][...])
        return (0...(words.count - parts.count)).compactMap { start in
            holds(parts, at: start, opening: opening) ? words[start]..<(words[start + parts.count - 1] + 1) : nil
        }
    }

    /// Whether a phrase of the vocabulary occurs (see `occurrences`).
    func contains(_ parts: [String]) -> Bool {
        guard !parts.isEmpty, words.count >= parts.count else { return false }
        let opening = Self.openingBit(of: parts[0][...])
        return (0...(words.count - parts.count)).contains { start in holds(parts, at: start, opening: opening) }
    }

    /// Whether the phrase's words start the words from `start` on; `opening` is its first word's `openingBit`, which
    /// tells most words apart before their texts are compared.
    private func holds(_ parts: [String], at start: Int, opening: UInt128) -> Bool {
        openings[start] & opening != 0
            && parts.indices.allSatisfy { offset in
                stems[start + offset].contains { Self.starts($0, with: parts[offset]) }
            }
    }

    /// The bit of a text's first byte when it is ASCII; all bits when it is another byte or the text is empty.
    private static func openingBit(of text: Substring) -> UInt128 {
        guard let first = text.utf8.first, first < 0x80 else { return .max }
        return UInt128(1) << first
    }

    /// `word.hasPrefix(prefix)`, compared byte by byte when both are ASCII (most words: much faster).
    static func starts(_ word: Substring, with prefix: String) -> Bool {
        // Most words differ in their first byte: two ASCII characters that differ open texts that differ.
        if let first = word.utf8.first, let opening = prefix.utf8.first, first < 0x80, opening < 0x80,
            first != opening
        {
            return false
        }
        if word.utf8.starts(with: prefix.utf8) { return true }
        return !(word.utf8.allSatisfy { $0 < 0x80 } && prefix.utf8.allSatisfy { $0 < 0x80 }) && word.hasPrefix(prefix)
    }

    /// Whether a written word is a vocabulary word (see `occurrences`).
    static func matches(_ written: String, _ word: String) -> Bool {
        written.hasPrefix(word)
            || written.utf8.contains(UInt8(ascii: "-")) && written.split(separator: "-").contains { $0.hasPrefix(word) }
    }
}
