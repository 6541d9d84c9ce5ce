import Foundation

/// A number written in a sentence.
public struct NumberToken: Sendable, Hashable {
    public let value: Double
    /// Decimals as written (13,4 has 1).
    public let decimals: Int
    public let isPercent: Bool
    /// Character offsets of the number (including '%') in the sentence.
    public let start: Int
    public let end: Int
    public let text: String
}

/// Finds the numbers in a Dutch sentence, and the years, leaving alone what is no quantity:
/// section and figure numbers, dates, ages, page numbers, article numbers.
public enum NumberScanner {
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?<![\p{L}\d.,§])([-−+]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![.,]?\d)(\s?%)?"#)

    /// Words before a number that make it a label, not a quantity ('Figuur 2', 'artikel 12').
    static let labelWords: Set<String> = ["figuur", "tabel", "hoofdstuk", "paragraaf", "artikel", "nummer", "nr",
                                          "p", "pagina", "blz", "bijlage", "fase", "stap", "versie", "noot", "voetnoot"]
    static let months: Set<String> = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                      "september", "oktober", "november", "december"]

    /// Quantities in `text` (years excluded).
    public static func numbers(in text: String) -> [NumberToken] {
        tokens(in: text).filter { !isYear($0) && !isLabel($0, in: text) }
    }

    /// Years (1990–2099) mentioned in `text`, with their offsets.
    public static func years(in text: String) -> [(year: Int, offset: Int)] {
        tokens(in: text).filter(isYear).map { (Int($0.value), $0.start) }
    }

    static func isYear(_ token: NumberToken) -> Bool {
        !token.isPercent && token.decimals == 0 && token.text.count == 4 && (1990...2099).contains(Int(token.value))
    }

    static func isLabel(_ token: NumberToken, in text: String) -> Bool {
        let characters = Array(text)
        let before = String(characters[..<token.start]).lowercased()
        let after = String(characters[token.end...]).lowercased()
        let previousWord = before.split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
        let nextWord = after.split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map(String.init) ?? ""
        if labelWords.contains(previousWord) && before.hasSuffix(previousWord + " ") || before.hasSuffix("p. ") { return true }
        if months.contains(nextWord) && after.hasPrefix(" " + nextWord) { return true }                      // 15 april
        if !token.isPercent && ["jaar", "jarigen"].contains(nextWord) && after.hasPrefix(" " + nextWord) { return true }  // 18 jaar
        if after.hasPrefix("-") || before.hasSuffix("-") { return true }                                      // ranges, phone numbers
        return false
    }

    static func tokens(in text: String) -> [NumberToken] {
        let string = text as NSString
        let characters = Array(text)
        var offsets: [Int] = []   // UTF-16 offset → Character offset
        offsets.reserveCapacity(string.length + 1)
        for (index, character) in characters.enumerated() {
            for _ in 0..<character.utf16.count { offsets.append(index) }
        }
        offsets.append(characters.count)
        return pattern.matches(in: text, range: NSRange(location: 0, length: string.length)).compactMap { match in
            let sign = string.substring(with: match.range(at: 1))
            let whole = string.substring(with: match.range(at: 2)).replacingOccurrences(of: ".", with: "")
            let fraction = match.range(at: 3).location == NSNotFound ? "" : string.substring(with: match.range(at: 3))
            guard var value = Double(whole + (fraction.isEmpty ? "" : "." + fraction)) else { return nil }
            if sign == "-" || sign == "−" { value = -value }
            return NumberToken(value: value, decimals: fraction.count, isPercent: match.range(at: 4).location != NSNotFound,
                               start: offsets[match.range.location], end: offsets[match.range.location + match.range.length],
                               text: string.substring(with: match.range))
        }
    }
}
