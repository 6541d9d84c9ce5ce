import Foundation

/// A plain-text or Markdown document read as prose sentences, one at a time.
///
/// Line ends may be LF, CRLF or CR. PDF-extracted text is repaired: a word hyphenated across a line
/// break is joined ('toe-' + 'name'), a sentence broken by a page break is put together, footnote
/// references (`<sup>2</sup>`) and other tags are dropped. Table rows (with tabs, or starting with
/// '|'), headings (also numbered ones: `NumberedHeading`), a caption's word and number ('Figuur 2.': `TableCaption`)
/// and rules are not prose;
/// a row of a label and a value ('Havo\t226.800') is the value line it stands for (`TabValueLine`), as is each of a
/// block of such rows pasted with spaces (`SpacedRow`: 'Rechtbanken  2.140'), listed as amounts (`AmountItem`:
/// '- veldhuur € 14.500') or counts (`CountItem`: '• politie 512') or given per period after a dash
/// (`DashedPeriodLine`: '2023 – 1.240'). Else a run of two or more spaces separates paragraphs as a blank line does,
/// so text saved as one long line still reads as its paragraphs.
/// Sentences are produced as the text is read, so a large text needs little memory.
public struct TextDocument: Sendable {
    private enum Source: Sendable {
        case text(String)
        case file(path: String)
    }

    private let source: Source

    /// The longest sentence read, in Unicode scalars (see `ProseReader`).
    public static let maximumSentenceLength = 8_000
    /// The most numbers in a sentence read (see `ProseReader`).
    public static let maximumSentenceNumbers = 40
    /// One control byte in this many makes a file binary.
    static let binaryControlShare = 100

    /// A text file: an input file (`InputFile`: regular, within `Limits.current.fileSize`) of UTF-8
    /// text; a file with NUL bytes or other binary content is refused. The file is checked here and
    /// read as its sentences are asked for, in chunks, so that its size does not decide the memory used.
    public init(path: String) throws {
        let binary = LoadErrors([LoadError(file: path, .unreadable(reason: MessageText(.fileBinary)))])
        var bytes = Bytes(try ByteSource.open(path: path, file: path))
        var decoder = UTF8()
        var valid = true
        var controls = 0
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw binary }
                if scalar.value < 0x20 && !["\t", "\n", "\u{0C}", "\r"].contains(scalar) { controls += 1 }
            case .error: valid = false
            case .emptyInput: break decoding
            }
        }
        if controls * Self.binaryControlShare > bytes.count { throw binary }
        guard valid else { throw LoadErrors([LoadError(file: path, .invalidEncoding)]) }
        source = .file(path: path)
    }

    public init(text: String) { source = .text(text) }

    /// The bytes of a file as an iterator for `UTF8` decoding, counted.
    private struct Bytes: IteratorProtocol {
        let source: ByteSource
        private(set) var count = 0

        init(_ source: ByteSource) { self.source = source }

        mutating func next() -> UInt8? {
            guard let byte = source.next() else { return nil }
            count += 1
            return byte
        }
    }

    /// Calls `body` with each Unicode scalar of the text, a byte order mark at its start left out.
    private func forEachScalar(_ body: (Unicode.Scalar) -> Void) {
        var first = true
        func pass(_ scalar: Unicode.Scalar) {
            defer { first = false }
            if first && scalar == "\u{FEFF}" { return }
            body(scalar)
        }
        switch source {
        case .text(let text):
            text.unicodeScalars.forEach(pass)
        case .file(let path):
            // Checked when opened; a file changed since then ends at its first bad byte.
            guard let opened = try? ByteSource.open(path: path, file: path) else { return }
            var bytes = Bytes(opened)
            var decoder = UTF8()
            while case .scalarValue(let scalar) = decoder.decode(&bytes) { pass(scalar) }
        }
    }

    /// Calls `body` with each line (without its end: LF, CRLF or CR) and its 1-based number.
    func forEachLine(_ body: (String.UnicodeScalarView, Int) -> Void) {
        // The line's UTF-8, made a text once it ends: much faster than appending its scalars to a text one by one.
        var line: [UInt8] = []
        var number = 1
        var previousWasCR = false
        forEachScalar { scalar in
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                return
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                body(String(decoding: line, as: UTF8.self).unicodeScalars, number)
                line.removeAll(keepingCapacity: true)
                number += 1
            } else {
                UTF8.encode(scalar) { line.append($0) }
            }
        }
        body(String(decoding: line, as: UTF8.self).unicodeScalars, number)
    }

    /// Every sentence, in order.
    public var sentences: [Sentence] {
        var result: [Sentence] = []
        forEachSentence { result.append($0) }
        return result
    }

    /// Calls `body` with each sentence as the text is read.
    public func forEachSentence(_ body: (Sentence) -> Void) {
        withoutActuallyEscaping(body) { body in
            var reader = ProseReader(emit: body)
            forEachLine { line, number in reader.read(line: line, number: number) }
            reader.finish()
        }
    }
}

