/// The citation in `figures.csv` of every figure that shares one provenance record (`Provenance.sharedRecord`): the
/// figures of one table and printed line in a data file differ only in the line of the file they were read from,
/// so the text is made once per record, as what comes before that line and what comes after it, and each figure's
/// citation is the two with its line between (`Provenance.citation(_:)`). Its words are the annex's language's
/// (`CitationWords`). Held once by every figure that cites it (`FigureCitation`), the writer of `figures.csv` and
/// `figures.json` putting its parts into both files (`FigureSources`).
final class RecordCitation: Sendable {
    /// The citation up to the file's line ('DJI, Tabel 1, r. 880; bestand injus.csv:'); the whole citation when
    /// it cites no file.
    let head: String
    /// What follows the file's line: the correction, if any.
    let tail: String
    /// Whether a file's line goes between `head` and `tail`.
    let citesFile: Bool
    /// What the statistics computed from a figure of the record cite around its citation ('berekend uit {source}').
    let derivedFrom: CitationWords.Phrased

    /// 'delivery, table, r. 880 (som van 5 gemeenten); bestand file:' and '; gecorrigeerd: evidence (r. 337, 1633)',
    /// in the words of `words`.
    init(delivery: Delivery, table: String, line: Int?, file: String?, derivation: Derivation?,
         correction: Provenance.Correction?, words: CitationWords) {
        var head = ""
        delivery.appendCitation(to: &head)
        Delivery.append(part: table, to: &head)
        if let line { Delivery.append(part: words.line.text(String(line)), to: &head) }
        if let derivation {
            if head.isEmpty {
                words.append(derivation, to: &head)
            } else {
                head += " ("
                words.append(derivation, to: &head)
                head += ")"
            }
        }
        if let file {
            head += "; "
            words.file.append(file, to: &head)
        }
        var tail = ""
        if let correction {
            tail += "; "
            words.corrected.append(correction.evidence, to: &tail)
            if !correction.lines.isEmpty {
                tail += " ("
                words.line.append(correction.lines.map(String.init).joined(separator: ", "), to: &tail)
                tail += ")"
            }
        }
        citesFile = file != nil
        self.head = citesFile ? head : head + tail
        self.tail = tail
        derivedFrom = words.derivedFrom
    }

    /// The citation of the record's figure read from `fileLine` of its file (ignored when it cites no file).
    /// Made in one allocation by its bytes.
    func text(fileLine: Int) -> String {
        guard citesFile else { return head }
        return String(atMost: head.utf8.count + Self.lineBytes + tail.utf8.count) { text in
            text.put(head)
            if fileLine < 0 { text.put(UInt8(ascii: "-")) }
            text.put(digits: fileLine.magnitude)
            text.put(tail)
        }
    }

    /// The bytes of the citation of the record's figure read from `fileLine` (`text(fileLine:)`), counted.
    func count(fileLine: Int) -> Int {
        guard citesFile else { return head.utf8.count }
        var digits = fileLine < 0 ? 2 : 1, rest = fileLine.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return head.utf8.count + digits + tail.utf8.count
    }

    /// Whether the citation is empty: no file, and no part of the record with a text.
    var isEmpty: Bool { !citesFile && head.isEmpty }

    /// The citation of a statistic computed from the record's figure read from `fileLine`: 'berekend uit …'.
    func derivedText(fileLine: Int) -> String { derivedFrom.text(text(fileLine: fileLine)) }

    /// The most bytes a file's line takes: a sign and the 19 digits of `Int.max`.
    private static let lineBytes = 20
}
