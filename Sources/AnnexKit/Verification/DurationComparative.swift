/// A comparative of speed after a count of time says how much shorter or longer the time is: '36 seconden sneller
/// dan in 2022' is 36 seconds shorter, '2 dagen trager' 2 days longer. The tokenizer reads 'sneller' there as
/// 'korter' and 'trager' or 'langzamer' as 'langer', so every reader of a difference in time takes it as one; a
/// speed's own comparative ('10 km/u sneller') counts no time and is left alone.
enum DurationComparative {
    /// The tokens with each comparative of speed right after a count of time ('14 seconden sneller') read as the
    /// comparative of duration it means.
    static func read(_ tokens: inout [Token]) {
        for index in tokens.indices.dropFirst(2) where tokens[index].kind == .word {
            guard let meant = durationWords[tokens[index].text], tokens[index - 2].kind == .number,
                tokens[index - 2].number?.unit == .count, ReadingSanity.countsTime(index - 2, in: tokens)
            else { continue }
            tokens[index] = Token(kind: .word, text: meant, start: tokens[index].start, end: tokens[index].end)
        }
    }

    /// Comparatives of speed and the comparative of duration each means after a count of time.
    private static let durationWords: [String: String] = [
        "sneller": "korter", "snellere": "kortere", "trager": "langer", "tragere": "langere", "langzamer": "langer",
        "langzamere": "langere",
    ]
}