/// Reads lines into paragraphs and paragraphs into sentences (see `TextDocument`).
private struct ProseReader {
    let emit: (Sentence) -> Void
    /// The sentence read so far, its scalars in an array: appended to and cut one by one.
    private var sentence: [Unicode.Scalar] = []
    private var length = 0
    private var lineStarts: [(offset: Int, line: Int)] = []
    private var paragraph = 0
    private var heading = ""
    /// A blank line (or a run of spaces) since the last prose.
    private var broken = false
    /// Whether the current paragraph has prose.
    private var open = false
    /// The last scalar of the paragraph's prose, and the one before it.
    private var last: Unicode.Scalar?
    private var beforeLast: Unicode.Scalar?
    /// Offset of a sentence end ('.', '!', '?') followed only by spaces since.
    private var pendingEnd: Int?
    /// Numbers begun in the sentence so far.
    private var numbers = 0
    /// The shape of the paragraph's last line.
    private var lastShape = LineShape.other { didSet { (plainTitle, valuedItem) = (false, false) } }
    /// Whether the paragraph's last line is a title in words only (`isPlainTitle`) that opened its sentence.
    private var plainTitle = false
    /// Whether the paragraph's last line is an item of a list that closes on a value (`closesOnValue`: '- Havenweg,
    /// Gouda (oost): 1.750', '- Noord: 42%', '- Zuid: 310 (2023: 290)'): like a value line, it ends its sentence
    /// before a line that is no item and opens in upper case.
    private var valuedItem = false
    /// The year of the title the paragraph's lines stand under, since that title's line ended.
    private var titleYear: Int?
    /// The scale that title states for the value lines under it ('(x 1.000)': `TitleScale`).
    private var titleScale: Int?
    /// Whether that title closes with the unit '(%)': a bare value of a line under it is a percentage ('Horeca  78'
    /// reads as 'Horeca: 78%').
    private var titlePercent = false
    /// The unit in brackets that makes a title's values percentages.
    private static let percentUnit = "(%)"
    /// Whether every line of the sentence so far is a value line.
    private var onlyValueLines = true
    /// Whether the sentence so far opened on the line right under a value line that ended there, as prose.
    private var underValueLine = false
    /// Whether the sentence so far is a value of a line of values between '|' marks.
    private var listedValue = false
    /// Whether a table row with numbers the reading drops stands right before the paragraph, since it was dropped.
    private var afterRowWithNumbers = false
    /// A row pasted with spaces (`SpacedRow`), an item of an amount (`AmountItem`) or a period's dashed line
    /// (`DashedPeriodLine`) and the value line it stands for, held until the next line says whether it opens a block
    /// of such rows.
    private var heldRow: (line: String.UnicodeScalarView, number: Int, row: String)?
    /// Whether the line before was a row of a block of rows pasted with spaces.
    private var inSpacedRows = false
    /// Whether the line read last is a row of a table written as text (`TableBlock.readsRow`): it ends its sentence,
    /// as a full stop would; prose does not run on from it into the next line.
    private var afterTableRow = false
    /// Whether the chunks read now are the cells of a row pasted with spaces read as no value line (`SpacedRow.isRow`).
    private var readingRowCells = false
    /// Whether the sentence so far holds such cells.
    private var holdsRowCells = false
    /// The table written as text the lines read so far stand in, if any, for its total rows (`TableBlock`).
    private var table = TableBlock()
    /// The table written as text right above the lines read now, if any (`TableAboveReader`).
    private var tablesAbove = TableAboveReader()
    /// The rows with earlier values in brackets right above the lines read now, if any (`BracketedTableReader`).
    private var bracketedTables = BracketedTableReader()

