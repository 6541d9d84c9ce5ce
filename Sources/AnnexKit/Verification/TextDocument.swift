import Foundation

/// A sentence of prose, with the line in the source file of each of its characters.
public struct Sentence: Sendable {
    public let text: String
    /// 1-based source line per character of `text`.
    let lines: [Int]
    /// Index of the paragraph the sentence belongs to.
    public let paragraph: Int
    /// The last heading before the sentence ('#### 2.1.3 Informatiesysteem Forensische Zorg (Ifzo)').
    public let heading: String

    /// The source line of the character at `offset` (a `Character` offset into `text`).
    public func line(at offset: Int) -> Int { lines[min(max(offset, 0), lines.count - 1)] }
}

/// A plain-text or Markdown document split into prose sentences.
///
/// PDF-extracted text is repaired first: a word hyphenated across a line break is joined
/// ('toe-' + 'name' → 'toename'), footnote references (`<sup>2</sup>`) and other tags are removed.
/// Table rows (lines with tabs or starting with '|') and headings are not prose and are skipped.
public struct TextDocument: Sendable {
    public let sentences: [Sentence]

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LoadErrors([LoadError(file: path, .unreadable(reason: "bestaat niet of geen UTF-8-tekst"))])
        }
        self.init(text: text)
    }

    public init(text: String) {
        var sentences: [Sentence] = []
        for (index, paragraph) in Self.paragraphs(text).enumerated() {
            sentences += Self.split(paragraph.characters, lines: paragraph.lines, paragraph: index, heading: paragraph.heading)
        }
        self.sentences = sentences
    }

    /// Prose paragraphs as characters with their source lines.
    static func paragraphs(_ text: String) -> [(characters: [Character], lines: [Int], heading: String)] {
        var result: [(characters: [Character], lines: [Int], heading: String)] = []
        var characters: [Character] = [], lines: [Int] = []
        var heading = ""
        var broken = false  // blank lines since the last prose line
        func close() {
            if !characters.isEmpty { result.append((characters, lines, heading)) }
            characters = []
            lines = []
        }
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            let line = stripTags(rawLine.replacingOccurrences(of: "\r", with: ""))
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if rawLine.contains("\t") || trimmed.hasPrefix("|") || trimmed.hasPrefix("#") {
                close()
                if trimmed.hasPrefix("#") { heading = trimmed }
                continue
            }
            if trimmed.isEmpty || trimmed == "---" {
                broken = true
                continue
            }
            // A page break in mid-sentence: the text goes on in lower case after blank lines.
            if broken, let last = characters.last, !".!?:".contains(last), trimmed.first?.isLowercase != true || !last.isLetter {
                close()
            } else if broken, characters.last.map({ ".!?:".contains($0) }) ?? true {
                close()
            }
            broken = false
            if let last = characters.last, last == "-", characters.count >= 2, characters[characters.count - 2].isLetter,
               trimmed.first?.isLowercase == true {
                characters.removeLast()   // 'toe-' + 'name'
                lines.removeLast()
            } else if !characters.isEmpty {
                characters.append(" ")
                lines.append(index + 1)
            }
            for character in trimmed {
                characters.append(character)
                lines.append(index + 1)
            }
        }
        close()
        return result
    }

    /// Removes `<sup>…</sup>` (footnote numbers) entirely and any other tag, keeping its content.
    static func stripTags(_ line: String) -> String {
        var result = line.replacingOccurrences(of: "<sup>[^<]*</sup>", with: "", options: .regularExpression)
        result = result.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return result.replacingOccurrences(of: "**", with: "")
    }

    /// Splits a paragraph after '.', '!' or '?' followed by a space and a capital letter.
    static func split(_ characters: [Character], lines: [Int], paragraph: Int, heading: String) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let atEnd = index == characters.count - 1
            let boundary = ".!?".contains(characters[index]) && !atEnd && characters[index + 1] == " "
                && index + 2 < characters.count && characters[index + 2].isUppercase
            if boundary || atEnd {
                let text = String(characters[start...index]).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty {
                    let offset = characters[start...index].prefix { $0 == " " }.count
                    result.append(Sentence(text: text, lines: Array(lines[(start + offset)...index]), paragraph: paragraph,
                                           heading: heading))
                }
                start = index + 1
            }
            index += 1
        }
        return result
    }
}
