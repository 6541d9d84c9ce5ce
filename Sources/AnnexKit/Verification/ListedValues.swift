import Foundation

/// A line that holds several labelled values between '|' marks, read as the value lines it stands for: 'Zaken
/// gestart: Q1 2.110 | Q2 2.040' as 'Zaken gestart Q1: 2.110' and 'Zaken gestart Q2: 2.040'; 'Meldingen 2024 |
/// 2025: 812 | 903', whose labels and values stand in the same order, as 'Meldingen 2024: 812' and 'Meldingen 2025:
/// 903'. The '|' separates items as ';' does in a list; no value of such a line is itself a claim.
enum ListedValues {
    /// The mark between the items.
    static let separator: Character = "|"
    /// The separator's one byte in UTF-8.
    private static let separatorByte = UInt8(ascii: "|")

    /// The value lines a line of values between '|' marks stands for, in order; nil when it is no such line.
    static func lines(_ line: String) -> [String]? {
        // A line without the mark's byte holds no mark: told without reading it as characters, as most lines are.
        guard line.utf8.contains(separatorByte), line.contains(separator), let colon = line.firstIndex(of: ":") else {
            return nil
        }
        let head = line[..<colon]
        let values = parts(line[line.index(after: colon)...])
        guard values.count >= 2, !values.contains(where: \.isEmpty) else { return nil }
        let result: [String]
        if head.contains(separator) {
            // 'Meldingen 2024 | 2025: 812 | 903': the label's last word of each part is paired with a value.
            let keys = parts(head)
            guard keys.count == values.count, let first = keys.first, let space = first.lastIndex(of: " ") else {
                return nil
            }
            let label = first[..<space]
            let labels = [String(first[first.index(after: space)...])] + keys.dropFirst()
            guard labels.allSatisfy({ !$0.contains(" ") }) else { return nil }
            result = zip(labels, values).map { "\(label) \($0): \($1)" }
        } else {
            // 'Zaken gestart: Q1 2.110 | Q2 2.040': each item opens with its own label.
            var lines: [String] = []
            for item in values {
                guard let space = item.firstIndex(of: " ") else { return nil }
                lines.append("\(head) \(item[..<space]):\(item[space...])")
            }
            result = lines
        }
        // Each must be a value line whose label ends in the item's own ('Q1', '2025'), no value.
        let shaped = result.allSatisfy { text in
            let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
            guard let colon = tokens.firstIndex(where: { $0.isMark(":") }), colon > 0 else { return false }
            return [.word, .year, .label].contains(tokens[colon - 1].kind) && LineShape(text.unicodeScalars) == .value
        }
        return shaped ? result : nil
    }

    /// The trimmed parts of a text between '|' marks.
    private static func parts(_ text: Substring) -> [String] {
        text.split(separator: separator, omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }
}