    /// Longest sentence, in Unicode scalars; a longer run without a sentence end is cut at the next
    /// space (or, without one, at twice this length).
    static let maximumSentenceLength = TextDocument.maximumSentenceLength
    /// Most numbers in a sentence: prose has a dozen at most; a run with more (a flattened table) is
    /// cut like an overlong sentence, so that the work per sentence stays bounded.
    static let maximumSentenceNumbers = TextDocument.maximumSentenceNumbers

    init(emit: @escaping (Sentence) -> Void) { self.emit = emit }

    mutating func read(line: String.UnicodeScalarView, number: Int) {
        tablesAbove.read(line, number: number)
        bracketedTables.read(line, number: number)
        let (shares, total) = table.read(line, number: number)
        handOn(shares)
        if let total {
            emit(Sentence(text: total.text, lineStarts: [(0, number)], paragraph: paragraph, heading: heading,
                tableTotal: total))
        }
        guard let row = SpacedRow.line(line) ?? AmountItem.line(line) ?? CountItem.line(line)
            ?? DashedPeriodLine.line(line)
        else {
            if let held = heldRow { read(chunksOf: held.line, number: held.number) }
            (heldRow, inSpacedRows) = (nil, false)
            // A row between bars without the outer ones, in a table with a header, is no prose either.
            if table.inBarredTable {
                drop(row: line)
            } else {
                read(chunksOf: line, number: number)
                afterTableRow = table.readsRow
            }
            return
        }
        if let held = heldRow {
            read(chunk: Substring(held.row).unicodeScalars, line: held.number)
            (heldRow, inSpacedRows) = (nil, true)
        }
        if inSpacedRows {
            read(chunk: Substring(row).unicodeScalars, line: number)
        } else {
            heldRow = (line, number, row)
        }
    }

    /// Reads a line as the pieces its runs of spaces split it into.
    private mutating func read(chunksOf line: String.UnicodeScalarView, number: Int) {
        let chunks = Self.chunks(line)
        if chunks.isEmpty { broken = true }
        readingRowCells = SpacedRow.isRow(line)
        for (index, chunk) in chunks.enumerated() {
            if index > 0 { broken = true }
            read(chunk: chunk, line: number)
        }
        readingRowCells = false
    }

    mutating func finish() {
        handOn(table.end())
        if let held = heldRow { read(chunksOf: held.line, number: held.number) }
        closeParagraph()
    }

    /// Hands on the body rows of a table written as text that claim shares, each as a sentence of its own.
    private func handOn(_ shares: [TableShareRow]) {
        for row in shares {
            emit(Sentence(text: row.text, lineStarts: [(0, row.line)], paragraph: paragraph, heading: heading,
                tableShares: row))
        }
    }

    /// The pieces of a line between runs of two or more spaces, trimmed.
    private static func chunks(_ line: String.UnicodeScalarView) -> [Substring.UnicodeScalarView] {
        var result: [Substring.UnicodeScalarView] = []
        var start = line.startIndex
        var index = line.startIndex
        var spaces = 0
        var spaceStart = line.startIndex
        while index < line.endIndex {
            if line[index] == " " || line[index] == "\u{A0}" {
                if spaces == 0 { spaceStart = index }
                spaces += 1
            } else {
                if spaces >= 2 {
                    result.append(line[start..<spaceStart])
                    start = index
                }
                spaces = 0
            }
            index = line.index(after: index)
        }
        result.append(line[start..<line.endIndex])
        return result.map(trimmed).filter { !$0.isEmpty }
    }

    private static func trimmed(_ text: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\u{C}" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) })
        else {
            return Substring.UnicodeScalarView()
        }
        return text[first...last]
    }

    private mutating func read(chunk: Substring.UnicodeScalarView, line: Int) {
        // A tab is one byte of its own in UTF-8: looked for in the bytes, once.
        let hasTab = Substring(chunk).utf8.contains(UInt8(ascii: "\t"))
        if hasTab, let valueLine = TabValueLine.line(String(chunk)) {
            read(chunk: Substring(valueLine).unicodeScalars, line: line)
            return
        }
        let text = String(chunk)
        if hasTab || text.hasPrefix("|") {
            drop(row: chunk)
            return
        }
        if text.hasPrefix("#") {
            closeParagraph()
            afterRowWithNumbers = false
            heading = Self.stripTags(chunk).description.trimmingCharacters(in: .whitespaces)
            return
        }
        if ["---", "***", "___"].contains(text) {
            broken = true
            return
        }
        if let caption = TableCaption(text) {
            read(caption: caption, line: line)
            return
        }
        let prose = Self.stripTags(chunk)
        guard let first = prose.first else { return }
        if opensParagraph, let numbered = NumberedHeading(String(prose)) {
            read(heading: numbered, text: String(prose))
            return
        }
        if let listed = ListedValues.lines(String(prose)) {
            read(listed: listed, line: line)
            return
        }
        let shape = LineShape(prose)
        let isItem = Self.isListItem(text)
        // A value line right under a value line or a title is a line of their block: an item of a list joins the
        // line above, as a dash item of one sentence ('Aanmeldingen: 1.240 - waarvan jeugdigen: 310 (25%)').
        let inBlock = open && !broken && lastShape.isBlockLine && shape == .value
        if isItem && !inBlock { closeParagraph() }
        if open {
            let continues =
                !broken || (last.map { $0.properties.isAlphabetic } ?? false) && first.properties.isLowercase
            if !continues {
                closeParagraph()
            } else if last == "-", beforeLast?.properties.isAlphabetic == true, first.properties.isLowercase {
                sentence.removeLast()  // 'toe-' + 'name'
                length -= 1
                (last, beforeLast) = (beforeLast, nil)
            } else if !broken,
                afterTableRow || endsLine(before: shape, isItem: isItem, opensLower: first.properties.isLowercase)
                    || valuedItem && !isItem && !first.properties.isLowercase
            {
                let percentTitle = String(scalars: sentence).hasSuffix(Self.percentUnit)
                flush(upTo: length, valueLines: lastShape == .value && onlyValueLines)
                if case .title(let year, let scale) = lastShape {
                    (titleYear, titleScale, titlePercent) = (year, scale, percentTitle)
                }
                if plainTitle { (titleYear, titleScale, titlePercent) = (nil, nil, false) }
                underValueLine = lastShape == .value && shape == .other
            } else {
                // An item joins the title above it in one sentence; the title's scale is still that of the value
                // lines after the list ('Totaal: 2,45'), as the list's own items get it (`ListHeaderScale`).
                if isItem, case .title(_, let scale?) = lastShape { titleScale = scale }
                append(" ", line: line)
            }
        }
        afterTableRow = false
        let opensSentence = length == 0
        for scalar in prose { append(scalar, line: line) }
        if readingRowCells { holdsRowCells = true }
        if shape == .value, titlePercent, let end = prose.last, ("0"..."9").contains(end) { append("%", line: line) }
        if shape != .value { onlyValueLines = false }
        open = true
        broken = false
        lastShape = shape
        plainTitle = opensSentence && shape == .other && Self.isPlainTitle(prose)
        valuedItem = isItem && Self.closesOnValue(prose)
    }

    /// Whether a line closes on a value: a digit, a percent sign after one ('- niveau 4: 3,3%'), either followed by
    /// brackets that hold a number, such as an earlier value or a year ('- overig: 2.216 (2.047)', '- B: 1.200
    /// (2023)'), or a last piece after a comma, colon or semicolon that is a count and its noun ('- goud: 31
    /// kandidaten, 26 geslaagd'). A bracket after words ('- 16 procent te zwaar (2019: 13 procent)') closes no value:
    /// such an item is prose, read as before.
    private static func closesOnValue(_ line: String.UnicodeScalarView) -> Bool {
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        var text = Substring(String(line)).unicodeScalars
        while text.last == " " { text.removeLast() }
        if closesOnCount(text) { return true }
        if text.last == ")", let open = text.lastIndex(of: "(") {
            guard text[open...].contains(where: isDigit) else { return false }
            text = text[..<open]
            while text.last == " " { text.removeLast() }
        }
        if text.last == "%" { text.removeLast() }
        while text.last == " " { text.removeLast() }
        return text.last.map(isDigit) == true
    }

    /// Whether the last piece of a line, after its last comma, colon or semicolon, is a count in digits and one word,
    /// its noun ('26 geslaagd'): a value the line closes on, as a list's item gives it.
    private static func closesOnCount(_ text: Substring.UnicodeScalarView) -> Bool {
        guard let mark = text.lastIndex(where: { [",", ":", ";"].contains($0) }) else { return false }
        let words = String(text[text.index(after: mark)...]).split(separator: " ")
        guard words.count == 2, let first = words[0].first, ("0"..."9").contains(first) else { return false }
        return words[0].allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
            && words[1].allSatisfy(\.isLetter)
    }

    /// Drops a table's row: it is no prose, and ends the paragraph above it.
    private mutating func drop<Row: Collection<Unicode.Scalar>>(row: Row) {
        closeParagraph()
        afterRowWithNumbers = afterRowWithNumbers || row.contains { ("0"..."9").contains($0) }
    }

    /// Whether a line is a title in words only, that opens its sentence and ends it over a value line ('Meldingen'
    /// over '2022: 146'; 'WW-instroom per kwartaal'): it opens with a capital and holds at most `plainTitleWords`
    /// words of letters and hyphens, no number and no mark. A short line of prose that wraps ('Het aantal steeg van')
    /// is read as one; prose that goes on in lower case under it is not under a value line.
    static func isPlainTitle(_ line: String.UnicodeScalarView) -> Bool {
        // Its words counted last: a line of prose fails on its first mark or digit.
        line.first?.properties.isUppercase == true
            && line.allSatisfy { $0 == " " || $0 == "-" || $0.properties.isAlphabetic }
            && String(line).split(separator: " ").count <= plainTitleWords
    }

    /// The most words of a title in words only.
    static let plainTitleWords = 4

    /// Whether a line read now opens a paragraph or a sentence: the first after a blank line, or after a line that
    /// ended a sentence or closed on a colon.
    private var opensParagraph: Bool {
        !open || broken || last.map(Self.headingFollows.contains) == true
    }

    /// The marks after which a line opens anew ('.', '?', a colon).
    private static let headingFollows: Set<Unicode.Scalar> = [".", "!", "?", ":"]

    /// Reads a numbered heading: not prose. A section opens a part of the text as a Markdown heading does; a
    /// numbered part ('Antwoord 5', 'Stap 3') ends the sentence above it and stays in its paragraph, unless a
    /// blank line stands before it.
    private mutating func read(heading numbered: NumberedHeading, text: String) {
        switch numbered {
        case .section:
            closeParagraph()
            heading = text
        case .part where broken || !open:
            closeParagraph()
        case .part:
            flush(upTo: length)
            lastShape = .other
            (last, beforeLast) = (nil, nil)
        }
    }

    /// Reads a table's caption (`TableCaption`): it opens a paragraph and its word and number are dropped; a title in
    /// words is no prose either, and the year it names dates the rows under it as a title's year does; a title that
    /// states its rows' unit and other text are read as the line they are.
    private mutating func read(caption: TableCaption, line: Int) {
        closeParagraph()
        if caption.isTitle && !caption.statesUnit {
            titleYear = caption.year
        } else {
            read(chunk: Substring(caption.text).unicodeScalars, line: line)
        }
    }

    /// Reads a line of values between '|' marks as the value lines it stands for, each a sentence of its own; it
    /// ends the line above as a value line would.
    private mutating func read(listed: [String], line: Int) {
        if open && broken {
            closeParagraph()
        } else if open {
            flush(upTo: length, valueLines: lastShape == .value && onlyValueLines)
            if case .title(let year, let scale) = lastShape { (titleYear, titleScale) = (year, scale) }
        }
        for (index, item) in listed.enumerated() {
            if index > 0 { flush(upTo: length, valueLines: true) }
            listedValue = true
            for scalar in item.unicodeScalars { append(scalar, line: line) }
        }
        open = true
        broken = false
        lastShape = .value
    }

    /// Whether the last line ends its sentence before a line of `shape`, as a full stop would: a value line does
    /// unless an item of its list or prose in lower case goes on under it; a title does over a value line that is
    /// no item, and gives its year to the lines under it; so does a title in words only (`isPlainTitle`) over one
    /// that opens in upper case or a digit.
    private func endsLine(before shape: LineShape, isItem: Bool, opensLower: Bool) -> Bool {
        switch lastShape {
        case .value: !(isItem && shape == .value) && (shape == .value || !opensLower)
        case .title: shape == .value && !isItem
        case .other: plainTitle && shape == .value && !isItem && !opensLower
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, line: Int) {
        if length == 0 && scalar == " " { return }
        if let end = pendingEnd {
            if scalar.properties.isUppercase, !Self.endsWithAbbreviation(sentence, before: end) {
                flush(upTo: end + 1)
            } else if scalar != " " && !Self.openers.contains(scalar) {
                pendingEnd = nil
            }
        }
        let startsNumber = Self.isNumeric(scalar) && !(last.map(Self.continuesNumber) ?? false)
        if length >= Self.maximumSentenceLength && scalar == " " || length >= 2 * Self.maximumSentenceLength
            || numbers >= Self.maximumSentenceNumbers && scalar == " "
            || numbers >= 2 * Self.maximumSentenceNumbers && startsNumber
        {
            flush(upTo: length)
        }
        if length == 0 && scalar == " " { return }
        if startsNumber { numbers += 1 }
        if lineStarts.last?.line != line { lineStarts.append((length, line)) }
        sentence.append(scalar)
        length += 1
        if scalar == "." || scalar == "!" || scalar == "?" { pendingEnd = length - 1 }
        (beforeLast, last) = (last, scalar)
    }

    /// Marks that may open a sentence before its capital ('\'Een jaar geleden …', '(Bron: …').
    static let openers: Set<Unicode.Scalar> = ["'", "\"", "‘", "“", "„", "(", "["]

    /// Whether a number goes on after this scalar ('1.203', '30,9').
    private static func continuesNumber(_ scalar: Unicode.Scalar) -> Bool {
        isNumeric(scalar) || scalar == "." || scalar == ","
    }

    /// Whether a scalar has a numeric value ('7', '½'): of ASCII only the digits, told without its properties.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("0"..."9").contains(scalar) : scalar.properties.numericType != nil
    }

    /// Emits the first `count` scalars as a sentence, a sentence of value lines when `valueLines`; what follows
    /// them (spaces only) is dropped. Its values are in the title's scale when it is value lines (`inScale`: also
    /// the last lines of a paragraph, which no line follows).
    private mutating func flush(upTo count: Int, valueLines: Bool = false, inScale: Bool? = nil) {
        pendingEnd = nil
        // Leading spaces are never appended: only the end is trimmed.
        var kept = sentence.prefix(count)
        while let end = kept.last, end.properties.isWhitespace { kept.removeLast() }
        let text = String(scalars: kept)
        if !text.isEmpty, let first = lineStarts.first {
            let starts = lineStarts.filter { $0.offset < kept.count }
            emit(
                Sentence(
                    text: text, lineStarts: starts.isEmpty ? [(0, first.line)] : starts, paragraph: paragraph,
                    heading: heading, titleYear: titleYear, titleScale: inScale ?? valueLines ? titleScale ?? 1 : nil,
                    isValueLines: valueLines,
                    isUnderValueLines: underValueLine, isListedValue: listedValue,
                    isAfterDroppedRow: afterRowWithNumbers, holdsRowCells: holdsRowCells, isTableRow: afterTableRow,
                    tableAbove: tablesAbove.above, bracketedTable: bracketedTables.above))
            afterRowWithNumbers = false
        }
        underValueLine = false
        holdsRowCells = false
        listedValue = false
        onlyValueLines = true
        sentence.removeAll(keepingCapacity: true)
        length = 0
        numbers = 0
        lineStarts = []
    }

    private mutating func closeParagraph() {
        flush(upTo: length, inScale: lastShape == .value && onlyValueLines)
        if open { paragraph += 1 }
        open = false
        broken = false
        lastShape = .other
        titleYear = nil
        titleScale = nil
        titlePercent = false
        (last, beforeLast) = (nil, nil)
    }

    /// Whether the word before the sentence end at `end` is an abbreviation or an initial ('t.o.v.', 'A.').
    private static func endsWithAbbreviation(_ text: [Unicode.Scalar], before end: Int) -> Bool {
        let head = text[..<end]
        let start = head.lastIndex { !($0.properties.isAlphabetic || $0 == ".") }.map { $0 + 1 } ?? head.startIndex
        let word = head[start...]
        let written = String(scalars: word)
        if written.count == 1, word.first?.properties.isUppercase == true { return true }
        return Lexicon.abbreviations.contains(written.lowercased() + ".")
    }

    /// '- item', '– item', '* item', '• item', '1. item'.
    private static func isListItem(_ text: String) -> Bool {
        if ["- ", "– ", "* ", "• "].contains(where: text.hasPrefix) { return true }
        let digits = text.prefix { $0.isASCIIDigit }
        return !digits.isEmpty && digits.count <= 2
            && (text.dropFirst(digits.count).hasPrefix(". ") || text.dropFirst(digits.count).hasPrefix(") "))
    }

    /// Drops `<sup>…</sup>` with its content, any other tag (keeping its content) and Markdown '**'.
    static func stripTags(_ text: Substring.UnicodeScalarView) -> String.UnicodeScalarView {
        // Without '<' or '*' there is nothing to drop: told from the bytes, as for most lines.
        guard Substring(text).utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "*") }) else {
            return String(Substring(text)).unicodeScalars
        }
        var result: [Unicode.Scalar] = []
        var index = text.startIndex
        var skippingSup = false
        while index < text.endIndex {
            let scalar = text[index]
            if scalar == "<", let close = text[index...].prefix(Self.longestTag).firstIndex(of: ">") {
                let tag = String(scalars: text[text.index(after: index)..<close]).lowercased()
                if tag.first.map({ $0.isLetter || $0 == "/" }) == true {
                    if tag == "sup" { skippingSup = true }
                    if tag == "/sup" { skippingSup = false }
                    index = text.index(after: close)
                    continue
                }
            }
            if scalar == "*", text.index(after: index) < text.endIndex, text[text.index(after: index)] == "*" {
                index = text.index(index, offsetBy: 2)
                continue
            }
            if !skippingSup { result.append(scalar) }
            index = text.index(after: index)
        }
        return String(scalars: result).unicodeScalars
    }

    /// The longest tag that is stripped, in scalars ('<sup>', '</span>').
    static let longestTag = 40
}
